import http from "node:http";
import zlib from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { keepScreenshot } from "../support";

// What travels between the server and a client, whoever the client is:
// compression as asked, validators and 304s on downloads, no internal
// headers, permanent redirects, and a not-found page that is one without
// scripts.

const SIGNED_IN = "tests/e2e/.auth/admin.json";

/** The raw bytes and headers of an answer, not decoded: Playwright's client would decompress them itself. */
function raw(baseURL: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers }, (res) => {
        const pieces: Buffer[] = [];
        res.on("data", (piece: Buffer) => pieces.push(piece));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(pieces) }));
      })
      .on("error", reject);
  });
}

const decode = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync } as const;
/** A page's main content as a reader sees it: its markup between <main> and </main>, less the nonce and React's text splits. */
const visible = (html: string) => rendering(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "");
/** A page as rendered, less what changes from one rendering to the next: its script nonce, and where React split its text. */
const rendering = (html: string) =>
  html
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replace(/'nonce-[^']*'/g, "'nonce-'")
    .replace(/\\"nonce\\":\\"[^"\\]*\\"/g, '\\"nonce\\":\\"\\"')
    .replaceAll("<!-- -->", "");

test.describe("transport", () => {
  test("a page, a CSV, the API and its OpenAPI document come in brotli or gzip as asked, and decompress to the plain answer", async ({ baseURL }) => {
    for (const path of ["/rankings", "/data/observations.csv", "/api/v1/observations?unit=an-giang&per_page=200", "/api/v1/openapi.json"]) {
      const plain = await raw(baseURL!, path, { "accept-encoding": "identity" });
      expect(plain.status, path).toBe(200);
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      for (const [asked, coding] of [["gzip, deflate, br", "br"], ["gzip", "gzip"], ["br;q=0.1, gzip;q=0.9", "gzip"]] as const) {
        const answer = await raw(baseURL!, path, { "accept-encoding": asked });
        expect(answer.headers["content-encoding"], `${path} ${asked}`).toBe(coding);
        expect(answer.headers.vary, path).toMatch(/accept-encoding/i);
        // Streamed as it is compressed, or sent whole from what the server kept: the length is absent or the compressed one.
        expect(Number(answer.headers["content-length"] ?? answer.body.length), path).toBe(answer.body.length);
        expect(answer.body.length, path).toBeLessThan(plain.body.length / 2);
        const text = decode[coding](answer.body).toString();
        if (path === "/rankings") {
          // Two renderings of a page may order the data of its script differently; what a reader sees is the same.
          expect(text, path).toMatch(/<\/html>$/);
          expect(visible(text), `${path} ${asked}`).toBe(visible(plain.body.toString()));
        } else expect(text, `${path} ${asked}`).toBe(plain.body.toString());
      }
    }
    // A Word file is compressed already, and a 304 has nothing to compress.
    const word = await raw(baseURL!, "/provinces/an-giang/report/2025/docx", { "accept-encoding": "gzip, br" });
    expect(word.headers["content-encoding"]).toBeUndefined();
    expect(word.body.subarray(0, 2).toString()).toBe("PK");
  });

  test("the data files, an API answer, a comparison CSV and a Word file carry an ETag and Last-Modified, and a client holding them gets 304 by either, signed in or not", async ({ browser, request }) => {
    const paths = ["/data/observations.csv", "/api/v1/observations?unit=an-giang", "/compare/csv?p=an-giang&p=hau-giang", "/provinces/an-giang/report/2025/docx"];
    const context = await browser.newContext({ storageState: SIGNED_IN });
    const check = async (client: APIRequestContext, who: string) => {
      for (const path of paths) {
        const first = await client.get(path);
        expect(first.status(), `${who} ${path}`).toBe(200);
        const etag = first.headers().etag!;
        const lastModified = first.headers()["last-modified"]!;
        expect(etag, `${who} ${path}`).toMatch(/^(W\/)?"[\w-]+"$/);
        expect(Date.parse(lastModified), `${who} ${path}`).toBeLessThanOrEqual(Date.now());
        const conditionals: Array<Record<string, string>> = [{ "if-none-match": etag }, { "if-modified-since": lastModified }];
        for (const conditional of conditionals) {
          const again = await client.get(path, { headers: conditional });
          expect(again.status(), `${who} ${path} ${JSON.stringify(conditional)}`).toBe(304);
          expect((await again.body()).length).toBe(0);
          expect(again.headers().etag, `${who} ${path}`).toBe(etag);
        }
        const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
        expect((await client.get(path, { headers: { "if-modified-since": earlier } })).status(), `${who} ${path} earlier`).toBe(200);
        expect((await client.get(path, { headers: { "if-none-match": '"something-else"' } })).status(), `${who} ${path} other tag`).toBe(200);
      }
    };
    await check(request, "anonymous");
    await check(context.request, "signed in");
    await context.close();
  });

  test("no answer lets out Next's internal headers, whoever asks and however it is made", async ({ browser, request }) => {
    const context = await browser.newContext({ storageState: SIGNED_IN });
    const answers = [
      ...(await Promise.all(["/", "/rankings", "/en/rankings", "/provinces/an-giang", "/data/observations.csv", "/khong-ton-tai"].map((path) => request.get(path)))),
      // Kept by the server by now, and sent from what it kept.
      await request.get("/rankings"),
      await request.get("/rankings", { headers: { rsc: "1" } }),
      await request.get("/vi/rankings", { maxRedirects: 0 }),
      await context.request.get("/work"),
    ];
    for (const answer of answers) {
      const internal = Object.keys(answer.headers()).filter((name) => name.startsWith("x-middleware-"));
      expect(internal, answer.url()).toEqual([]);
    }
    await context.close();
  });

  test("an address with the default language's prefix is moved for good (308) to the plain one, its query kept", async ({ request }) => {
    const moves = [
      ["/vi/rankings", "/rankings"],
      ["/vi/compare?p=an-giang&p=hau-giang", "/compare?p=an-giang&p=hau-giang"],
      ["/en/work", "/work"],
    ] as const;
    for (const [from, to] of moves) {
      const answer = await request.get(from, { maxRedirects: 0 });
      expect(answer.status(), from).toBe(308);
      const location = new URL(answer.headers().location!, "http://localhost");
      expect(`${location.pathname}${location.search}`, from).toBe(to);
    }
  });

  test("a page that does not exist is, without JavaScript, the translated not-found page with the site's header, its language and status 404", async ({ browser, request }, info) => {
    const cases = [
      { path: "/khong-ton-tai", lang: "vi", heading: "Không tìm thấy trang", nav: "Điều hướng chính" },
      { path: "/provinces/khong-co", lang: "vi", heading: "Không tìm thấy trang", nav: "Điều hướng chính" },
      { path: "/indicators/NOPE", lang: "vi", heading: "Không tìm thấy trang", nav: "Điều hướng chính" },
      { path: "/en/nope", lang: "en", heading: "Page not found", nav: "Main navigation" },
    ];
    // The server's HTML itself, as a crawler or curl reads it.
    for (const { path, lang, heading } of cases) {
      const answer = await request.get(path);
      expect(answer.status(), path).toBe(404);
      const html = await answer.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toContain(heading);
      expect(html, path).toContain('<meta name="robots" content="noindex"/>');
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path, lang, heading, nav } of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("navigation", { name: nav })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${heading}`));
    }
    for (const [width, height, name] of [[412, 915, "phone"], [1280, 800, "desktop"]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto("/provinces/khong-co");
      await keepScreenshot(page, `not-found-without-js-${name}`, info.project.name);
    }
    await context.close();
  });
});
