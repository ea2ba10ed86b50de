// Runs before every request: refuses a server-action request that is
// foreign or too large before it reaches the action, routes a page to its
// language (Vietnamese at the plain address, English under /en/), and gives
// every page a fresh script nonce and the security headers. Authorisation is
// not done here; every action and page checks for itself.
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { splitLocale, VIETNAMESE_ONLY } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { isForeignRequest } from "@/lib/security/same-origin";
import { securityHeaders } from "@/lib/security/headers";
import { env } from "@/lib/server/env";

const intl = createIntlMiddleware(routing);

/** Largest server-action request body; the reverse proxy in front should allow at least this. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = actionRefusal(request);
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders(nonce, env.APP_URL, env.NODE_ENV === "development");
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  const response = route(new NextRequest(request, { headers: requestHeaders }));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The API speaks JSON in one language; a page goes to its language's route, the working side to Vietnamese. */
function route(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers: request.headers } });
  const { locale, path } = splitLocale(pathname);
  if (locale !== routing.defaultLocale && VIETNAMESE_ONLY.test(path)) {
    const url = request.nextUrl.clone();
    url.pathname = path;
    return NextResponse.redirect(url);
  }
  return intl(request);
}

/** A foreign origin (403), or a body of unknown or excessive length (411, 413). */
function actionRefusal(request: NextRequest): { status: number; message: string } | null {
  if (isForeignRequest(request.headers)) return { status: 403, message: "Forbidden: foreign origin" };
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return { status: 411, message: "Length required" };
  if (length > ACTION_BODY_LIMIT) return { status: 413, message: "Request too large" };
  return null;
}

// Link prefetches too: a Vietnamese address reaches its route only through
// the language rewrite (/rankings → /vi/rankings), so a prefetch that skipped
// it asked for a route that does not exist and got a 404.
export const config = {
  // The crawlers' files are the same in both languages and need no rewrite.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|robots.txt|sitemap.xml).*)"],
};
