import { describe, expect, it } from "vitest";
import { overlaps, textBox } from "@/lib/charts/marks";
import { progressChartSvg, timeChartSvg, type TimeChartLine } from "@/lib/charts/time-chart";

/** No two labels of the chart cover each other. */
function expectClear(all: ReturnType<typeof labels>) {
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) expect(overlaps(a.box, b.box), `"${a.text}" and "${b.text}"`).toBe(false);
  }
}

/** Every label of a chart as the box it takes. */
function labels(svg: string, size = 11) {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"( text-anchor="(start|middle|end)")?[^>]*>([^<]*)</g)].map((m) => ({
    text: m[5]!,
    box: textBox(m[5]!.replace(/&[a-z]+;/g, "x"), Number(m[1]), Number(m[2]), (m[4] as "start" | "middle" | "end" | undefined) ?? "start", size),
  }));
}

const t = (y: number, m = 11, d = 31) => Date.UTC(y, m, d);
const yOf = (svg: string, text: string) => Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${text}<`).exec(svg)![1]);
const pointsOf = (svg: string, key: string) =>
  [...(new RegExp(`<g class="chart-series" data-series="${key}">(.*?)</g>`).exec(svg)?.[1] ?? "").matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

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
    expect(svg).toMatch(/<path d="M[^"]+L[^"]+" fill="none" stroke="#0072b2" stroke-width="1.75" stroke-dasharray="6 3" class="chart-line"\/>/);
  });

  it("writes the latest figure of each series, the target and the years the locale's way, and escapes text", () => {
    expect(svg).toContain(">70%<");
    expect(svg).toContain(">74,5%<");
    expect(svg).toContain(">Mục tiêu 2025: 80%<");
    expect(svg).toContain('data-kind="target"');
    expect(svg).toContain('stroke-dasharray="10 3 2 3"');
    for (const year of ["2022", "2023", "2024", "2025"]) expect(svg).toContain(`>${year}<`);
    expect(svg).toContain("<title>Tỷ lệ người dân có điện thoại thông minh &lt;&amp; so sánh&gt;</title>");
    expect(svg).not.toContain("<& so");
    // Its own size in pixels, for the Word file's and share images' renderer.
    expect(svg).toMatch(/^<svg [^>]*width="640" height="300" viewBox="0 0 640 300"/);
  });

  it("puts a higher value higher, on a 0–100 scale for a percentage", () => {
    expect(yOf(svg, "100%")).toBeLessThan(yOf(svg, "40%"));
    expect(yOf(svg, "40%")).toBeLessThan(yOf(svg, "0%"));
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

const line = (key: string, i: number, points: TimeChartLine["points"], lineage = false): TimeChartLine => ({
  key,
  label: key,
  colour: i,
  shape: "circle",
  lineage,
  points,
});
const phone = { width: 320, height: 240, fontSize: 12, id: "c", fluid: true };

describe("the web pages' time chart", () => {
  it("is named by its title and its description in words, and scales to its container", () => {
    const svg = timeChartSvg(
      { title: "Thứ hạng DTI", desc: "Hạng của An Giang, 2020–2023: mới nhất 13/63 (2023).", unit: "RANK", locale: "vi", reversed: true, lines: [line("a", 0, [{ t: t(2020), value: 20 }, { t: t(2023), value: 13 }])], segments: [] },
      phone,
    );
    expect(svg).toMatch(/^<svg [^>]*style="display:block;width:100%;height:auto" viewBox="0 0 320 240" role="img" aria-labelledby="c-title" aria-describedby="c-desc"/);
    expect(svg).not.toMatch(/^<svg [^>]* width="/);
    expect(svg).toContain('<title id="c-title">Thứ hạng DTI</title><desc id="c-desc">Hạng của An Giang, 2020–2023: mới nhất 13/63 (2023).</desc>');
    expect(svg).toContain('font-size="12"');
  });

  it("puts rank 1 at the top of a rank chart: a better rank is drawn higher", () => {
    const lines = [line("a", 0, [{ t: t(2020), value: 28, label: "28/63" }, { t: t(2021), value: 17, label: "17/63" }, { t: t(2022), value: 5, label: "5/63" }])];
    const svg = timeChartSvg({ title: "r", unit: "RANK", locale: "vi", reversed: true, lines, segments: [] }, phone);
    const [p2020, p2021, p2022] = pointsOf(svg, "a");
    expect(p2022!.y).toBeLessThan(p2021!.y);
    expect(p2021!.y).toBeLessThan(p2020!.y);
    expect(yOf(svg, "1")).toBeLessThan(yOf(svg, "10"));
    expect(yOf(svg, "10")).toBeLessThan(yOf(svg, "30"));
    // The latest rank as written on the chart, with its denominator.
    expect(svg).toContain(">5/63<");
    // A figure chart the other way up.
    const up = timeChartSvg({ title: "v", unit: "PERCENT", locale: "vi", lines: [line("a", 0, [{ t: t(2020), value: 28 }, { t: t(2022), value: 5 }])], segments: [] }, phone);
    const [first, last] = pointsOf(up, "a");
    expect(first!.y).toBeLessThan(last!.y);
  });

  it("breaks a line where a year has no figure, and draws no point for it", () => {
    const svg = timeChartSvg(
      { title: "r", unit: "RANK", locale: "vi", reversed: true, lines: [line("a", 0, [{ t: t(2019), value: 30 }, { t: t(2020), value: 28 }, { t: t(2021), value: null }, { t: t(2022), value: 13 }, { t: t(2023), value: 12 }])], segments: [] },
      phone,
    );
    expect(svg.match(/class="chart-line"/g)).toHaveLength(2);
    expect(svg.match(/class="chart-point"/g)).toHaveLength(4);
  });

  it("draws a unit before the merger dashed with hollow markers, its successor solid, the join dotted, and the merger day", () => {
    const svg = timeChartSvg(
      {
        title: "m",
        unit: "PERCENT",
        locale: "vi",
        lines: [line("an-giang", 0, [{ t: t(2023), value: 60 }, { t: t(2024), value: 70 }], true), line("an-giang-moi", 0, [{ t: t(2025), value: 75 }, { t: t(2026, 2, 31), value: 80 }])],
        segments: [{ key: "join", kind: "join", colour: 0, label: "Nối", from: { t: t(2024), value: 70 }, to: { t: t(2025), value: 75 } }],
        events: [{ t: Date.UTC(2025, 6, 1), label: "Sáp nhập 01/7/2025" }],
      },
      { width: 640, height: 300, id: "m", fluid: true },
    );
    const group = (key: string) => new RegExp(`<g class="chart-series" data-series="${key}">(.*?)</g>`).exec(svg)![1]!;
    expect(group("an-giang")).toContain('stroke-dasharray="6 3"');
    expect(group("an-giang").match(/fill="#ffffff"/g)).toHaveLength(2);
    expect(group("an-giang-moi")).not.toContain("stroke-dasharray");
    expect(group("an-giang-moi")).not.toContain('fill="#ffffff"');
    expect(svg).toMatch(/class="chart-segment" data-kind="join" [^>]*stroke-dasharray="1 3"/);
    expect(svg).toContain(">Sáp nhập 01/7/2025<");
    expectClear(labels(svg));
  });

  it("draws each target dashed to the end of its year with its figure written beside it, in the unit's colour", () => {
    const svg = timeChartSvg(
      {
        title: "t",
        unit: "PERCENT",
        locale: "en",
        lines: [line("a", 0, [{ t: t(2022), value: 66.2 }, { t: t(2024), value: 71 }]), line("b", 1, [{ t: t(2022), value: 50 }, { t: t(2024), value: 58 }])],
        segments: [
          { key: "ta", kind: "target", colour: 0, label: "2025 target — A", mark: "2025 target: 80%", from: { t: t(2022), value: 80 }, to: { t: t(2025), value: 80 } },
          { key: "tb", kind: "target", colour: 1, label: "2030 target — B", mark: "2030 target: 95%", from: { t: t(2022), value: 95 }, to: { t: t(2030), value: 95 } },
        ],
      },
      { width: 640, height: 300, id: "t", fluid: true },
    );
    expect(svg).toMatch(/data-kind="target" d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+" fill="none" stroke="#0072b2" stroke-width="2" stroke-dasharray="10 3 2 3"/);
    expect(svg).toMatch(/data-kind="target" [^>]*stroke="#cc79a7"/);
    expect(svg).toContain(">2025 target: 80%<");
    expect(svg).toContain(">2030 target: 95%<");
    // The time axis runs to the last target's year.
    expect(svg).toContain(">2030<");
    expectClear(labels(svg));
  });

  it("draws six units apart, their markers each their own shape, with no label over another at a phone's width", () => {
    const shapes = ["circle", "square", "triangle", "diamond", "star", "cross"] as const;
    const lines = shapes.map((shape, i) => ({ ...line(`u${i}`, i, [{ t: t(2020), value: 40 + i * 3 }, { t: t(2022), value: 50 + i * 2 }, { t: t(2024), value: 60 + i }]), shape }));
    const svg = timeChartSvg({ title: "six", unit: "PERCENT", locale: "vi", lines, segments: [] }, phone);
    expect(svg.match(/<g class="chart-series"/g)).toHaveLength(6);
    for (const [i, shape] of shapes.entries()) {
      const group = new RegExp(`data-series="u${i}">(.*?)</g>`).exec(svg)![1]!;
      expect(group).toContain(`<${{ circle: "circle", square: "rect", triangle: "polygon", diamond: "polygon", star: "polygon", cross: "path" }[shape]} `);
    }
    expectClear(labels(svg, 12));
    // A year label per band where there is room, every other one where there is not: never two over each other.
    const years = labels(svg, 12).filter((l) => /^20\d\d$/.test(l.text));
    expect(years.length).toBeGreaterThan(2);
  });

  it("says there is no data in words, and draws no line or zero for it", () => {
    const svg = timeChartSvg({ title: "n", unit: "PERCENT", locale: "vi", noData: "Chưa có số liệu", lines: [line("a", 0, [{ t: t(2022), value: null }])], segments: [] }, phone);
    expect(svg).toContain(">Chưa có số liệu<");
    expect(svg).not.toContain("chart-point");
    expect(svg).not.toContain(">0%<");
  });
});
