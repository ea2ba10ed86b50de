import { describe, expect, it } from "vitest";
import { compareChartSvg, wrap } from "@/lib/charts/compare-chart";
import { SERIES_COLOURS } from "@/lib/domain/palette";

const series = ["an-giang", "hau-giang", "u3", "u4", "u5", "u6"].map((key) => ({ key, label: key }));
const row = (label: string, values: Array<number | null>, targets: Array<number | null> = []) => ({
  label,
  values: Object.fromEntries(series.map((s, i) => [s.key, values[i] ?? null])),
  targets: Object.fromEntries(series.map((s, i) => [s.key, targets[i] ?? null])),
  periods: Object.fromEntries(series.map((s, i) => [s.key, values[i] == null ? null : "2022"])),
});

describe("comparison chart", () => {
  const spec = {
    title: "Xã hội số",
    desc: "So sánh",
    locale: "vi" as const,
    series,
    noData: "Chưa có số liệu",
    rows: [row("Tỷ lệ người dân có điện thoại thông minh", [66.2, null, 40, 55, 90, 12], [80, 80]), row("Tỷ lệ hộ gia đình có cáp quang", [null, 71, 30, 20, 10, 5])],
  };

  it("draws a bar per unit with a figure, in the palette's order, and says 'no data' for a unit without one, never a zero bar", () => {
    const { svg } = compareChartSvg(spec, { width: 800, id: "cmp", fluid: true });
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="([^"]+)" class="chart-bar"/g)].map((m) => m[1]);
    expect(bars).toHaveLength(10);
    expect(bars.slice(0, 5)).toEqual([SERIES_COLOURS[0], SERIES_COLOURS[2], SERIES_COLOURS[3], SERIES_COLOURS[4], SERIES_COLOURS[5]]);
    expect(svg.match(/>Chưa có số liệu</g)).toHaveLength(2);
    expect(svg).toContain(">66,2% · 2022<");
    expect(svg.match(/class="chart-target"/g)).toHaveLength(2);
    // Six units: six marker shapes at the feet of the bars, per indicator.
    expect(svg.match(/class="chart-point"/g)).toHaveLength(12);
    expect(svg).toMatch(/role="img" aria-labelledby="cmp-title" aria-describedby="cmp-desc"/);
  });

  it("writes a longer bar further right, and a target at its place on the 0–100% scale", () => {
    const { svg } = compareChartSvg(spec, { width: 800 });
    const width = (text: string) => Number(new RegExp(`width="([\\d.]+)" height="[\\d.]+" fill="[^"]+" class="chart-bar"/><text [^>]*>${text}`).exec(svg)![1]);
    expect(width("90% · 2022")).toBeGreaterThan(width("66,2% · 2022"));
    const target = Number(/<rect x="([\d.]+)" [^>]*class="chart-target"/.exec(svg)![1]) + 1.5;
    const zero = Number(/<text x="([\d.]+)" [^>]*>0%</.exec(svg)![1]);
    const hundred = Number(/<line x1="[\d.]+" x2="([\d.]+)" y1="[\d.]+" y2="[\d.]+" stroke="#334155"/.exec(svg)![1]);
    expect((target - zero) / (hundred - zero)).toBeCloseTo(0.8, 2);
  });

  it("puts an indicator's name above its bars on a phone, and grows taller with more indicators", () => {
    const narrow = compareChartSvg(spec, { width: 320, fontSize: 12 });
    const wide = compareChartSvg(spec, { width: 800 });
    expect(narrow.svg).toMatch(/<text x="4" y="[\d.]+" fill="#334155" font-weight="bold">Tỷ lệ người dân/);
    expect(wide.svg).toMatch(/text-anchor="end" fill="#334155">Tỷ lệ người dân/);
    const one = compareChartSvg({ ...spec, rows: spec.rows.slice(0, 1) }, { width: 800 });
    expect(wide.height).toBeGreaterThan(one.height);
  });

  it("wraps long names to lines, ending the last kept one in an ellipsis", () => {
    expect(wrap("một hai ba bốn năm", 7, 2)).toEqual(["một hai", "ba bốn…"]);
  });
});
