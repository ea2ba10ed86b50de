// The headers every page carries: the server's baseline for every answer
// (lib/security/baseline-headers.mjs) and the page's script policy. Scripts run
// only from this site and with the request's nonce (no inline script without
// it); styles may be inline, which the charts' SVG attributes need. Nothing
// may frame the app.
import { baselineHeaders } from "@/lib/security/baseline-headers.mjs";

export function securityHeaders(nonce: string, appUrl: string, development = false): Record<string, string> & { "Content-Security-Policy": string } {
  const https = appUrl.startsWith("https://");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return { "Content-Security-Policy": policy, ...baselineHeaders(https) };
}
