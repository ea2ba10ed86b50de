import { describe, expect, it } from "vitest";
import { assessIndicator, countBuckets } from "./assessment";

const asOf = new Date("2026-11-26T00:00:00Z");
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("assessIndicator", () => {
  it("judges against the 2025 target and keeps the 2030 one beside it", () => {
    const result = assessIndicator({
      direction: "HIGHER_IS_BETTER",
      observations: [{ period: "2022", periodEnd: at("2022-12-31"), value: 66.2 }],
      targets: [
        { year: 2030, comparator: "GTE", value: 95 },
        { year: 2025, comparator: "GTE", value: 80 },
      ],
      asOf,
    });
    expect(result.target?.year).toBe(2025);
    expect(result.laterTarget?.year).toBe(2030);
    // 2025 has passed and no 2025 figure exists: no verdict is invented.
    expect(result.progress).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_DATA_FOR_TARGET_YEAR", final: true });
    expect(result.bucket).toBe("UNASSESSED");
    // 80 − 66.2 = 13.8 points still to go.
    expect(result.gap).toBeCloseTo(13.8, 10);
  });

  it("is NO_DATA without a figure, never a zero", () => {
    const result = assessIndicator({ direction: "HIGHER_IS_BETTER", observations: [], targets: [{ year: 2025, comparator: "GT", value: 50 }], asOf });
    expect(result.latest).toBeNull();
    expect(result.gap).toBeNull();
    expect(result.bucket).toBe("NO_DATA");
  });

  it("takes the shorter period as the later figure when two end the same day", () => {
    const result = assessIndicator({
      direction: "HIGHER_IS_BETTER",
      observations: [
        { period: "2023-Q4", periodEnd: at("2023-12-31"), value: 71 },
        { period: "2023", periodEnd: at("2023-12-31"), value: 68 },
      ],
      targets: [],
      asOf,
    });
    expect(result.latest?.period).toBe("2023-Q4");
  });

  it("falls back to the earliest target year when there is no 2025 target", () => {
    const result = assessIndicator({
      direction: "HIGHER_IS_BETTER",
      observations: [{ period: "2022", periodEnd: at("2022-12-31"), value: 100 }],
      targets: [{ year: 2030, comparator: "GTE", value: 100 }],
      asOf,
    });
    expect(result.target?.year).toBe(2030);
    expect(result.laterTarget).toBeNull();
    expect(result.bucket).toBe("ACHIEVED");
  });
});

describe("countBuckets", () => {
  it("counts every bucket, zero where none", () => {
    expect(countBuckets(["ACHIEVED", "NO_DATA", "NO_DATA"])).toEqual({ ACHIEVED: 1, ON_TRACK: 0, OFF_TRACK: 0, UNASSESSED: 0, NO_DATA: 2 });
  });
});

describe("assessIndicator for a unit merged away before its target year ended", () => {
  const obs = (period: string, end: string, value: number) => ({ period, periodEnd: new Date(`${end}T00:00:00Z`), value });
  const input = {
    direction: "HIGHER_IS_BETTER" as const,
    observations: [obs("2022", "2022-12-31", 66.2), obs("2024-Q3", "2024-09-30", 72.4)],
    targets: [{ year: 2025, comparator: "GTE" as const, value: 80 }],
    asOf: new Date("2026-11-26T00:00:00Z"),
  };

  it("cannot judge the target on its own figures", () => {
    const a = assessIndicator(input);
    expect(a.progress).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_DATA_FOR_TARGET_YEAR", final: true });
    expect(a.successorFigure).toBeNull();
  });

  it("takes the verdict from its successor's 2025 figure, with nothing left to close", () => {
    const successor = { unitEnd: new Date("2025-06-30T00:00:00Z"), observations: [obs("2025", "2025-12-31", 81.2)] };
    const a = assessIndicator({ ...input, successor });
    expect(a.progress).toMatchObject({ status: "ACHIEVED", final: true });
    expect(a.bucket).toBe("ACHIEVED");
    expect(a.successorFigure).toMatchObject({ value: 81.2, period: "2025" });
    expect(a.gap).toBeNull();
    expect(a.latest).toMatchObject({ value: 72.4 });
  });
});

describe("assessIndicator for a unit that no longer exists", () => {
  const obs = (period: string, end: string, value: number) => ({ period, periodEnd: new Date(`${end}T00:00:00Z`), value });
  const unitEnd = new Date("2025-06-30T00:00:00Z");
  const input = {
    direction: "HIGHER_IS_BETTER" as const,
    observations: [obs("2023", "2023-12-31", 10.2), obs("2024", "2024-12-31", 11)],
    targets: [
      { year: 2025, comparator: "GTE" as const, value: 20 },
      { year: 2030, comparator: "GTE" as const, value: 30 },
    ],
    asOf: new Date("2026-11-26T00:00:00Z"),
    unitEnd,
  };

  it("is not judged against a target of a year after its end, and keeps no pace or gap", () => {
    const a = assessIndicator(input);
    expect(a.ended).toBe(true);
    expect(a.target?.year).toBe(2025);
    // The 2030 target is shown as passed on, not judged.
    expect(a.laterTarget?.year).toBe(2030);
    expect(a.verdicts.find((v) => v.target.year === 2030)).toMatchObject({ passedOn: true, evidence: null });
    expect(a.open).toBeNull();
    expect(a.gap).toBeNull();
    expect(a.pacePerQuarter).toBeNull();
  });

  it("with only later targets, is judged on none of them", () => {
    const a = assessIndicator({ ...input, targets: [{ year: 2030, comparator: "GTE" as const, value: 30 }] });
    expect(a.target).toBeNull();
    expect(a.progress).toMatchObject({ status: "UNABLE_TO_ASSESS", reason: "NO_TARGET" });
    expect(a.laterTarget?.year).toBe(2030);
    expect(a.verdicts.map((v) => v.passedOn)).toEqual([true]);
  });

  it("is judged as any unit on the days it still existed", () => {
    const a = assessIndicator({ ...input, asOf: new Date("2025-01-01T00:00:00Z") });
    expect(a.ended).toBe(false);
    expect(a.verdicts.find((v) => v.target.year === 2030)?.passedOn).toBe(false);
    expect(a.open?.target.year).toBe(2025);
    expect(a.pacePerQuarter).not.toBeNull();
  });
});
