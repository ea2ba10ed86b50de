import { describe, it, expect } from "vitest";
import { chartRows, lineage, neededPath, targetTime, toPoints, trendProjection, type UnitNode } from "./series";

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const MERGED = new Date("2025-06-30T00:00:00Z");
const FORMED = new Date("2025-07-01T00:00:00Z");
const dissolved = (slug: string, successorSlug: string): UnitNode => ({ slug, successorSlug, validFrom: null, validTo: MERGED });
const formed = (slug: string): UnitNode => ({ slug, successorSlug: null, validFrom: FORMED, validTo: null });
const plain = (slug: string): UnitNode => ({ slug, successorSlug: null, validFrom: null, validTo: null });

// Mirrors the seed: predecessors in sortOrder, successors after them.
const UNITS: UnitNode[] = [
  dissolved("an-giang", "an-giang-2025"),
  dissolved("hau-giang", "can-tho-2025"),
  dissolved("kien-giang", "an-giang-2025"),
  dissolved("can-tho", "can-tho-2025"),
  dissolved("soc-trang", "can-tho-2025"),
  plain("ha-noi"),
  formed("an-giang-2025"),
  formed("can-tho-2025"),
];

// 2022-12-31 → 2026-12-31 → 2030-12-31 are 4 and 8 × 365.25 days: x = 0, 4, 8 years.
const pts = (...pairs: Array<[string, number]>) => toPoints(pairs.map(([period, value]) => ({ period, value })));

describe("lineage", () => {
  it("puts a dissolved unit before its successor", () => {
    expect(lineage("an-giang", UNITS)).toEqual([
      { slug: "an-giang", role: "own" },
      { slug: "an-giang-2025", role: "successor" },
    ]);
  });

  it("lists a successor's three predecessors in the given order, then the successor", () => {
    expect(lineage("can-tho-2025", UNITS)).toEqual([
      { slug: "hau-giang", role: "predecessor" },
      { slug: "can-tho", role: "predecessor" },
      { slug: "soc-trang", role: "predecessor" },
      { slug: "can-tho-2025", role: "own" },
    ]);
  });

  it("does not pull in the successor's other predecessors for a dissolved unit", () => {
    expect(lineage("kien-giang", UNITS).map((e) => e.slug)).toEqual(["kien-giang", "an-giang-2025"]);
  });

  it("gives an unchanged unit alone, and nothing for an unknown slug", () => {
    expect(lineage("ha-noi", UNITS)).toEqual([{ slug: "ha-noi", role: "own" }]);
    expect(lineage("atlantis", UNITS)).toEqual([]);
    expect(lineage("ha-noi", [])).toEqual([]);
  });

  it("leaves out a successor that is not in the list", () => {
    const units = UNITS.filter((u) => u.slug !== "an-giang-2025");
    expect(lineage("an-giang", units)).toEqual([{ slug: "an-giang", role: "own" }]);
  });

  it("follows a chain of mergers both ways, oldest first", () => {
    const chain = [dissolved("b", "c"), plain("c"), dissolved("a", "b")];
    expect(lineage("a", chain)).toEqual([
      { slug: "a", role: "own" },
      { slug: "b", role: "successor" },
      { slug: "c", role: "successor" },
    ]);
    expect(lineage("b", chain)).toEqual([
      { slug: "a", role: "predecessor" },
      { slug: "b", role: "own" },
      { slug: "c", role: "successor" },
    ]);
    expect(lineage("c", chain).map((e) => e.slug)).toEqual(["a", "b", "c"]);
  });

  it("stops on a cycle and names each unit once", () => {
    expect(lineage("a", [dissolved("a", "b"), dissolved("b", "a")])).toEqual([
      { slug: "b", role: "predecessor" },
      { slug: "a", role: "own" },
    ]);
    expect(lineage("a", [dissolved("a", "a")])).toEqual([{ slug: "a", role: "own" }]);
  });
});

