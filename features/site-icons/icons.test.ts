import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { ICON_FILES, PAGE_COLOUR, THEME_COLOUR, iconHref, iconVariant } from "@/features/site-icons/icons";
import { svgToPng } from "@/lib/server/png";

const root = process.cwd();
const ICON = fs.readFileSync(path.join(root, "app", "icon.svg"), "utf8");

/** The icon drawn at `size` as RGBA pixels. */
function pixels(svg: string, size: number) {
  const data = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().pixels;
  return { at: (x: number, y: number) => [...data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)] };
}

describe("icons", () => {
  it("draws each file at its size as a PNG", () => {
    for (const icon of ICON_FILES) {
      const png = svgToPng(iconVariant(ICON, icon.purpose), icon.size);
      expect(png.subarray(1, 4).toString("latin1"), icon.file).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.file).toEqual([icon.size, icon.size]);
    }
  });

  it("fills a maskable or touch icon's square with the background and keeps its marks inside the circle no platform crops", () => {
    const background = [0x0b, 0x4f, 0x8a, 255];
    for (const purpose of ["maskable", "apple"] as const) {
      const size = 200;
      const { at } = pixels(iconVariant(ICON, purpose), size);
      for (const [x, y] of [[0, 0], [size - 1, 0], [0, size - 1], [size - 1, size - 1]] as const) expect(at(x, y), `${purpose} corner`).toEqual(background);
      // Every pixel that is not background lies within 40% of the size from the middle.
      let farthest = 0;
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          if (at(x, y).every((v, i) => Math.abs(v - background[i]!) <= 2)) continue;
          farthest = Math.max(farthest, Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2));
        }
      }
      expect(farthest, purpose).toBeGreaterThan(size * 0.2);
      expect(farthest, purpose).toBeLessThanOrEqual(size * 0.4);
    }
    // The plain icon keeps its rounded corners.
    expect(pixels(ICON, 200).at(0, 0)[3]).toBe(0);
  });

  it("refuses an icon it cannot fill, rather than drawing a wrong one", () => {
    expect(() => iconVariant('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle r="4"/></svg>', "maskable")).toThrow(/background/);
  });
});

describe("web app manifest", () => {
  it("names the app in Vietnamese, opens at the home page, and takes its colours from the palette", () => {
    const css = fs.readFileSync(path.join(root, "app", "globals.css"), "utf8");
    expect(css).toContain(`--color-brand: ${THEME_COLOUR};`);
    expect(css).toContain(`--color-page: ${PAGE_COLOUR};`);
    expect(manifest()).toMatchObject({ name: "Chuyển đổi số cấp tỉnh", short_name: "Chuyển đổi số", start_url: "/", lang: "vi", display: "standalone", theme_color: THEME_COLOUR, background_color: PAGE_COLOUR });
  });

  it("lists the SVG and every PNG but Apple's, each with its size and purpose", () => {
    const icons = manifest().icons ?? [];
    expect(icons[0]).toEqual({ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" });
    expect(icons.slice(1)).toEqual([
      { src: iconHref("icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any" },
      { src: iconHref("icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any" },
      { src: iconHref("maskable-192.png"), sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: iconHref("maskable-512.png"), sizes: "512x512", type: "image/png", purpose: "maskable" },
    ]);
  });
});
