// Answers compressed with brotli or gzip as the client asks (Accept-Encoding
// and its q-values), for text only: pages, CSV, JSON, scripts, styles, SVG,
// XML. Not for what is compressed already (PNG, Word, Excel, zip files), a
// body under a kilobyte, a 304, a 204 or a HEAD. A page streams on: every
// piece the app writes is flushed through at once.
//
// A compressed answer has an ETag of its own (W/"tag-gzip", RFC 9110 §8.8.3),
// so a request that may be answered compressed is checked here, against the
// validators of the answer as it is sent: the app is asked without its
// If-None-Match and If-Modified-Since and its answer becomes a 304 when the
// client already holds it.
import zlib from "node:zlib";
import { notModified } from "../../lib/http/validators.mjs";

/** Smaller than this, compression saves too little to be worth it. */
export const MIN_BYTES = 1024;

// Preferred first when the client takes both equally.
const CODINGS = ["br", "gzip"];

/** The coding to answer in: "br", "gzip" or "identity". */
export function negotiate(acceptEncoding) {
  const weights = new Map();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight)) weights.set(name === "x-gzip" ? "gzip" : name, weight);
  }
  let best = "identity";
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weights.get(coding) ?? weights.get("*") ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}

const TEXT = /^(?:text\/(?!event-stream)|application\/(?:json|javascript|ecmascript|xml|[\w.+-]*\+(?:json|xml))|image\/svg\+xml)/i;

/** Whether an answer of this Content-Type is text worth compressing. */
export const compressible = (contentType) => TEXT.test(String(contentType ?? ""));

// Pages and navigation payloads stream: compressed as they come, whatever their length.
const STREAMED = /^text\/(?:html|x-component)/i;

/** The ETag of an answer sent in `coding`: weak, as its bytes depend on how the app's pieces were flushed. */
export function codedTag(etag, coding) {
  if (!etag || coding === "identity") return etag;
  return `W/${String([etag].flat()[0]).replace(/^W\//, "").replace(/"$/, `-${coding}"`)}`;
}

/** Adds a name to the Vary header, once. */
export function addVary(response, name) {
  const current = [response.getHeader("vary") ?? []].flat().join(", ");
  const names = current.split(",").map((s) => s.trim().toLowerCase());
  if (names.includes("*") || names.includes(name.toLowerCase())) return;
  response.setHeader("Vary", current ? `${current}, ${name}` : name);
}

function encoder(coding, length) {
  if (coding === "br") {
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT };
    if (length) params[zlib.constants.BROTLI_PARAM_SIZE_HINT] = length;
    return zlib.createBrotliCompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, params });
  }
  return zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
}