describe("toPoints", () => {
  it("dates each figure at its period's last day and sorts chronologically", () => {
    expect(pts(["2024-Q3", 3], ["2023", 1], ["2024-H1", 2])).toEqual([
      { period: "2023", t: t("2023-12-31"), value: 1 },
      { period: "2024-H1", t: t("2024-06-30"), value: 2 },
      { period: "2024-Q3", t: t("2024-09-30"), value: 3 },
    ]);
  });

  it("orders two figures ending the same day: the year before its Q4", () => {
    const points = pts(["2023-Q4", 55], ["2023", 50]);
    expect(points.map((p) => p.period)).toEqual(["2023", "2023-Q4"]);
    expect(points[0]?.t).toBe(points[1]?.t);
  });

  it("returns the canonical period code", () => {
    expect(pts([" 2024-Q1 ", 7])).toEqual([{ period: "2024-Q1", t: t("2024-03-31"), value: 7 }]);
  });

  it("is empty for no observations", () => {
    expect(toPoints([])).toEqual([]);
  });

  it.each(["2023-Q5", "23", "", "2023-M1", "1900"])("throws on the malformed period %j", (period) => {
    expect(() => toPoints([{ period: "2023", value: 1 }, { period, value: 2 }])).toThrow(RangeError);
  });
});

describe("targetTime", () => {
  it("is 31 December of the target year at 00:00 UTC", () => {
    expect(targetTime(2025)).toBe(Date.UTC(2025, 11, 31));
    expect(targetTime(2030)).toBe(t("2030-12-31"));
  });
});

describe("neededPath", () => {
  it("runs from the first figure to the target at 31 Dec of the target year", () => {
    expect(neededPath(pts(["2024", 60], ["2022", 40]), { year: 2030, value: 80 })).toEqual([
      { t: t("2022-12-31"), value: 40 },
      { t: t("2030-12-31"), value: 80 },
    ]);
  });

  it("works from a single figure", () => {
    expect(neededPath(pts(["2024-Q2", 55]), { year: 2025, value: 80 })).toEqual([
      { t: t("2024-06-30"), value: 55 },
      { t: t("2025-12-31"), value: 80 },
    ]);
  });

  it("starts at the year figure when the year and its Q4 end the same day", () => {
    expect(neededPath(pts(["2023-Q4", 55], ["2023", 50]), { year: 2025, value: 80 })?.[0]).toEqual({ t: t("2023-12-31"), value: 50 });
  });

  it("runs downwards for a falling target", () => {
    expect(neededPath(pts(["2022", 30]), { year: 2030, value: 10 })?.[1]).toEqual({ t: t("2030-12-31"), value: 10 });
  });

  it("is null without figures, or when the first figure is on or after the target date", () => {
    expect(neededPath([], { year: 2025, value: 80 })).toBeNull();
    expect(neededPath(pts(["2025", 70]), { year: 2025, value: 80 })).toBeNull();
    expect(neededPath(pts(["2026-Q1", 70], ["2027", 75]), { year: 2025, value: 80 })).toBeNull();
  });
});

