// A page that does not exist is answered with the app's not-found page, in
// the address's language, with the site's header and status 404, as a reverse
// proxy's error page would be. Next renders a page's notFound() only in the
// browser: the HTML it sends is an empty <html id="__next_error__"> without a
// language (vercel/next.js#62228), so a reader without scripts saw a blank
// page. The server asks the app for its not-found page
// (app/[locale]/not-found/page.tsx) over the loopback and sends that instead.
import http from "node:http";

const PAGE = /^\/(?:en\/)?not-found\/?(?:\?|$)/;

/** The not-found page in the language of `url`: English under /en, else Vietnamese. */
export const notFoundPageOf = (url) => (/^\/en(?:[/?]|$)/.test(url) ? "/en/not-found" : "/not-found");

/** Where the server that listens at `address` (server.address()) is reached from itself. */
export function loopbackOf({ address, port }) {
  const host = address === "0.0.0.0" ? "127.0.0.1" : address === "::" ? "::1" : address;
  return { host, port };
}

/** The page's HTML and the headers that go with it (its script policy carries the nonce of its scripts), or null. */
function fetchPage(loopback, path, hostHeader, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get({ ...loopback, path, headers: { host: hostHeader ?? "localhost", accept: "text/html", "accept-encoding": "identity" }, timeout: timeoutMs }, (answer) => {
      const chunks = [];
      answer.on("data", (chunk) => chunks.push(chunk));
      answer.on("end", () => resolve(answer.statusCode === 404 && String(answer.headers["content-type"]).startsWith("text/html") ? { headers: answer.headers, body: Buffer.concat(chunks) } : null));
      answer.on("error", () => resolve(null));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

/**
 * Call before the app's handler. A GET of a page answered 404 in HTML is held
 * back; once the app has ended it, the not-found page is sent in its place
 * (or, should the loopback fail, the app's own answer). The not-found page
 * itself always says 404.
 */
export function notFoundPage(request, response, { loopback, timeoutMs = 10_000 }) {
  const path = request.url ?? "/";
  const page = PAGE.test(path);
  if ((request.method !== "GET" && request.method !== "HEAD") || path.startsWith("/_next/")) return;
  const { writeHead, write, end, flushHeaders } = response;
  let held = null;

  response.writeHead = function (status, ...rest) {
    if (held) return this;
    if (page && status === 200) status = 404;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    // A client-side navigation (rsc) renders the not-found page in the browser itself.
    if (status === 404 && html && !page && request.method === "GET" && !request.headers.rsc) {
      held = { chunks: [], replacement: fetchPage(loopback, notFoundPageOf(path), request.headers.host, timeoutMs) };
      return this;
    }
    return writeHead.call(this, status, ...rest);
  };
  response.flushHeaders = function () {
    if (!held) flushHeaders.call(this);
  };
  response.write = function (chunk, encoding, callback) {
    if (!held) return write.call(this, chunk, encoding, callback);
    held.chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  response.end = function (chunk, encoding, callback) {
    if (!held) return end.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") response.write(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    const { chunks, replacement } = held;
    replacement.then((found) => {
      if (response.destroyed) return;
      if (found) {
        response.removeHeader("content-length");
        for (const name of ["content-type", "content-security-policy"]) if (found.headers[name]) response.setHeader(name, found.headers[name]);
      }
      writeHead.call(response, 404);
      end.call(response, found ? found.body : Buffer.concat(chunks), done);
    });
    return this;
  };
}
