// The validators of an answer (RFC 9110 §8.8) and the conditional request
// that checks them (§13): an ETag that is a hash of the bytes sent, and a
// Last-Modified date. Plain JavaScript, shared by the app's downloads
// (lib/http/download.ts) and its server's kept answers (scripts/serve.mjs).
// Types: validators.d.mts.
import crypto from "node:crypto";

/** A strong entity tag for these bytes: the same bytes always get the same tag. */
export function entityTag(body) {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** A date as an HTTP-date (IMF-fixdate), to the second. */
export function httpDate(date) {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString();
}

const TAG = /(?:W\/)?"[^"]*"/g;
const opaque = (tag) => tag.replace(/^W\//, "");

/**
 * Whether a GET or HEAD already holds the answer and is to get 304, by
 * RFC 9110 §13.2.2: If-None-Match when sent (weak comparison), else
 * If-Modified-Since against the last change, to the second. A date that is
 * not one, or a last change not known, makes no 304.
 * @param {{ method?: string, ifNoneMatch?: string | null, ifModifiedSince?: string | null }} request
 * @param {{ etag?: string | null, lastModified?: Date | string | null }} answer
 */
export function notModified({ method = "GET", ifNoneMatch, ifModifiedSince }, { etag, lastModified }) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (ifNoneMatch) {
    if (ifNoneMatch.trim() === "*") return true;
    if (!etag) return false;
    return (ifNoneMatch.match(TAG) ?? []).some((tag) => opaque(tag) === opaque(etag));
  }
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  const changed = Math.floor(new Date(lastModified).getTime() / 1000) * 1000;
  return Number.isFinite(since) && Number.isFinite(changed) && changed <= since;
}
