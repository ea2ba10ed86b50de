// Which responses a reverse proxy or CDN may keep and share: a public page
// or download asked for by someone not signed in. Everything else stays
// private. The app's own response cache (response-cache.mjs) keeps exactly
// the same ones, for the same 30 s.

/** Fresh for 30 s in a shared cache, then served stale for up to 5 min while it refreshes; never kept by the browser. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";

const PRIVATE_PATHS = /^\/(work|sign-in|set-password)(\/|$|\?)/;

/**
 * The Cache-Control to send instead of the app's, or null to keep the app's.
 * `cookie` is the request's Cookie header; a session cookie makes it private.
 */
export function sharedCacheControl({ method, url, cookie, status, headers }) {
  if (status !== 200 || !isSharedRequest({ method, url, cookie, headers })) return null;
  return PUBLIC_CACHE_CONTROL;
}

/** Whether the answer to this request is the same for everyone: a public read by someone not signed in. */
export function isSharedRequest({ method, url, cookie, headers }) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (PRIVATE_PATHS.test(url) || url.startsWith("/_next/")) return false;
  if (/(^|;\s*)(__Secure-)?better-auth\./.test(cookie ?? "")) return false;
  // Client-side navigation payloads vary by the router's state: left to the app.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"]) return false;
  return true;
}
