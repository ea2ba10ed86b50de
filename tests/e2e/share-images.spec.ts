import { expect, test, type APIRequestContext } from "@playwright/test";
// @ts-expect-error: a plain ES module of the server script, without type declarations.
import { PUBLIC_CACHE_CONTROL } from "../../scripts/lib/shared-cache.mjs";

// What a messaging app or social network sees of a shared link, and what a
// phone needs to add the site to its home screen: each page's og:image (a
// 1200×630 PNG in the page's language), and the web app manifest with its icons.

const PAGES = ["/provinces/an-giang", "/provinces/hau-giang", "/indicators/SOC_SMARTPHONE", "/provinces/hau-giang/report/2024"];
/** A link preview's crawler: it reads the <head> and runs no script. */
const CRAWLER = { "user-agent": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)" };

const unescape = (text: string) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"');

/** The content of each <meta property|name="…"> in the document's head. */
function headMeta(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head.length, "the document has a head").toBeGreaterThan(0);
  const found: Record<string, string> = {};
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const name = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (name && content !== undefined && !(name in found)) found[name] = unescape(content);
  }
  return found;
}

/** A link's attributes, by its rel. */
function link(html: string, rel: string): Record<string, string> | null {
  const tag = [...html.matchAll(/<link\b[^>]*>/g)].map(([t]) => t).find((t) => t.includes(` rel="${rel}"`));
  return tag ? Object.fromEntries([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, unescape(v!)])) : null;
}

/** The width and height a PNG's header states. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(0, 8).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

async function png(request: APIRequestContext, url: string) {
  const answer = await request.get(url);
  expect(answer.status(), url).toBe(200);
  expect(answer.headers()["content-type"], url).toBe("image/png");
  return { body: await answer.body(), headers: answer.headers() };
}

test.describe("share images and the web app manifest", () => {
  test("each page's og:image is a 1200×630 PNG in the page's language, kept by caches like the page", async ({ request }) => {
    for (const path of PAGES) {
      const drawn: Record<string, { url: string; body: Buffer }> = {};
      for (const [locale, address] of [["vi", path], ["en", `/en${path}`]] as const) {
        // A reader opens the page first, so the server keeps its answer; the crawler must still find the image in the head.
        expect((await request.get(address)).status()).toBe(200);
        const page = await request.get(address, { headers: CRAWLER });
        expect(page.status(), address).toBe(200);
        const meta = headMeta(await page.text());
        expect(meta["og:title"], address).toBeTruthy();
        expect(meta["og:description"], address).toBeTruthy();
        expect(meta["og:image"], address).toMatch(/^https?:\/\//);
        expect([meta["og:image:width"], meta["og:image:height"], meta["og:image:type"]], address).toEqual(["1200", "630", "image/png"]);
        expect(meta["og:image:alt"], address).toBeTruthy();
        expect(meta["twitter:card"], address).toBe("summary_large_image");
        expect(meta["twitter:image"], address).toBe(meta["og:image"]);
        expect(new URL(meta["og:image"]!).pathname.startsWith("/en/"), address).toBe(locale === "en");

        const image = await png(request, meta["og:image"]!);
        expect(pngSize(image.body), meta["og:image"]).toEqual([1200, 630]);
        expect(image.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
        expect(image.headers["x-content-type-options"]).toBe("nosniff");
        drawn[locale] = { url: meta["og:image"]!, body: image.body };
      }
      expect(drawn.en!.body.equals(drawn.vi!.body), `${path}: the English image is the Vietnamese one`).toBe(false);
    }
  });

  test("an indicator page's image shows the units its address chose", async ({ request }) => {
    const meta = headMeta(await (await request.get("/indicators/SOC_SMARTPHONE?p=hau-giang", { headers: CRAWLER })).text());
    expect(new URL(meta["og:image"]!).search).toBe("?p=hau-giang");
    const [chosen, both] = [await png(request, meta["og:image"]!), await png(request, meta["og:image"]!.replace("?p=hau-giang", "?p=an-giang-2025&p=hau-giang"))];
    expect(chosen.body.equals(both.body)).toBe(false);
    expect((await request.get("/provinces/nowhere/share.png")).status()).toBe(404);
  });

  test("every page links the web app manifest: valid JSON in Vietnamese whose icons answer as PNGs of their stated sizes", async ({ request }) => {
    for (const address of ["/", "/en/provinces/an-giang"]) {
      const html = await (await request.get(address)).text();
      const manifestLink = link(html, "manifest");
      expect(manifestLink?.href, address).toBe("/manifest.webmanifest");
      const apple = link(html, "apple-touch-icon");
      expect(apple?.sizes, address).toBe("180x180");
      expect(pngSize((await png(request, apple!.href!)).body)).toEqual([180, 180]);
    }

    const answer = await request.get("/manifest.webmanifest");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = JSON.parse(await answer.text()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    };
    expect(manifest).toMatchObject({ name: "Chuyển đổi số cấp tỉnh", start_url: "/", display: "standalone" });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    for (const size of ["192x192", "512x512"]) expect(pngs.some((i) => i.sizes === size && (i.purpose ?? "any") === "any"), size).toBe(true);
    expect(pngs.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of pngs) {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(pngSize((await png(request, icon.src)).body), icon.src).toEqual([width, height]);
    }
    for (const icon of manifest.icons.filter((i) => i.type !== "image/png")) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });
});
