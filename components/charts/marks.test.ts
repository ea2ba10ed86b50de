import { describe, expect, it } from "vitest";
import { colourOf } from "@/components/charts/marks";
import { progressChartSvg } from "@/features/progress-report/chart-svg";
import { SERIES_COLOURS } from "@/lib/domain/palette";

describe("the web charts' colours", () => {
  it("are the report charts' colours, unit for unit", () => {
    const series = SERIES_COLOURS.map((_, i) => ({ label: `Unit ${i}`, earlier: false, points: [{ t: Date.UTC(2023, 11, 31), value: 10 + i }, { t: Date.UTC(2024, 11, 31), value: 20 + i }] }));
    const svg = progressChartSvg({ title: "t", unit: "PERCENT", locale: "vi", series, targets: [] });
    const reportColours = [...svg.matchAll(/<path d="[^"]+" fill="none" stroke="([^"]+)"/g)].map((m) => m[1]);
    expect(reportColours).toEqual([...SERIES_COLOURS]);
    expect(series.map((_, i) => colourOf(i))).toEqual(reportColours);
    expect(colourOf(SERIES_COLOURS.length + 1)).toBe(SERIES_COLOURS[1]);
  });
});
