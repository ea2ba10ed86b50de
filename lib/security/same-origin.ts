/**
 * Whether a request comes from another site: its `Origin` names a host other
 * than the one the request was sent to (the `Host` a browser sets, or the
 * `X-Forwarded-Host` of a reverse proxy in front), or the browser says so
 * (`Sec-Fetch-Site: cross-site`). Judged against the address the person
 * used, never the one the server listens on or a configured one, so it holds
 * whether the app is opened at localhost, 127.0.0.1 or through a proxy.
 * A request without `Origin` (a same-origin GET, a tool) is not foreign.
 */
export function isForeignRequest(headers: Headers): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
