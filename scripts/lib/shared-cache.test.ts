import { describe, it, expect } from "vitest";
// @ts-expect-error: a plain ES module of the server script, without type declarations.
import { PUBLIC_CACHE_CONTROL, sharedCacheControl } from "./shared-cache.mjs";

const req = (over: Record<string, unknown> = {}) => ({ method: "GET", url: "/provinces/an-giang", cookie: "", status: 200, headers: {}, ...over });

describe("sharedCacheControl", () => {
  it("lets a shared cache keep public pages and downloads asked for without a session", () => {
    for (const url of ["/", "/provinces/an-giang-2025", "/compare?p=an-giang&p=hau-giang", "/data/observations.csv", "/indicators/SOC_SMARTPHONE?p=an-giang"]) {
      expect(sharedCacheControl(req({ url }))).toBe(PUBLIC_CACHE_CONTROL);
    }
    expect(PUBLIC_CACHE_CONTROL).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  });

  it("never for a signed-in request, the working area, sign-in, a write, an error or a navigation payload", () => {
    expect(sharedCacheControl(req({ cookie: "theme=1; better-auth.session_token=abc" }))).toBeNull();
    expect(sharedCacheControl(req({ cookie: "__Secure-better-auth.session_token=abc" }))).toBeNull();
    for (const url of ["/work", "/work/reports/an-giang/2025", "/sign-in?next=/work", "/set-password?token=x"]) expect(sharedCacheControl(req({ url }))).toBeNull();
    expect(sharedCacheControl(req({ method: "POST" }))).toBeNull();
    expect(sharedCacheControl(req({ status: 404 }))).toBeNull();
    expect(sharedCacheControl(req({ headers: { rsc: "1" } }))).toBeNull();
    expect(sharedCacheControl(req({ url: "/_next/static/chunks/a.js" }))).toBeNull();
  });
});
