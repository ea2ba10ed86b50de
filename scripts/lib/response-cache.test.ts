import http from "node:http";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ES modules of the server script, without type declarations.
import { ResponseCache, captureBody } from "./response-cache.mjs";
// @ts-expect-error: as above.
import { PUBLIC_CACHE_CONTROL } from "./shared-cache.mjs";

const request = (over: Record<string, unknown> = {}) => ({ method: "GET", url: "/provinces/an-giang", headers: { "accept-encoding": "gzip" }, ...over });
const answer = (over: Record<string, unknown> = {}) => ({
  status: 200,
  headers: { "cache-control": PUBLIC_CACHE_CONTROL, "content-type": "text/html", "transfer-encoding": "chunked" },
  body: Buffer.from("<p>72,4%</p>"),
  ...over,
});

function cache(options: Record<string, unknown> = {}) {
  const clock = { now: 1_000_000, generation: 0 };
  const kept = new ResponseCache({ now: () => clock.now, generation: () => clock.generation, ...options });
  return { kept, clock };
}

describe("the server's kept answers", () => {
  it("are only for public reads by someone not signed in, kept apart by compression", () => {
    const { kept } = cache();
    expect(kept.keyOf(request())).toBe("/provinces/an-giang\ngzip");
    expect(kept.keyOf(request({ headers: {} }))).toBe("/provinces/an-giang\n");
    expect(kept.keyOf(request({ method: "POST" }))).toBeNull();
    expect(kept.keyOf(request({ method: "HEAD" }))).toBeNull();
    expect(kept.keyOf(request({ url: "/work/reports/an-giang/2025" }))).toBeNull();
    expect(kept.keyOf(request({ headers: { cookie: "better-auth.session_token=abc" } }))).toBeNull();
    expect(kept.keyOf(request({ headers: { rsc: "1" } }))).toBeNull();
  });

  it("are sent again until they are as old as a shared cache may keep them", () => {
    const { kept, clock } = cache();
    const key = kept.keyOf(request());
    expect(kept.set(key, answer(), 0)).toBe(true);
    clock.now += 29_000;
    const entry = kept.get(key);
    expect(entry.body.toString()).toBe("<p>72,4%</p>");
    expect(kept.headersFor(entry)).toMatchObject({ "content-length": "12", age: "29", "content-type": "text/html" });
    expect(kept.headersFor(entry)["transfer-encoding"]).toBeUndefined();
    clock.now += 1_000;
    expect(kept.get(key)).toBeNull();
  });

  it("are all dropped the moment published data changes, and one made while it changed is not kept", () => {
    const { kept, clock } = cache();
    const key = kept.keyOf(request());
    kept.set(key, answer(), 0);
    clock.generation = 1;
    expect(kept.get(key)).toBeNull();
    // A rendering that began before the publish may hold the old figures.
    expect(kept.set(key, answer(), 0)).toBe(false);
    expect(kept.set(key, answer(), 1)).toBe(true);
  });

  it("never keep an error, a private answer or one that sets a cookie", () => {
    const { kept } = cache();
    const key = kept.keyOf(request());
    expect(kept.set(key, answer({ status: 404 }), 0)).toBe(false);
    expect(kept.set(key, answer({ headers: { "cache-control": "private, no-store" } }), 0)).toBe(false);
    expect(kept.set(key, answer({ headers: { "cache-control": PUBLIC_CACHE_CONTROL, "set-cookie": ["a=1"] } }), 0)).toBe(false);
    expect(kept.get(key)).toBeNull();
  });

  it("stay within their bounds, dropping the oldest first", () => {
    const { kept } = cache({ maxEntries: 2, maxBytes: 30, maxEntryBytes: 20 });
    kept.set("a", answer(), 0);
    kept.set("b", answer(), 0);
    kept.set("c", answer(), 0);
    expect([kept.get("a"), kept.get("b") !== null, kept.get("c") !== null]).toEqual([null, true, true]);
    expect(kept.set("d", answer({ body: Buffer.alloc(21) }), 0)).toBe(false);
    kept.set("e", answer({ body: Buffer.alloc(20) }), 0);
    expect(kept.bytes).toBeLessThanOrEqual(30);
    expect(kept.get("e")).not.toBeNull();
  });
});

describe("captureBody", () => {
  it("hands over every byte a response sent, once it has ended", async () => {
    let captured: Buffer | null = null;
    const server = http.createServer((_req, res) => {
      captureBody(res, (body: Buffer) => (captured = body));
      res.write("Tỷ lệ ");
      res.write(Buffer.from("72,4"));
      res.end("%", "utf8");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const text = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    server.close();
    expect(text).toBe("Tỷ lệ 72,4%");
    expect(captured!.toString("utf8")).toBe(text);
  });
});
