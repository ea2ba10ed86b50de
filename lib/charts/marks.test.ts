import { describe, expect, it } from "vitest";
import { colourOf, markerSvg, markShape, SHAPES } from "@/lib/charts/marks";
import { progressChartSvg, timeChartSvg } from "@/lib/charts/time-chart";
import { SERIES_COLOURS } from "@/lib/domain/palette";

describe("the charts' marks", () => {
  it("give the web, report and Word charts the palette's colours, unit for unit", () => {
    const series = SERIES_COLOURS.map((_, i) => ({ label: `Unit ${i}`, earlier: false, points: [{ t: Date.UTC(2023, 11, 31), value: 10 + i }, { t: Date.UTC(2024, 11, 31), value: 20 + i }] }));
    const svg = progressChartSvg({ title: "t", unit: "PERCENT", locale: "vi", series, targets: [] });
    const reportColours = [...svg.matchAll(/<path d="[^"]+" fill="none" stroke="([^"]+)" [^>]*class="chart-line"/g)].map((m) => m[1]);
    expect(reportColours).toEqual([...SERIES_COLOURS]);
    expect(series.map((_, i) => colourOf(i))).toEqual(reportColours);
    expect(colourOf(SERIES_COLOURS.length + 1)).toBe(SERIES_COLOURS[1]);
  });

  it("are one set of six shapes, each its own element or outline, the same in every chart", () => {
    const drawn = SHAPES.map((shape) => markShape(shape, 10, 10));
    expect(new Set(drawn.map((m) => JSON.stringify(m))).size).toBe(6);
    expect(drawn.map((m) => m.tag)).toEqual(["circle", "rect", "polygon", "polygon", "polygon", "path"]);
    // The web's server chart writes the very marker the report does.
    const line = { key: "a", label: "A", colour: 0, lineage: false, points: [{ t: Date.UTC(2022, 11, 31), value: 50 }] };
    for (const shape of SHAPES) {
      const svg = timeChartSvg({ title: "t", unit: "PERCENT", locale: "vi", lines: [{ ...line, shape }], segments: [] });
      const point = /<(circle|rect|polygon|path) ([^>]*) class="chart-point"\/>/.exec(svg)!;
      const [, tag, attributes] = point;
      const cx = Number(/cx="([\d.]+)"|points="([\d.]+)|x="([\d.]+)"|d="M([\d.]+)/.exec(attributes!)!.slice(1).find(Boolean));
      expect(tag).toBe(markShape(shape, 0, 0).tag);
      expect(cx).toBeGreaterThan(0);
    }
    expect(markerSvg("circle", 5, 5, "#000000", true)).toBe('<circle cx="5" cy="5" r="4.5" fill="#ffffff" stroke="#000000" stroke-width="1.75"/>');
  });
});
