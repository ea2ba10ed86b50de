/**
 * A 303 to a path of this site, as a relative `Location` (RFC 9110 §10.2.2):
 * the browser resolves it against the address the person opened, so it holds
 * behind a reverse proxy and when the server listens on 0.0.0.0. An absolute
 * URL built from the request would name the listening address instead, which
 * the page's `form-action 'self'` then blocks.
 */
export function seeOther(path: `/${string}`): Response {
  if (path.startsWith("//")) throw new RangeError(`not a path of this site: ${path}`);
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
