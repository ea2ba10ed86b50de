// The headers every answer of the app's server carries, whatever produced it:
// a page (whose proxy adds its own script policy over these), a static file,
// an icon, a download, or a refusal the server makes itself. Plain JavaScript,
// shared by the server (scripts/serve.mjs) and the app (lib/security/headers.ts).

/** For an answer that is not a page: nothing runs in it and nothing may frame it. */
export const LOCKED_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @param {boolean} https */
export function baselineHeaders(https) {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * A path the app cannot read: percent-encoding that is not UTF-8 ("/%C0").
 * @param {string} url
 */
export function unreadablePath(url) {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
