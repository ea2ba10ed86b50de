#!/usr/bin/env node
// Serves the built app: Next's request handler behind a plain Node HTTP
// server that tells the app the socket's address, signed with the app's
// secret so no client can claim one (lib/security/peer-signature.mjs), keeps
// whole public answers for a few seconds, the same for every reader
// (scripts/lib/response-cache.mjs),
// compresses text (scripts/lib/compression.mjs), sends the app's not-found
// page for a page that does not exist (scripts/lib/not-found-page.mjs) and
// lets none of Next's internal headers out.
// Used by `npm start` and the end-to-end tests instead of `next start`.
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { PEER_HEADER, signPeer } from "../lib/security/peer-signature.mjs";
import { LOCKED_POLICY, baselineHeaders, unreadablePath } from "../lib/security/baseline-headers.mjs";
import { root } from "./lib/run.mjs";
import { compressAnswer, negotiate } from "./lib/compression.mjs";
import { loopbackOf, notFoundPage } from "./lib/not-found-page.mjs";
import { ResponseCache, captureBody } from "./lib/response-cache.mjs";
import { isSharedRequest, sharedCacheControl } from "./lib/shared-cache.mjs";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers export it as the machine's own name.
const hostname = process.env.LISTEN_HOST ?? "0.0.0.0";
const secret = process.env.BETTER_AUTH_SECRET;
if (!secret) throw new Error("BETTER_AUTH_SECRET is not set");

// Published reads kept on disk by an earlier run may predate a restore or a
// seed step: start with none.
fs.rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
const responses = process.env.RESPONSE_CACHE === "off" ? null : new ResponseCache();

// Next names a loopback address "localhost" in the URLs the proxy sees; the
// address it compares a rewrite against must be named the same, or the
// language rewrite (/ → /vi) is taken for a foreign one.
const appHostname = /^(?:127\.|::1$|\[::1\]$)/.test(hostname) ? "localhost" : hostname;
const app = next({ dev: false, dir: root, hostname: appHostname, port });
await app.prepare();
const handle = app.getRequestHandler();

/** Sends an answer the server kept, or 304 to a request that already has it. */
function sendKept(request, response, kept) {
  const headers = { ...responses.headersFor(kept), "x-dti-cache": "hit" };
  if (responses.notModified(kept, { ifNoneMatch: request.headers["if-none-match"], ifModifiedSince: request.headers["if-modified-since"] })) {
    for (const name of ["content-length", "content-type", "content-encoding", "content-disposition"]) delete headers[name];
    response.writeHead(304, headers);
    return response.end();
  }
  response.writeHead(kept.status, headers);
  response.end(kept.body);
}

// Every answer carries these, whatever makes it; a page's proxy sets its own script policy over the locked one.
const BASELINE = { ...baselineHeaders((process.env.APP_URL ?? "").startsWith("https://")), "Content-Security-Policy": LOCKED_POLICY };

/** Headers of Next's own that say how the app routed a request (x-middleware-rewrite: /vi/…): not for the client. */
const INTERNAL_HEADER = /^x-middleware-/i;

async function serve(request, response) {
  for (const [name, value] of Object.entries(BASELINE)) response.setHeader(name, value);
  // A path whose percent-encoding is not UTF-8 is the client's error, answered here before the app could fail on it.
  if (unreadablePath(request.url ?? "/")) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    return response.end("Bad request: the address is not valid UTF-8 percent-encoding.\n");
  }
  // Whatever a client sent under this name is replaced.
  request.headers[PEER_HEADER] = signPeer(secret, request.socket.remoteAddress ?? "");
  // A public read is answered the same for everyone: the app does not see the reader's cookies, so no session can change it.
  if (isSharedRequest({ method: request.method, url: request.url ?? "/", headers: request.headers })) delete request.headers.cookie;
  const key = responses?.keyOf({ method: request.method, url: request.url ?? "/", headers: request.headers }) ?? null;
  if (key) {
    const plan = responses.plan(key);
    const kept = plan.send ?? (plan.wait ? await plan.wait : null);
    if (kept) return sendKept(request, response, kept);
    // This request makes the answer others wait for (or, if theirs fell through, just its own).
    const refresh = plan.make;
    if (refresh) captureBody(response, (body) => refresh.done(body && { status: response.statusCode, headers: response.getHeaders(), body }));
  }
  compressAnswer(request, response, negotiate(request.headers["accept-encoding"]));
  // A public page may be kept by a shared cache in front (scripts/lib/shared-cache.mjs).
  const writeHead = response.writeHead.bind(response);
  response.writeHead = (...args) => {
    const status = typeof args[0] === "number" ? args[0] : response.statusCode;
    const shared = sharedCacheControl({ method: request.method, url: request.url ?? "/", status, headers: request.headers });
    if (shared && !response.getHeader("set-cookie")) response.setHeader("Cache-Control", shared);
    if (key) response.setHeader("x-dti-cache", "miss");
    for (const name of response.getHeaderNames()) if (INTERNAL_HEADER.test(name)) response.removeHeader(name);
    return writeHead(...args);
  };
  notFoundPage(request, response, { loopback: loopbackOf(server.address()) });
  handle(request, response);
}

// A fault of the server's own is logged and answered, not left hanging.
const server = createServer((request, response) =>
  serve(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    response.end();
  }),
);
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
