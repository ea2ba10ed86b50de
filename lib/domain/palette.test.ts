import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERIES_COLOURS, seriesColour } from "./palette";

const root = path.join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return /\.(ts|tsx|mjs|css)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** Rec. 709 luma on 0–255: what a greyscale printer keeps of a colour. */
const grey = (hex: string) => Math.round([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0));

describe("the series palette", () => {
  it("draws the two units every pair chart has in colours that stand out from white and stay apart in grey", () => {
    const [first, second] = SERIES_COLOURS;
    for (const colour of [first, second]) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(3);
    expect(Math.abs(grey(first) - grey(second))).toBeGreaterThan(40);
  });

  it("gives the i-th unit the i-th colour, repeating past the last", () => {
    expect(SERIES_COLOURS.map((_, i) => seriesColour(i))).toEqual([...SERIES_COLOURS]);
    expect(seriesColour(SERIES_COLOURS.length)).toBe(SERIES_COLOURS[0]);
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  });

  it("is the only place the colours are written down", () => {
    const elsewhere = ["app", "components", "features", "lib", "scripts"]
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join("lib", "domain", "palette.ts"))
      .flatMap((file) => {
        const text = fs.readFileSync(path.join(root, file), "utf8").toLowerCase();
        return SERIES_COLOURS.filter((colour) => text.includes(colour)).map((colour) => `${file}: ${colour}`);
      });
    expect(elsewhere).toEqual([]);
  });

  it("is what any series colour the stylesheet defines says", () => {
    const css = fs.readFileSync(path.join(root, "app", "globals.css"), "utf8");
    for (const [, n, value] of css.matchAll(/--color-series-(\d+):\s*([^;]+);/g)) expect(value!.trim().toLowerCase(), `--color-series-${n}`).toBe(seriesColour(Number(n) - 1));
  });
});
