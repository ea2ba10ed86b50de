import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain ES modules of the server script, without type declarations.
import { loopbackOf, notFoundPage, notFoundPageOf } from "./not-found-page.mjs";

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
const page = (lang: string) => `<!DOCTYPE html><html lang="${lang}"><body><header>Chuyển đổi số cấp tỉnh</header><h1>${lang === "en" ? "Page not found" : "Không tìm thấy trang"}</h1></body></html>`;

let server: http.Server;
let port = 0;
let loopback: { host: string; port: number } = { host: "127.0.0.1", port: 1 };

/** As the app answers: the not-found page at its own address, Next's empty shell for any other missing page, the rest found. */
function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = req.url ?? "/";
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (path === "/rankings") return res.end("<h1>Xếp hạng</h1>");
  const own = /^\/(en\/)?not-found$/.test(path);
  res.statusCode = own ? 200 : 404;
  res.setHeader("Content-Security-Policy", `script-src 'nonce-${own ? "page" : "shell"}'`);
  res.flushHeaders();
  res.write(own ? page(path.startsWith("/en") ? "en" : "vi") : SHELL.slice(0, 20));
  res.end(own ? "" : SHELL.slice(20));
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    notFoundPage(req, res, { loopback });
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
  loopback = loopbackOf(server.address());
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        let body = "";
        res.on("data", (piece) => (body += piece));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
      .on("error", reject)
      .end();
  });
}

describe("the not-found page", () => {
  it("is where each language has it", () => {
    expect(notFoundPageOf("/provinces/khong-co")).toBe("/not-found");
    expect(notFoundPageOf("/en/nope?x=1")).toBe("/en/not-found");
    expect(notFoundPageOf("/en")).toBe("/en/not-found");
    expect(notFoundPageOf("/energy")).toBe("/not-found");
    expect(loopbackOf({ address: "0.0.0.0", port: 3000 })).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(loopbackOf({ address: "::", port: 3000 })).toEqual({ host: "::1", port: 3000 });
    expect(loopbackOf({ address: "10.0.0.5", port: 3000 })).toEqual({ host: "10.0.0.5", port: 3000 });
  });

  it("is sent, with status 404 and its own script policy, in place of the app's empty shell, in the address's language", async () => {
    for (const [path, lang] of [["/khong-ton-tai", "vi"], ["/en/nope", "en"]] as const) {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toBe(page(lang));
      expect(answer.headers["content-security-policy"]).toBe("script-src 'nonce-page'");
    }
  });

  it("always says 404, also at its own address; what was found, a HEAD and a navigation in the browser pass as they are", async () => {
    expect((await get("/not-found")).status).toBe(404);
    expect(await get("/rankings")).toMatchObject({ status: 200, body: "<h1>Xếp hạng</h1>" });
    expect(await get("/khong-ton-tai", { rsc: "1" })).toMatchObject({ status: 404, body: SHELL });
    expect(await get("/khong-ton-tai", {}, "HEAD")).toMatchObject({ status: 404, body: "" });
  });

  it("leaves the app's own answer when the page cannot be had", async () => {
    const reachable = loopback;
    loopback = { host: "127.0.0.1", port: 1 };
    try {
      expect(await get("/khong-ton-tai")).toMatchObject({ status: 404, body: SHELL });
    } finally {
      loopback = reachable;
    }
  });
});