describe("trendProjection", () => {
  const PERCENT = { min: 0, max: 100 };

  it("carries the trend from the latest date to 31 Dec of the target year", () => {
    // slope (60 − 40) / 4 y = 5 per year; at x = 8 → 80
    const result = trendProjection(pts(["2022", 40], ["2026", 60]), 2030, PERCENT);
    expect(result).toEqual({ from: { t: t("2026-12-31"), value: 60 }, to: { t: t("2030-12-31"), value: 80 }, clamped: false });
  });

  it("starts at the fitted value, not the latest figure", () => {
    // x = 0, 4, 8 (2022, 2026, 2030); y = 40, 70, 60: mean 56.667, slope 80 / 32 = 2.5;
    // fitted at x = 8: 66.667; 2034-12-31 is x = 12 → 76.667
    const result = trendProjection(pts(["2022", 40], ["2026", 70], ["2030", 60]), 2034);
    expect(result?.from.t).toBe(t("2030-12-31"));
    expect(result?.from.value).toBeCloseTo(66.6667, 4);
    expect(result?.to.t).toBe(t("2034-12-31"));
    expect(result?.to.value).toBeCloseTo(76.6667, 4);
    expect(result?.clamped).toBe(false);
  });

  it("follows a decreasing series down", () => {
    // slope −2.5 per year: 50 → 40 over 4 y, 30 by 2030
    const result = trendProjection(pts(["2022", 50], ["2026", 40]), 2030, PERCENT);
    expect(result?.to.value).toBeCloseTo(30, 9);
    expect(result?.clamped).toBe(false);
  });

  it("caps a percentage that would pass 100 and says so", () => {
    // slope 7.5 per year: 60 → 90 by 2026, 120 by 2030 unbounded
    const points = pts(["2022", 60], ["2026", 90]);
    expect(trendProjection(points, 2030)?.to.value).toBeCloseTo(120, 9);
    const capped = trendProjection(points, 2030, PERCENT);
    expect(capped?.to).toEqual({ t: t("2030-12-31"), value: 100 });
    expect(capped?.from.value).toBeCloseTo(90, 9);
    expect(capped?.clamped).toBe(true);
  });

  it("floors a percentage that would go below 0", () => {
    // slope −5 per year: 30 → 10 by 2026, −10 by 2030 unbounded
    const capped = trendProjection(pts(["2022", 30], ["2026", 10]), 2030, PERCENT);
    expect(capped?.to.value).toBe(0);
    expect(capped?.clamped).toBe(true);
  });

  it("applies a one-sided bound, and rejects inverted bounds", () => {
    const points = pts(["2022", 60], ["2026", 90]);
    expect(trendProjection(points, 2030, { min: null, max: 100 })?.to.value).toBe(100);
    expect(trendProjection(points, 2030, { min: 0, max: null })?.to.value).toBeCloseTo(120, 9);
    expect(() => trendProjection(points, 2030, { min: 100, max: 0 })).toThrow(RangeError);
  });

  it("is null for no figures, one figure, or figures all on one date", () => {
    expect(trendProjection([], 2030)).toBeNull();
    expect(trendProjection(pts(["2024", 50]), 2030)).toBeNull();
    expect(trendProjection(pts(["2023-Q4", 55], ["2023", 50]), 2030)).toBeNull();
  });

  it("is null when the latest figure is on or after the target date", () => {
    expect(trendProjection(pts(["2024", 50], ["2025", 60]), 2025)).toBeNull();
    expect(trendProjection(pts(["2024", 50], ["2026-Q1", 60]), 2025)).toBeNull();
  });

  it("fits all figures, including those after an earlier target year", () => {
    // the 2026 figure counts towards the 2030 trend; slope 5 per year
    expect(trendProjection(pts(["2022", 40], ["2026", 60]), 2030)?.from.t).toBe(t("2026-12-31"));
  });
});

