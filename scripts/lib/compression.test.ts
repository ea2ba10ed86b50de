import http from "node:http";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain ES modules of the server script, without type declarations.
import { codedTag, compressAnswer, compressible, negotiate } from "./compression.mjs";

describe("negotiate", () => {
  it("takes brotli, else gzip, by the client's q-values, else sends the answer as it is", () => {
    expect(negotiate("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiate("gzip")).toBe("gzip");
    expect(negotiate("x-gzip")).toBe("gzip");
    expect(negotiate("br;q=0.5, gzip;q=1")).toBe("gzip");
    expect(negotiate("br;q=0, gzip")).toBe("gzip");
    expect(negotiate("GZIP;Q=0.8, BR;Q=0.8")).toBe("br");
    expect(negotiate("*")).toBe("br");
    expect(negotiate("*;q=0, identity")).toBe("identity");
    expect(negotiate("deflate")).toBe("identity");
    expect(negotiate("gzip;q=nonsense")).toBe("identity");
    expect(negotiate(undefined)).toBe("identity");
    expect(negotiate("")).toBe("identity");
  });
});

describe("what is compressed", () => {
  it("is text: pages, CSV, JSON, scripts, styles, SVG, XML; never what is compressed already, nor a stream of events", () => {
    for (const type of ["text/html; charset=utf-8", "text/csv", "application/json", "application/problem+json", "text/javascript", "application/javascript", "text/css", "image/svg+xml", "application/xml", "text/plain", "text/x-component"]) {
      expect(compressible(type), type).toBe(true);
    }
    for (const type of ["image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip", "font/woff2", "text/event-stream", undefined]) {
      expect(compressible(type), String(type)).toBe(false);
    }
  });

  it("has an ETag of its own per coding, weak", () => {
    expect(codedTag('"abc"', "gzip")).toBe('W/"abc-gzip"');
    expect(codedTag('W/"abc"', "br")).toBe('W/"abc-br"');
    expect(codedTag('"abc"', "identity")).toBe('"abc"');
    expect(codedTag(['"abc"'], "gzip")).toBe('W/"abc-gzip"');
  });
});

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A server that compresses in the coding the request asks for, answering with `handler`; the raw answer. */
async function serve(handler: Handler, headers: Record<string, string> = {}, method = "GET") {
  const server = http.createServer((req, res) => {
    compressAnswer(req, res, negotiate(req.headers["accept-encoding"]));
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return new Promise<{ status: number; statusMessage: string; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port, method, headers }, (res) => {
        const pieces: Buffer[] = [];
        res.on("data", (piece: Buffer) => pieces.push(piece));
        res.on("end", () => resolve({ status: res.statusCode!, statusMessage: res.statusMessage!, headers: res.headers, body: Buffer.concat(pieces) }));
      })
      .on("error", reject)
      .end();
  });
}

const csv = `indicator,unit,value\n${"SOC_SMARTPHONE,an-giang,72.4\n".repeat(200)}`;
const decode = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync } as const;

