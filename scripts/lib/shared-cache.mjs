// Which responses are the same for everyone, signed in or not: a public
// page, its navigation payload (a link's prefetch, a client-side visit) or a
// public download. The server hands the app such a request without its
// cookies (scripts/serve.mjs), and the one thing in the header that differs
// for a signed-in reader, the account link, is decided in the browser
// (components/layout/AccountLink.tsx). A reverse proxy or CDN may keep and
// share the pages and downloads; the app's own response cache
// (response-cache.mjs) keeps all of them, for the same 30 s. Everything else
// stays private.

/** Fresh for 30 s in a shared cache, then served stale for up to 5 min while it refreshes; never kept by the browser. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";

const PRIVATE_PATHS = /^\/(work|sign-in|set-password)(\/|$|\?)/;

/**
 * The request headers a navigation payload varies by (Next names them in its
 * `Vary`). Next also folds them into the address's `_rsc` parameter, so a
 * cache that keys by address alone keeps the variants apart too.
 */
export const PAYLOAD_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"];

/**
 * A navigation payload is kept by the server's own cache alone: a browser
 * would serve its copy stale for the stale-while-revalidate minutes above
 * (it does for what a script fetches), and a link's prefetch must show what
 * is published now.
 */
export const PAYLOAD_CACHE_CONTROL = "no-cache";

const isPayload = (headers) => PAYLOAD_HEADERS.some((name) => headers[name] !== undefined);

/** The Cache-Control to send instead of the app's for an answer that is the same for everyone, or null to keep the app's. */
export function sharedCacheControl({ method, url, status, headers }) {
  if (status !== 200 || !isSharedRequest({ method, url, headers })) return null;
  return isPayload(headers) ? PAYLOAD_CACHE_CONTROL : PUBLIC_CACHE_CONTROL;
}

/** Whether the answer to this request is the same for everyone: a public read, whoever asks. */
export function isSharedRequest({ method, url, headers }) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (PRIVATE_PATHS.test(url) || url.startsWith("/_next/")) return false;
  // A navigation payload asked for without the address Next gives it could, in a cache that ignores Vary, be taken for the page.
  if (isPayload(headers) && !/[?&]_rsc=/.test(url)) return false;
  return true;
}
