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

describe("the series palette", () => {
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
