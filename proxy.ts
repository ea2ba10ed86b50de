// Runs before every request: refuses a POST to a page that is foreign, too
// large, or not a call of one of its forms before it reaches the page
// (lib/security/page-post.ts), routes a page to its
// language (Vietnamese at the plain address, English under /en/), and gives
// every page a fresh script nonce and the security headers. Authorisation is
// not done here; every action and page checks for itself.
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { splitLocale, VIETNAMESE_ONLY } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { isForeignRequest } from "@/lib/security/same-origin";
import { actionCallRefusal, isFormBody, plainPostRefusal, postHeadersRefusal, type PostRefusal } from "@/lib/security/page-post";
import { securityHeaders } from "@/lib/security/headers";
import { env } from "@/lib/server/env";

const intl = createIntlMiddleware(routing);

/** Route handlers that take a POST and judge it themselves. */
const OWN_POST = /^\/api\/|^\/(?:en\/)?work\/import\/upload$/;

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && !OWN_POST.test(request.nextUrl.pathname)) {
    const refusal = await pagePostRefusal(request);
    if (refusal) return refuse(refusal);
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
    return NextResponse.redirect(url, 308);
  }
  const response = intl(request);
  // The language is in the address alone, so an address in another form (/vi/rankings) is moved for good.
  return response.status === 307 ? new NextResponse(null, { status: 308, headers: response.headers }) : response;
}

/** A foreign origin (403), a body of unknown or excessive length (411, 413), or one that is not a call of the page's forms (400, 405). */
async function pagePostRefusal(request: NextRequest): Promise<PostRefusal | null> {
  const early = postHeadersRefusal({ foreign: isForeignRequest(request.headers), contentLength: request.headers.get("content-length") });
  if (early) return early;
  // The body is read from the framework's copy of it, within the length just checked.
  const type = request.headers.get("content-type");
  const form = isFormBody(type) ? await request.clone().formData().catch(() => null) : null;
  if (!request.headers.has("next-action")) return plainPostRefusal(form);
  return actionCallRefusal(form ? { form } : /^text\/plain\b/i.test(type ?? "") ? { text: await request.clone().text() } : null);
}

function refuse({ status, message }: PostRefusal): NextResponse {
  const headers: Record<string, string> = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };
  if (status === 405) headers.Allow = "GET, HEAD";
  return new NextResponse(message, { status, headers });
}

// Link prefetches too: a Vietnamese address reaches its route only through
// the language rewrite (/rankings → /vi/rankings), so a prefetch that skipped
// it asked for a route that does not exist and got a 404.
export const config = {
  // The crawlers' files, the web app manifest and the icons are the same in both languages and need no rewrite.
  matcher: ["/((?!_next/static|_next/image|icon.svg|icons/|manifest.webmanifest|favicon.ico|robots.txt|sitemap.xml).*)"],
};
