import http from "node:http";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ES modules of the server script, without type declarations.
import { ResponseCache, captureBody } from "./response-cache.mjs";
// @ts-expect-error: as above.
import { PAYLOAD_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./shared-cache.mjs";

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
  it("are only for public reads, kept apart by the coding they are sent in and a payload's variant", () => {
    const { kept } = cache();
    expect(kept.keyOf(request())).toBe("/provinces/an-giang\ngzip");
    expect(kept.keyOf(request({ headers: { "accept-encoding": "gzip, deflate, br, zstd" } }))).toBe("/provinces/an-giang\nbr");
    expect(kept.keyOf(request({ headers: { "accept-encoding": "br;q=0, gzip" } }))).toBe("/provinces/an-giang\ngzip");
    expect(kept.keyOf(request({ headers: {} }))).toBe("/provinces/an-giang\n");
    expect(kept.keyOf(request({ method: "POST" }))).toBeNull();
    expect(kept.keyOf(request({ method: "HEAD" }))).toBeNull();
    expect(kept.keyOf(request({ url: "/work/reports/an-giang/2025" }))).toBeNull();
    // Signed in or not, the same answer.
    expect(kept.keyOf(request({ headers: { "accept-encoding": "gzip", cookie: "better-auth.session_token=abc" } }))).toBe("/provinces/an-giang\ngzip");
    expect(kept.keyOf(request({ headers: { rsc: "1" } }))).toBeNull();
    const prefetch = { "accept-encoding": "br", rsc: "1", "next-router-prefetch": "1", "next-router-state-tree": "%5B%22%22%5D" };
    expect(kept.keyOf(request({ url: "/rankings?_rsc=abc", headers: prefetch }))).toBe(
      "/rankings?_rsc=abc\nbr\nrsc: 1\nnext-router-prefetch: 1\nnext-router-state-tree: %5B%22%22%5D",
    );
    expect(kept.keyOf(request({ url: "/rankings?_rsc=abc", headers: { ...prefetch, "next-router-prefetch": undefined } }))).toBe(
      "/rankings?_rsc=abc\nbr\nrsc: 1\nnext-router-state-tree: %5B%22%22%5D",
    );
  });

  it("are made by one request while the others wait for it, and sent until as old as a shared cache may keep them", async () => {
    const { kept, clock } = cache();
    const key = kept.keyOf(request());
    const first = kept.plan(key);
    expect(first.make).toBeDefined();
    const second = kept.plan(key);
    expect(second.wait).toBeInstanceOf(Promise);
    first.make.done(answer());
    const made = await second.wait;
    expect(made.body.toString()).toBe("<p>72,4%</p>");
    clock.now += 29_000;
    const entry = kept.plan(key).send;
    expect(kept.headersFor(entry)).toMatchObject({ "content-length": "12", age: "29", "content-type": "text/html" });
    expect(kept.headersFor(entry)["transfer-encoding"]).toBeUndefined();
    // Older than that: the next request makes a new one, and meanwhile the others get the old one.
    clock.now += 1_000;
    const refresh = kept.plan(key).make;
    expect(refresh).toBeDefined();
    expect(kept.plan(key).send).toBe(entry);
    refresh.done(answer({ body: Buffer.from("<p>73%</p>") }));
    expect(kept.plan(key).send.body.toString()).toBe("<p>73%</p>");
  });

  it("are all dropped the moment published data changes, and one made while it changed is not kept", async () => {
    const { kept, clock } = cache();
    const key = kept.keyOf(request());
    kept.plan(key).make.done(answer());
    clock.generation = 1;
    // Not even while a new one is being made.
    const refresh = kept.plan(key).make;
    expect(refresh).toBeDefined();
    const waiting = kept.plan(key).wait;
    expect(waiting).toBeInstanceOf(Promise);

    // A rendering that began before the publish may hold the old figures: neither kept nor handed to those waiting.
    const before = kept.plan("other").make;
    clock.generation = 2;
    before.done(answer());
    expect(kept.plan("other").make).toBeDefined();
    refresh.done(answer());
    expect(await waiting).toBeNull();
  });

  it("never keep an error, a private answer or one that sets a cookie, and a request cut short keeps nothing", async () => {
    for (const bad of [answer({ status: 404 }), answer({ headers: { "cache-control": "private, no-store" } }), answer({ headers: { "cache-control": PUBLIC_CACHE_CONTROL, "set-cookie": ["a=1"] } }), null]) {
      const { kept } = cache();
      const key = kept.keyOf(request());
      const waiting = kept.plan(key);
      const other = kept.plan(key).wait;
      waiting.make.done(bad);
      expect(await other).toBeNull();
      expect(kept.plan(key).make).toBeDefined();
    }
  });

  it("keep a navigation payload, which the browser is told to ask for afresh", () => {
    const { kept } = cache();
    const key = kept.keyOf(request({ url: "/rankings?_rsc=abc", headers: { rsc: "1", "next-router-prefetch": "1" } }));
    expect(kept.set(key, answer({ headers: { "cache-control": PAYLOAD_CACHE_CONTROL, "content-type": "text/x-component" } }), 0)).toBe(true);
    expect(kept.plan(key).send.headers["cache-control"]).toBe("no-cache");
  });

  it("hold others up no longer than a set time when the request making one hangs", async () => {
    const { kept } = cache({ waitMs: 20 });
    const key = kept.keyOf(request());
    kept.plan(key);
    expect(await kept.plan(key).wait).toBeNull();
    expect(kept.plan(key).make).toBeDefined();
  });

  it("answer a request that already holds the kept answer with 304, by its ETag or its Last-Modified", () => {
    const { kept } = cache();
    const key = kept.keyOf(request({ url: "/api/v1/units" }));
    // As the app appends them: lists of one.
    kept.plan(key).make.done(answer({ headers: { ...answer().headers, etag: ['W/"abc-gzip"'], "last-modified": ["Thu, 26 Nov 2026 08:30:15 GMT"] } }));
    const entry = kept.plan(key).send;
    expect(kept.notModified(entry, { ifNoneMatch: 'W/"abc-gzip"' })).toBe(true);
    expect(kept.notModified(entry, { ifNoneMatch: '"x", "abc-gzip"' })).toBe(true);
    expect(kept.notModified(entry, { ifNoneMatch: '"abc"' })).toBe(false);
    expect(kept.notModified(entry, {})).toBe(false);
    expect(kept.notModified(entry, { ifModifiedSince: "Thu, 26 Nov 2026 08:30:15 GMT" })).toBe(true);
    expect(kept.notModified(entry, { ifModifiedSince: "Wed, 25 Nov 2026 08:30:15 GMT" })).toBe(false);
    const untagged = kept.keyOf(request({ url: "/rankings" }));
    kept.plan(untagged).make.done(answer());
    expect(kept.notModified(kept.plan(untagged).send, { ifNoneMatch: '"abc"', ifModifiedSince: "Thu, 26 Nov 2026 08:30:15 GMT" })).toBe(false);
  });

  it("stay within their bounds, dropping the oldest first", () => {
    const { kept } = cache({ maxEntries: 2, maxBytes: 30, maxEntryBytes: 20 });
    const keep = (key: string, body = Buffer.from("<p>72,4%</p>")) => kept.plan(key).make.done(answer({ body }));
    keep("a");
    keep("b");
    keep("c");
    expect([kept.entries.has("a"), kept.entries.has("b"), kept.entries.has("c")]).toEqual([false, true, true]);
    keep("d", Buffer.alloc(21));
    expect(kept.entries.has("d")).toBe(false);
    keep("e", Buffer.alloc(20));
    expect(kept.bytes).toBeLessThanOrEqual(30);
    expect(kept.entries.has("e")).toBe(true);
  });
});

describe("captureBody", () => {
  it("hands over every byte a response sent, once it has ended", async () => {
    let captured: Buffer | null | undefined;
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

  it("hands over null when the answer was cut short", async () => {
    let captured: Buffer | null | undefined;
    const closed = new Promise<void>((resolve) => {
      const server = http.createServer((req, res) => {
        captureBody(res, (body: Buffer | null) => {
          captured = body;
          server.close();
          resolve();
        });
        res.write("Tỷ lệ ");
        req.socket.destroy();
      });
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        fetch(`http://127.0.0.1:${port}/`).then((r) => r.text()).catch(() => {});
      });
    });
    await closed;
    expect(captured).toBeNull();
  });
});
