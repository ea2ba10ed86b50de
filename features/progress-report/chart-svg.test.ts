import { describe, expect, it } from "vitest";
import { overlaps, progressChartSvg, textBox } from "@/features/progress-report/chart-svg";

/** No two labels of the chart cover each other. */
function expectClear(all: ReturnType<typeof labels>) {
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) expect(overlaps(a.box, b.box), `"${a.text}" and "${b.text}"`).toBe(false);
  }
}

/** Every label of a chart as the box it takes. */
function labels(svg: string) {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"( text-anchor="(start|middle|end)")?[^>]*>([^<]*)</g)].map((m) => ({
    text: m[5]!,
    box: textBox(m[5]!.replace(/&[a-z]+;/g, "x"), Number(m[1]), Number(m[2]), (m[4] as "start" | "middle" | "end" | undefined) ?? "start"),
  }));
}

const t = (y: number, m = 11, d = 31) => Date.UTC(y, m, d);

describe("report chart", () => {
  const svg = progressChartSvg({
    title: "Tỷ lệ người dân có điện thoại thông minh <& so sánh>",
    unit: "PERCENT",
    locale: "vi",
    series: [
      { label: "An Giang (trước sáp nhập)", earlier: true, points: [{ t: t(2022), value: 66.2 }, { t: t(2024), value: 70 }] },
      { label: "An Giang", earlier: false, points: [{ t: t(2025), value: 74.5 }] },
    ],
    targets: [{ year: 2025, value: 80, label: "Mục tiêu 2025: 80%" }],
  });

  it("draws every figure as a marker of its series' own shape, a predecessor's hollow and dashed", () => {
    expect(svg.match(/<circle [^>]*fill="#ffffff"/g)).toHaveLength(3); // two points and the legend, hollow circles
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="9" height="9"/g)).toHaveLength(2); // the new unit: a square, and its legend
    expect(svg).toMatch(/<path d="M[^"]+L[^"]+" fill="none" stroke="#0072b2" stroke-width="2.25" stroke-dasharray="6 3"\/>/);
  });

  it("writes the latest figure of each series, the target and the years the locale's way, and escapes text", () => {
    expect(svg).toContain(">70%<");
    expect(svg).toContain(">74,5%<");
    expect(svg).toContain(">Mục tiêu 2025: 80%<");
    expect(svg).toContain('stroke-dasharray="8 3 2 3"');
    for (const year of ["2022", "2023", "2024", "2025"]) expect(svg).toContain(`>${year}<`);
    expect(svg).toContain("<title>Tỷ lệ người dân có điện thoại thông minh &lt;&amp; so sánh&gt;</title>");
    expect(svg).not.toContain("<& so");
  });

  it("puts a higher value higher, on a 0–100 scale for a percentage", () => {
    const yOf = (text: string) => Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${text}<`).exec(svg)![1]);
    expect(yOf("100%")).toBeLessThan(yOf("50%"));
    expect(yOf("50%")).toBeLessThan(yOf("0%"));
  });

  it.each([
    // The English report of 2024: 5.99 % under a 2025 target of 10 %, a 2030 one of 30 % above.
    [[{ t: t(2023), value: 5.2 }, { t: t(2024), value: 5.99 }], [{ year: 2025, value: 10, label: "2025 target: 10%" }, { year: 2030, value: 30, label: "2030 target: 30%" }]],
    // A figure just under its target, at the end of the target's year.
    [[{ t: t(2024), value: 47 }, { t: t(2025, 8, 30), value: 49 }], [{ year: 2025, value: 50, label: "2025 target: 50%" }]],
  ])("keeps every label clear of the others: %j", (points, targets) => {
    const svg = progressChartSvg({ title: "x", unit: "PERCENT", locale: "en", series: [{ label: "An Giang", earlier: false, points }], targets });
    const all = labels(svg);
    expectClear(all);
    // Nor a figure's marker.
    const markers = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => {
      const [cx, cy, r] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return { x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r };
    });
    expect(markers.length).toBeGreaterThan(points.length);
    for (const a of all) for (const marker of markers) expect(overlaps(a.box, marker), `"${a.text}" over a marker`).toBe(false);
  });

  it("draws no label over another, even where the latest figure sits by a target's label", () => {
    // The English report of 2026-Q3: 86 % a few weeks before the end of a 2026 target of 90 %, and 2030's 95 % above it.
    const crowded = progressChartSvg({
      title: "Share of households with fibre",
      unit: "PERCENT",
      locale: "en",
      series: [
        { label: "An Giang (before the merger)", earlier: true, points: [{ t: t(2023), value: 70 }, { t: t(2024, 5, 30), value: 78 }] },
        { label: "An Giang", earlier: false, points: [{ t: t(2025), value: 82 }, { t: t(2026, 8, 30), value: 86 }] },
      ],
      targets: [
        { year: 2026, value: 90, label: "2026 target: 90%" },
        { year: 2030, value: 95, label: "2030 target: 95%" },
      ],
    });
    const all = labels(crowded);
    expect(all.map((l) => l.text)).toEqual(expect.arrayContaining(["86%", "2026 target: 90%", "2030 target: 95%"]));
    expectClear(all);
  });
});