describe("compressAnswer", () => {
  it("compresses a text answer in the coding asked for, with its own ETag, Vary and no stale length", async () => {
    for (const coding of ["gzip", "br"] as const) {
      const answer = await serve(
        (_req, res) => {
          // As Next leaves it for an answer without a status text.
          res.statusMessage = "";
          res.setHeader("Content-Type", "text/csv; charset=utf-8");
          res.setHeader("ETag", '"abc"');
          res.setHeader("Vary", "rsc");
          res.write(csv.slice(0, 100));
          res.end(csv.slice(100));
        },
        { "accept-encoding": coding },
      );
      expect(answer.headers["content-encoding"]).toBe(coding);
      expect(answer.statusMessage).toBe("OK");
      expect(answer.headers["content-length"]).toBeUndefined();
      expect(answer.headers.etag).toBe(`W/"abc-${coding}"`);
      expect(answer.headers.vary).toBe("rsc, Accept-Encoding");
      expect(decode[coding](answer.body).toString()).toBe(csv);
    }
  });

  it("sends as it is what is small, compressed already, a HEAD, a 304, or asked for without compression", async () => {
    const small = await serve((_req, res) => {
      res.statusMessage = "";
      res.setHeader("Content-Type", "application/json");
      res.write('{"data":');
      res.end("[]}");
    }, { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.statusMessage).toBe("OK");
    expect(small.headers["content-length"]).toBe("11");
    expect(small.body.toString()).toBe('{"data":[]}');

    const png = await serve((_req, res) => {
      res.setHeader("Content-Type", "image/png");
      res.end(Buffer.alloc(4096));
    }, { "accept-encoding": "gzip" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.length).toBe(4096);

    const head = await serve((_req, res) => {
      res.setHeader("Content-Type", "text/csv");
      res.setHeader("Content-Length", String(csv.length));
      res.end();
    }, { "accept-encoding": "gzip" }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBe(String(csv.length));

    const plain = await serve((_req, res) => {
      res.setHeader("Content-Type", "text/csv");
      res.end(csv);
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("Accept-Encoding");
    expect(plain.body.toString()).toBe(csv);
  });

  it("answers 304, by the validators of the answer as it is sent, to a client that holds it; the app is asked without them", async () => {
    const asked: Array<string | undefined> = [];
    const app: Handler = (req, res) => {
      asked.push(req.headers["if-none-match"] ?? req.headers["if-modified-since"]);
      res.setHeader("Content-Type", "text/csv");
      // As Next sets a route's headers: appended, so lists.
      res.appendHeader("ETag", '"abc"');
      res.appendHeader("Last-Modified", "Thu, 26 Nov 2026 08:30:15 GMT");
      res.write(csv.slice(0, 10));
      res.end(csv.slice(10));
    };
    const conditionals: Array<Record<string, string>> = [{ "if-none-match": 'W/"abc-gzip"' }, { "if-modified-since": "Thu, 26 Nov 2026 08:30:15 GMT" }];
    for (const conditional of conditionals) {
      const answer = await serve(app, { "accept-encoding": "gzip", ...conditional });
      expect(answer.status).toBe(304);
      expect(answer.headers.etag).toBe('W/"abc-gzip"');
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(answer.body.length).toBe(0);
    }
    expect(asked).toEqual([undefined, undefined]);
    // The tag of the plain answer is not the compressed one's; an earlier date is not the last change.
    expect((await serve(app, { "accept-encoding": "gzip", "if-none-match": '"abc"' })).status).toBe(200);
    expect((await serve(app, { "accept-encoding": "gzip", "if-modified-since": "Wed, 25 Nov 2026 08:30:15 GMT" })).status).toBe(200);
    // A small answer is sent as it is, and checked by its own tag.
    const small: Handler = (_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.setHeader("ETag", '"def"');
      res.write("{}");
      res.end();
    };
    expect(await serve(small, { "accept-encoding": "gzip", "if-none-match": '"def"' })).toMatchObject({ status: 304, headers: { etag: '"def"' } });
    // Asked for the plain answer, the app checks for itself.
    await serve(app, { "if-none-match": '"abc"' });
    expect(asked.at(-1)).toBe('"abc"');
  });

  it("streams a page: each piece the app writes reaches the client before the next is written", async () => {
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const pieces: Buffer[] = [];
    const server = http.createServer((req, res) => {
      compressAnswer(req, res, "gzip");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write("<!DOCTYPE html><html lang=\"vi\"><body><h1>Tỷ lệ</h1>");
      void later.then(() => res.end("<p>72,4%</p></body></html>"));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const body = await new Promise<string>((resolve) => {
      http.get({ host: "127.0.0.1", port, headers: { "accept-encoding": "gzip" } }, (res) => {
        expect(res.headers["content-encoding"]).toBe("gzip");
        const gunzip = zlib.createGunzip();
        res.pipe(gunzip);
        let text = "";
        gunzip.on("data", (piece: Buffer) => {
          pieces.push(piece);
          text += piece.toString();
          // The first piece came through while the rest was still being made.
          if (text.includes("</h1>")) release();
        });
        gunzip.on("end", () => resolve(text));
      });
    });
    expect(pieces.length).toBeGreaterThan(1);
    expect(body).toBe('<!DOCTYPE html><html lang="vi"><body><h1>Tỷ lệ</h1><p>72,4%</p></body></html>');
  });
});
