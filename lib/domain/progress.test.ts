import { describe, it, expect } from "vitest";
import {
  classifyRatio,
  gapToTarget,
  linearProjection,
  pacePerQuarter,
  progressStatus,
  type Point,
  type TargetSpec,
} from "./progress";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string, value: number): Point => ({ periodEnd: utc(iso), value });

// 2022-12-31 → 2026-12-31 is 1461 days = 4 × 365.25 (one leap day, 2024): t = 4 years.
// 2022-12-31 → 2030-12-31 is 2922 days = 8 × 365.25 (2024, 2028): T = 8 years.
const BASE = "2022-12-31";
const LATEST = "2026-12-31";
const AS_OF = utc("2027-03-01");
const gte80by2030: TargetSpec = { year: 2030, comparator: "GTE", value: 80 };

describe("progressStatus — cannot assess", () => {
  it("says NO_DATA without points", () => {
    expect(progressStatus({ points: [], target: gte80by2030, direction: "HIGHER_IS_BETTER", asOf: AS_OF })).toEqual({
      status: "UNABLE_TO_ASSESS",
      ratio: null,
      reason: "NO_DATA",
      final: false,
    });
  });

  it("says NO_TARGET for a count indicator that has none", () => {
    // e.g. number of digital-technology firms: 1.200 → 1.506, but no target set
    const result = progressStatus({
      points: [at(BASE, 1200), at(LATEST, 1506)],
      target: null,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_TARGET", ratio: null });
  });

  it("says ONE_OBSERVATION with a single point short of the target", () => {
    const result = progressStatus({
      points: [at(LATEST, 66.2)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "ONE_OBSERVATION", final: false });
  });

  it("says NO_TIME_ELAPSED when every point has the same period end", () => {
    const result = progressStatus({
      points: [at(LATEST, 50), at(LATEST, 60)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_TIME_ELAPSED" });
  });

  it("says NO_TIME_ELAPSED when the baseline is already dated at the target date", () => {
    // baseline 2030-12-31 → T = 0 years: no span to require growth over
    const result = progressStatus({
      points: [at("2030-12-31", 50), at("2031-12-31", 60)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: new Date("2030-12-31T12:00:00Z"),
    });
    expect(result).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_TIME_ELAPSED" });
  });
});

describe("progressStatus — target already met", () => {
  it("is ACHIEVED with one point at the target", () => {
    const result = progressStatus({
      points: [at(LATEST, 80)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toEqual({ status: "ACHIEVED", ratio: null, reason: null, final: false });
  });

  it("judges the latest point even when the input is out of order", () => {
    // sorted: 2022 → 40, 2024 → 60, 2026 → 85; 85 ≥ 80
    const result = progressStatus({
      points: [at("2024-12-31", 60), at(LATEST, 85), at(BASE, 40)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result.status).toBe("ACHIEVED");
  });

  it("'more than 70 %' is not met by 70 but is by 70.1; '80 %' is met by 80", () => {
    const gt70: TargetSpec = { year: 2030, comparator: "GT", value: 70 };
    const run = (value: number, target: TargetSpec) =>
      progressStatus({ points: [at(LATEST, value)], target, direction: "HIGHER_IS_BETTER", asOf: AS_OF }).status;
    expect(run(70, gt70)).toBe("UNABLE_TO_ASSESS");
    expect(run(70.1, gt70)).toBe("ACHIEVED");
    expect(run(80, gte80by2030)).toBe("ACHIEVED");
  });
});

describe("progressStatus — target year passed", () => {
  const gte80by2025: TargetSpec = { year: 2025, comparator: "GTE", value: 80 };
  const after2025 = utc("2026-02-01");
  const run = (points: Point[], asOf = after2025) =>
    progressStatus({ points, target: gte80by2025, direction: "HIGHER_IS_BETTER", asOf });

  it("is ACHIEVED when a figure for the target year meets it", () => {
    expect(run([at("2024-12-31", 60), at("2025-12-31", 82)])).toEqual({
      status: "ACHIEVED",
      ratio: null,
      reason: null,
      final: true,
    });
  });

  it("rests on the last figure of the target year: a mid-year high that slipped is NOT_ACHIEVED", () => {
    // 2025-Q2 = 81 ≥ 80, but the year ended at 79
    expect(run([at("2025-06-30", 81), at("2025-12-31", 79)]).status).toBe("NOT_ACHIEVED");
  });

  it("ignores figures after the target year: a 2026 figure does not achieve a 2025 target", () => {
    // 2025 = 70 misses; 2026-H1 = 85 would meet it, but too late
    const later = run([at("2025-12-31", 70), at("2026-06-30", 85)], utc("2026-11-26"));
    expect(later).toMatchObject({ status: "NOT_ACHIEVED", final: true });
    // With only later figures there is nothing to judge 2025 on.
    expect(run([at("2026-06-30", 85)], utc("2026-11-26"))).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_DATA_FOR_TARGET_YEAR" });
  });

  it("is NOT_ACHIEVED when the target-year figure misses", () => {
    expect(run([at("2024-12-31", 60), at("2025-12-31", 75)])).toEqual({
      status: "NOT_ACHIEVED",
      ratio: null,
      reason: null,
      final: true,
    });
  });

  it("is UNABLE_TO_ASSESS without a figure for the target year", () => {
    expect(run([at("2023-12-31", 60), at("2024-12-31", 70)])).toEqual({
      status: "UNABLE_TO_ASSESS",
      ratio: null,
      reason: "NO_DATA_FOR_TARGET_YEAR",
      final: true,
    });
  });

  it("is ACHIEVED without a target-year figure when the latest point already met it", () => {
    expect(run([at("2023-12-31", 60), at("2024-12-31", 85)])).toMatchObject({ status: "ACHIEVED", final: true });
  });

  it("passes at 1 January 00:00 UTC after the target year, not a millisecond earlier", () => {
    const points = [at("2024-12-31", 60), at("2025-09-30", 75)];
    // still open: t = 273 / 365.25 = 0.74743 y, observed = 1.25^(1/0.74743) − 1 = 0.3479;
    // T = 365 / 365.25 = 0.99932 y, required = (80/60)^(1/0.99932) − 1 = 0.3336; ratio ≈ 1.043
    const open = run(points, new Date("2025-12-31T23:59:59.999Z"));
    expect(open).toMatchObject({ status: "ON_TRACK", final: false });
    expect(open.ratio).toBeCloseTo(1.043, 3);
    expect(run(points, new Date("2026-01-01T00:00:00Z"))).toMatchObject({ status: "NOT_ACHIEVED", final: true });
  });
});

describe("progressStatus — pace bands (baseline 5 % in 2022, target ≥ 80 % by 2030)", () => {
  // required = (80/5)^(1/8) − 1 = 16^(1/8) − 1 = √2 − 1 = 0.414214
  const run = (latest: number) =>
    progressStatus({
      points: [at(BASE, 5), at(LATEST, latest)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });

  it("is ON_TRACK at ratio 1", () => {
    // observed = (20/5)^(1/4) − 1 = √2 − 1 = 0.414214 → ratio 1
    const result = run(20);
    expect(result).toMatchObject({ status: "ON_TRACK", reason: null, final: false });
    expect(result.ratio).toBeCloseTo(1, 10);
  });

  it("is ACCELERATION_NEEDED at ratio 0.763", () => {
    // observed = 3^(1/4) − 1 = 0.316074; 0.316074 / 0.414214 = 0.76307
    const result = run(15);
    expect(result.status).toBe("ACCELERATION_NEEDED");
    expect(result.ratio).toBeCloseTo(0.76307, 5);
  });

  it("is LIMITED_PROGRESS at ratio 0.457", () => {
    // observed = 2^(1/4) − 1 = 0.189207; 0.189207 / 0.414214 = 0.45679
    const result = run(10);
    expect(result.status).toBe("LIMITED_PROGRESS");
    expect(result.ratio).toBeCloseTo(0.45679, 5);
  });

  it("is LIMITED_PROGRESS at ratio 0 when nothing moved", () => {
    // observed = 1^(1/4) − 1 = 0
    expect(run(5)).toMatchObject({ status: "LIMITED_PROGRESS", ratio: 0 });
  });

  it("is DETERIORATION at ratio −0.131", () => {
    // observed = 0.8^(1/4) − 1 = −0.054258; −0.054258 / 0.414214 = −0.13099
    const result = run(4);
    expect(result.status).toBe("DETERIORATION");
    expect(result.ratio).toBeCloseTo(-0.13099, 5);
  });
});

describe("classifyRatio boundaries", () => {
  it.each([
    [0.95, "ON_TRACK"],
    [0.9499, "ACCELERATION_NEEDED"],
    [0.6, "ACCELERATION_NEEDED"],
    [0.5999, "LIMITED_PROGRESS"],
    [0, "LIMITED_PROGRESS"],
    [-0.0001, "DETERIORATION"],
  ])("ratio %d → %s", (ratio, status) => {
    expect(classifyRatio(ratio)).toBe(status);
  });
});

describe("progressStatus — lower is better (late dossiers: 80 % in 2022, target ≤ 5 % by 2030)", () => {
  const lte5by2030: TargetSpec = { year: 2030, comparator: "LTE", value: 5 };
  const run = (latest: number) =>
    progressStatus({
      points: [at(BASE, 80), at(LATEST, latest)],
      target: lte5by2030,
      direction: "LOWER_IS_BETTER",
      asOf: AS_OF,
    });

  it("counts a fall as progress", () => {
    // required = −((5/80)^(1/8) − 1) = −(1/√2 − 1) = 0.292893
    // observed = −((20/80)^(1/4) − 1) = −(1/√2 − 1) = 0.292893 → ratio 1
    const result = run(20);
    expect(result.status).toBe("ON_TRACK");
    expect(result.ratio).toBeCloseTo(1, 10);
  });

  it("counts a rise as deterioration", () => {
    // observed = −((90/80)^(1/4) − 1) = −0.029884; −0.029884 / 0.292893 = −0.10203
    const result = run(90);
    expect(result.status).toBe("DETERIORATION");
    expect(result.ratio).toBeCloseTo(-0.10203, 5);
  });

  it("is ACHIEVED once at or below the target", () => {
    expect(run(5).status).toBe("ACHIEVED");
  });
});

describe("progressStatus — zero values", () => {
  it("replaces a zero baseline with 0.001 so growth stays finite", () => {
    // observed = (10/0.001)^(1/4) − 1 = 10000^(1/4) − 1 = 9
    // required = (80/0.001)^(1/8) − 1 = 80000^(1/8) − 1 = 3.100967; ratio = 9 / 3.100967 = 2.9023
    const result = progressStatus({
      points: [at(BASE, 0), at(LATEST, 10)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result.status).toBe("ON_TRACK");
    expect(result.ratio).toBeCloseTo(2.9023, 4);
  });
});

describe("progressStatus — baseline already beyond the target", () => {
  it("is DETERIORATION when the value slipped back below the target", () => {
    // required = (80/85)^(1/8) − 1 < 0: no growth needed, yet 78 < 80; observed = (78/85)^(1/4) − 1 < 0
    const result = progressStatus({
      points: [at(BASE, 85), at(LATEST, 78)],
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toEqual({ status: "DETERIORATION", ratio: null, reason: null, final: false });
  });

  it("is LIMITED_PROGRESS when stuck exactly on a strict target", () => {
    // "> 70 %": 70 → 70, required = (70/70)^(1/8) − 1 = 0 and observed = 0
    const result = progressStatus({
      points: [at(BASE, 70), at(LATEST, 70)],
      target: { year: 2030, comparator: "GT", value: 70 },
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toEqual({ status: "LIMITED_PROGRESS", ratio: null, reason: null, final: false });
  });

  it("is ON_TRACK when moving the better way although no growth was required", () => {
    // "= 50" reading higher-is-better: required = (50/55)^(1/8) − 1 < 0, observed = (60/55)^(1/4) − 1 > 0
    const result = progressStatus({
      points: [at(BASE, 55), at(LATEST, 60)],
      target: { year: 2030, comparator: "EQ", value: 50 },
      direction: "HIGHER_IS_BETTER",
      asOf: AS_OF,
    });
    expect(result).toMatchObject({ status: "ON_TRACK", ratio: null });
  });
});

describe("progressStatus — invalid values", () => {
  it("refuses negative values, for which compound growth is undefined", () => {
    expect(() =>
      progressStatus({
        points: [at(BASE, -5), at(LATEST, 10)],
        target: gte80by2030,
        direction: "HIGHER_IS_BETTER",
        asOf: AS_OF,
      }),
    ).toThrow(RangeError);
  });
});

describe("gapToTarget", () => {
  it("measures what is left to gain when higher is better", () => {
    // 80 − 66.2 = 13.8
    expect(gapToTarget(66.2, gte80by2030, "HIGHER_IS_BETTER")).toBeCloseTo(13.8, 10);
  });

  it("measures what is left to cut when lower is better", () => {
    // 12 − 5 = 7
    expect(gapToTarget(12, { year: 2030, comparator: "LTE", value: 5 }, "LOWER_IS_BETTER")).toBe(7);
  });

  it("is 0 once met, never negative", () => {
    expect(gapToTarget(91, gte80by2030, "HIGHER_IS_BETTER")).toBe(0);
    expect(gapToTarget(3, { year: 2030, comparator: "LTE", value: 5 }, "LOWER_IS_BETTER")).toBe(0);
  });

  it("is 0 exactly on a strict target although the target is not met", () => {
    // "> 70 %" at 70: 70 − 70 = 0
    expect(gapToTarget(70, { year: 2030, comparator: "GT", value: 70 }, "HIGHER_IS_BETTER")).toBe(0);
  });
});

describe("pacePerQuarter", () => {
  it("spreads the gap over the quarters left", () => {
    // gap 80 − 66.2 = 13.8; 2027-Q1..2030-Q4 = 16 quarters; 13.8 / 16 = 0.8625
    const pace = pacePerQuarter({
      latest: 66.2,
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: utc("2026-11-26"),
    });
    expect(pace).toBeCloseTo(0.8625, 10);
  });

  it("works for lower-is-better targets", () => {
    // gap 12 − 5 = 7; from 2029-Q4: 2030-Q1..Q4 = 4 quarters; 7 / 4 = 1.75
    const pace = pacePerQuarter({
      latest: 12,
      target: { year: 2030, comparator: "LTE", value: 5 },
      direction: "LOWER_IS_BETTER",
      asOf: utc("2029-12-15"),
    });
    expect(pace).toBe(1.75);
  });

  it("puts the whole gap on the last quarter", () => {
    // from 2030-Q3 only 2030-Q4 remains: 13.8 / 1
    const pace = pacePerQuarter({
      latest: 66.2,
      target: gte80by2030,
      direction: "HIGHER_IS_BETTER",
      asOf: utc("2030-08-01"),
    });
    expect(pace).toBeCloseTo(13.8, 10);
  });

  it("is null when no quarter remains and the target is not met", () => {
    const base = { latest: 66.2, target: gte80by2030, direction: "HIGHER_IS_BETTER" as const };
    expect(pacePerQuarter({ ...base, asOf: utc("2030-11-01") })).toBeNull();
    expect(pacePerQuarter({ ...base, asOf: utc("2031-02-01") })).toBeNull();
  });

  it("is 0 when the target is met, even after the target year", () => {
    const base = { latest: 85, target: gte80by2030, direction: "HIGHER_IS_BETTER" as const };
    expect(pacePerQuarter({ ...base, asOf: utc("2026-11-26") })).toBe(0);
    expect(pacePerQuarter({ ...base, asOf: utc("2031-02-01") })).toBe(0);
  });
});

describe("linearProjection", () => {
  it("is exact for three collinear points", () => {
    // 50, 60, 70 at 0, 4, 8 years → slope 2.5 / year; 2034-12-31 is 12 years on: 50 + 2.5 × 12 = 80
    const points = [at("2030-12-31", 70), at(BASE, 50), at(LATEST, 60)];
    expect(linearProjection(points, utc("2034-12-31"))).toBeCloseTo(80, 10);
    expect(linearProjection(points, utc(BASE))).toBeCloseTo(50, 10);
  });

  it("fits the least-squares line through scattered points", () => {
    // x = 0, 4, 8; y = 1, 3, 2: mean x 4, mean y 2; Sxy = (−4)(−1) + 0 + 4·0 = 4; Sxx = 32
    // slope 4 / 32 = 0.125; at x = 8: 2 + 0.125 × 4 = 2.5
    const points = [at(BASE, 1), at(LATEST, 3), at("2030-12-31", 2)];
    expect(linearProjection(points, utc("2030-12-31"))).toBeCloseTo(2.5, 10);
  });

  it("is null with fewer than two points or all on one date", () => {
    expect(linearProjection([], utc("2030-12-31"))).toBeNull();
    expect(linearProjection([at(BASE, 1)], utc("2030-12-31"))).toBeNull();
    expect(linearProjection([at(BASE, 1), at(BASE, 3)], utc("2030-12-31"))).toBeNull();
  });
});