const toBuffer = (chunk, encoding) => (typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
const given = (chunk) => chunk !== undefined && chunk !== null && typeof chunk !== "function";

/**
 * Compresses what the app writes to `response` in `coding`, when the answer
 * is one to compress, and answers 304 for it when the client holds it. Call
 * before the app's handler. The decision is taken when the app sends its
 * head, or, for a body whose length it did not give, when its first kilobyte
 * or its end has come.
 */
export function compressAnswer(request, response, coding) {
  const { writeHead, write, end, flushHeaders } = response;
  const checked = coding !== "identity" && request.method === "GET";
  const conditional = { method: "GET", ifNoneMatch: request.headers["if-none-match"], ifModifiedSince: request.headers["if-modified-since"] };
  if (checked) {
    delete request.headers["if-none-match"];
    delete request.headers["if-modified-since"];
  }
  let mode = "head"; // → "held" (waiting for a kilobyte), then "plain", "compressed" or "done" (a 304 sent)
  let held = [];
  let heldBytes = 0;
  let stream = null;

  // Node words the status itself when the app left it empty.
  const sendHead = () => writeHead.call(response, response.statusCode);
  // A header the app appended is a list.
  const header = (name) => [response.getHeader(name)].flat()[0];

  /** Sends 304 in place of the answer when the client holds it as it is about to be sent. */
  function answeredNotModified() {
    if (!checked || response.statusCode !== 200) return false;
    if (!notModified(conditional, { etag: header("etag"), lastModified: header("last-modified") })) return false;
    for (const name of ["content-length", "content-encoding", "content-type", "content-disposition"]) response.removeHeader(name);
    response.statusCode = 304;
    response.statusMessage = "";
    mode = "done";
    held = [];
    sendHead();
    end.call(response);
    return true;
  }

  function sendPlain(body, done) {
    mode = "plain";
    if (answeredNotModified()) return;
    sendHead();
    if (body) end.call(response, body, done);
  }

  function startCompressed() {
    const length = Number(response.getHeader("content-length")) || heldBytes || 0;
    response.removeHeader("content-length");
    response.setHeader("Content-Encoding", coding);
    const etag = header("etag");
    if (etag) response.setHeader("ETag", codedTag(etag, coding));
    if (answeredNotModified()) return;
    mode = "compressed";
    sendHead();
    stream = encoder(coding, length);
    stream.on("data", (chunk) => {
      if (!write.call(response, chunk)) stream.pause();
    });
    response.on("drain", () => stream?.resume());
    // The app waits for `drain` on the response when a write returned false.
    stream.on("drain", () => response.emit("drain"));
    stream.on("end", () => end.call(response));
    stream.on("error", (error) => response.destroy(error));
    response.on("close", () => {
      if (!response.writableFinished) stream.destroy();
    });
    for (const chunk of held) stream.write(chunk);
    held = [];
  }

  response.writeHead = function (status, ...rest) {
    if (mode !== "head") return this;
    // Headers given here join those already set, as Node does.
    const headers = rest.find((arg) => arg && typeof arg === "object");
    if (typeof rest[0] === "string") response.statusMessage = rest[0];
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.statusCode = status;
    const type = header("content-type");
    const candidate =
      request.method !== "HEAD" &&
      ![204, 206, 304].includes(status) &&
      status >= 200 &&
      !response.getHeader("content-encoding") &&
      !/\bno-transform\b/i.test(String(response.getHeader("cache-control") ?? "")) &&
      compressible(type);
    if (candidate) addVary(response, "Accept-Encoding");
    const length = response.getHeader("content-length");
    if (!candidate || coding === "identity" || (length !== undefined && Number(length) < MIN_BYTES)) sendPlain();
    else if (length !== undefined || STREAMED.test(String(type))) startCompressed();
    else mode = "held";
    return this;
  };

  // The app sends its head before its first piece; a held one waits for the piece.
  response.flushHeaders = function () {
    if (mode === "head") response.writeHead(response.statusCode);
    if (mode === "plain" || mode === "compressed") flushHeaders.call(this);
  };

  response.write = function (chunk, encoding, callback) {
    if (mode === "head") response.writeHead(response.statusCode);
    if (mode === "plain") return write.call(this, chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    if (mode === "compressed") return stream.write(toBuffer(chunk, encoding), done);
    if (mode === "held") {
      const bytes = toBuffer(chunk, encoding);
      held.push(bytes);
      heldBytes += bytes.length;
      if (heldBytes >= MIN_BYTES) startCompressed();
    }
    if (done) process.nextTick(done);
    return true;
  };

  response.end = function (chunk, encoding, callback) {
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    // The whole answer at once: its length is known before its head is sent.
    if (mode === "head") {
      if (given(chunk) && !response.headersSent) response.setHeader("Content-Length", toBuffer(chunk, encoding).length);
      response.writeHead(response.statusCode);
    }
    if (mode === "held") {
      if (given(chunk)) {
        const bytes = toBuffer(chunk, encoding);
        held.push(bytes);
        heldBytes += bytes.length;
      }
      if (heldBytes < MIN_BYTES) {
        response.setHeader("Content-Length", heldBytes);
        const body = Buffer.concat(held);
        held = [];
        sendPlain(body, done);
        if (mode === "done" && done) process.nextTick(done);
        return this;
      }
      startCompressed();
      chunk = undefined;
    }
    if (mode === "plain") return end.call(this, chunk, encoding, callback);
    if (mode === "done") {
      if (done) process.nextTick(done);
      return this;
    }
    if (done) response.once("finish", done);
    if (given(chunk)) stream.end(toBuffer(chunk, encoding));
    else stream.end();
    return this;
  };
}
