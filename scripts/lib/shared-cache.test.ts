import { describe, it, expect } from "vitest";
// @ts-expect-error: a plain ES module of the server script, without type declarations.
import { PAYLOAD_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, isSharedRequest, sharedCacheControl } from "./shared-cache.mjs";

const req = (over: Record<string, unknown> = {}) => ({ method: "GET", url: "/provinces/an-giang", status: 200, headers: {}, ...over });

describe("sharedCacheControl", () => {
  it("lets a shared cache keep public pages and downloads, whoever asks", () => {
    for (const url of ["/", "/provinces/an-giang-2025", "/compare?p=an-giang&p=hau-giang", "/data/observations.csv", "/indicators/SOC_SMARTPHONE?p=an-giang"]) {
      expect(sharedCacheControl(req({ url }))).toBe(PUBLIC_CACHE_CONTROL);
      expect(sharedCacheControl(req({ url, headers: { cookie: "theme=1; better-auth.session_token=abc" } }))).toBe(PUBLIC_CACHE_CONTROL);
    }
    expect(PUBLIC_CACHE_CONTROL).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  });

  it("but not their navigation payloads, which the browser must ask for afresh, and the server keeps only when the address names the variant", () => {
    const prefetch = { rsc: "1", "next-router-prefetch": "1" };
    expect(sharedCacheControl(req({ url: "/provinces/an-giang?_rsc=1x2y3", headers: prefetch }))).toBe(PAYLOAD_CACHE_CONTROL);
    expect(sharedCacheControl(req({ url: "/compare?p=an-giang&_rsc=1x2y3", headers: { rsc: "1" } }))).toBe("no-cache");
    // Without it a cache that ignores Vary could hand the payload to a reader who asked for the page.
    expect(sharedCacheControl(req({ headers: prefetch }))).toBeNull();
    expect(sharedCacheControl(req({ headers: { "next-router-state-tree": "x" } }))).toBeNull();
  });

  it("never for the working area, sign-in, a write, an error or Next's own files", () => {
    for (const url of ["/work", "/work/reports/an-giang/2025", "/sign-in?next=/work", "/set-password?token=x", "/work?_rsc=1"]) {
      expect(sharedCacheControl(req({ url }))).toBeNull();
      expect(isSharedRequest({ method: "GET", url, headers: { rsc: "1" } })).toBe(false);
    }
    expect(sharedCacheControl(req({ method: "POST" }))).toBeNull();
    expect(sharedCacheControl(req({ status: 404 }))).toBeNull();
    expect(sharedCacheControl(req({ url: "/_next/static/chunks/a.js" }))).toBeNull();
  });
});
