import { describe, expect, it } from "vitest";
import { progressChartSvg } from "@/features/progress-report/chart-svg";

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
});