describe("chartRows", () => {
  const old = pts(["2022", 40], ["2024-H1", 50]);
  const merged = pts(["2026", 60], ["2025-Q4", 55]);

  it("orders by unit, then kind, then target year and time", () => {
    const rows = chartRows({
      series: [
        { unit: "an-giang", points: old },
        { unit: "an-giang-2025", points: merged },
      ],
      targets: [
        { unit: "an-giang-2025", year: 2030, value: 80 },
        { unit: "an-giang-2025", year: 2025, value: 70 },
      ],
      needed: [{ unit: "an-giang-2025", from: { t: t("2025-12-31"), value: 55 }, to: { t: t("2030-12-31"), value: 80 } }],
      projections: [
        { unit: "an-giang-2025", from: { t: t("2026-12-31"), value: 61 }, to: { t: t("2030-12-31"), value: 85 } },
        { unit: "an-giang", from: { t: t("2024-06-30"), value: 50 }, to: { t: t("2025-12-31"), value: 65 } },
      ],
    });
    expect(rows).toEqual([
      { unit: "an-giang", kind: "observed", period: "2022", year: null, t: t("2022-12-31"), value: 40 },
      { unit: "an-giang", kind: "observed", period: "2024-H1", year: null, t: t("2024-06-30"), value: 50 },
      { unit: "an-giang", kind: "projection", period: null, year: 2025, t: t("2024-06-30"), value: 50 },
      { unit: "an-giang", kind: "projection", period: null, year: 2025, t: t("2025-12-31"), value: 65 },
      { unit: "an-giang-2025", kind: "observed", period: "2025-Q4", year: null, t: t("2025-12-31"), value: 55 },
      { unit: "an-giang-2025", kind: "observed", period: "2026", year: null, t: t("2026-12-31"), value: 60 },
      { unit: "an-giang-2025", kind: "target", period: null, year: 2025, t: t("2025-12-31"), value: 70 },
      { unit: "an-giang-2025", kind: "target", period: null, year: 2030, t: t("2030-12-31"), value: 80 },
      // the needed path starts at the observed 2025-Q4 figure: only its end is a row
      { unit: "an-giang-2025", kind: "needed", period: null, year: 2030, t: t("2030-12-31"), value: 80 },
      { unit: "an-giang-2025", kind: "projection", period: null, year: 2030, t: t("2026-12-31"), value: 61 },
      { unit: "an-giang-2025", kind: "projection", period: null, year: 2030, t: t("2030-12-31"), value: 85 },
    ]);
  });

  it("keeps the two ends of a 2025 and a 2030 projection together", () => {
    const from = { t: t("2024-12-31"), value: 60 };
    const rows = chartRows({
      series: [],
      targets: [],
      needed: [],
      projections: [
        { unit: "x", from, to: { t: t("2030-12-31"), value: 90 } },
        { unit: "x", from, to: { t: t("2025-12-31"), value: 65 } },
      ],
    });
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2025, 60],
      [2025, 65],
      [2030, 60],
      [2030, 90],
    ]);
  });

  it("adds a needed path's start only when it is not an observed figure", () => {
    const rows = chartRows({
      series: [{ unit: "x", points: pts(["2023", 50]) }],
      targets: [],
      needed: [{ unit: "x", from: { t: t("2022-12-31"), value: 45 }, to: { t: t("2025-12-31"), value: 80 } }],
      projections: [],
    });
    expect(rows.filter((r) => r.kind === "needed").map((r) => r.value)).toEqual([45, 80]);
  });

  it("keeps figures that share a date in toPoints' order", () => {
    const rows = chartRows({ series: [{ unit: "x", points: pts(["2023-Q4", 55], ["2023", 50]) }], targets: [], needed: [], projections: [] });
    expect(rows.map((r) => r.period)).toEqual(["2023", "2023-Q4"]);
  });

  it("turns what the chart computes into rows, capped projection included", () => {
    const points = pts(["2022", 60], ["2026", 90]);
    const target = { year: 2030, value: 95 };
    const path = neededPath(points, target);
    const trend = trendProjection(points, target.year, { min: 0, max: 100 });
    if (!path || !trend) throw new Error("expected a needed path and a projection");
    const rows = chartRows({
      series: [{ unit: "x", points }],
      targets: [{ unit: "x", ...target }],
      needed: [{ unit: "x", from: path[0], to: path[1] }],
      projections: [{ unit: "x", from: trend.from, to: trend.to }],
    });
    expect(rows.map((r) => r.kind)).toEqual(["observed", "observed", "target", "needed", "projection", "projection"]);
    expect(rows.at(-1)).toEqual({ unit: "x", kind: "projection", period: null, year: 2030, t: t("2030-12-31"), value: 100 });
  });

  it("is empty for an empty chart", () => {
    expect(chartRows({ series: [], targets: [], needed: [], projections: [] })).toEqual([]);
  });
});
