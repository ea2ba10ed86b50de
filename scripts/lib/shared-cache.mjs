// Which responses a reverse proxy or CDN may keep and share: a public page
// or download asked for by someone not signed in. Everything else stays
// private. Pages are still rendered per request by the app (each with its
// own script nonce); a shared cache in front holds them briefly.

/** Fresh for 30 s in a shared cache, then served stale for up to 5 min while it refreshes; never kept by the browser. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";

const PRIVATE_PATHS = /^\/(work|sign-in|set-password)(\/|$|\?)/;

/**
 * The Cache-Control to send instead of the app's, or null to keep the app's.
 * `cookie` is the request's Cookie header; a session cookie makes it private.
 */
export function sharedCacheControl({ method, url, cookie, status, headers }) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (status !== 200) return null;
  if (PRIVATE_PATHS.test(url) || url.startsWith("/_next/")) return null;
  if (/(^|;\s*)(__Secure-)?better-auth\./.test(cookie ?? "")) return null;
  // Client-side navigation payloads vary by the router's state: left to the app.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"]) return null;
  return PUBLIC_CACHE_CONTROL;
}
