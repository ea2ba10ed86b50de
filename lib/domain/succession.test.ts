import { describe, expect, it } from "vitest";
import { carriedTargets, successorVerdict, unitsRankedFor } from "./succession";

const merged = new Date("2025-06-30T00:00:00Z");
const asOf = new Date("2026-11-26T00:00:00Z");
const target = { year: 2025, comparator: "GTE" as const, value: 100 };
const figure = (period: string, periodEnd: string, value: number) => ({ period, periodEnd: new Date(`${periodEnd}T00:00:00Z`), value });

describe("successorVerdict", () => {
  it("judges a dissolved unit's 2025 target by its successor's last 2025 figure", () => {
    const verdict = successorVerdict({ unitEnd: merged, target, asOf, successorObservations: [figure("2025-Q3", "2025-09-30", 96), figure("2025-Q4", "2025-12-31", 100)] });
    expect(verdict).toMatchObject({ status: "ACHIEVED", figure: { period: "2025-Q4" } });
  });

  it("says not achieved when that figure misses the target", () => {
    const verdict = successorVerdict({ unitEnd: merged, target, asOf, successorObservations: [figure("2025", "2025-12-31", 99), figure("2026-Q1", "2026-03-31", 100)] });
    expect(verdict).toMatchObject({ status: "NOT_ACHIEVED", figure: { period: "2025" } });
  });

  it("of a year and its last quarter, takes the quarter, the later figure", () => {
    const verdict = successorVerdict({ unitEnd: merged, target, asOf, successorObservations: [figure("2025-Q4", "2025-12-31", 100), figure("2025", "2025-12-31", 97)] });
    expect(verdict?.figure.period).toBe("2025-Q4");
  });

  it("does not apply to a unit that lived through the target year, before the year is over, or without a successor figure that year", () => {
    const successorObservations = [figure("2025-Q4", "2025-12-31", 100)];
    expect(successorVerdict({ unitEnd: null, target, asOf, successorObservations })).toBeNull();
    expect(successorVerdict({ unitEnd: new Date("2025-12-31T00:00:00Z"), target, asOf, successorObservations })).toBeNull();
    expect(successorVerdict({ unitEnd: merged, target, asOf: new Date("2025-11-30T00:00:00Z"), successorObservations })).toBeNull();
    expect(successorVerdict({ unitEnd: merged, target, asOf, successorObservations: [figure("2026-Q1", "2026-03-31", 100)] })).toBeNull();
  });
});

describe("carriedTargets", () => {
  const old = { slug: "an-giang", nameVi: "An Giang (đến 30/6/2025)", nameEn: "An Giang (to 30 Jun 2025)" };
  const other = { slug: "kien-giang", nameVi: "Kiên Giang", nameEn: "Kiên Giang" };
  const goal = (year: number, value: number) => ({ year, comparator: "GTE" as const, value });
  const start = new Date("2025-07-01T00:00:00Z");

  it("carries a predecessor's targets from the unit's first year on, where it has none of its own, saying whose", () => {
    const targets = carriedTargets({ own: [goal(2026, 90)], unitStart: start, predecessors: [{ unit: old, targets: [goal(2024, 70), goal(2025, 80), goal(2026, 85), goal(2030, 95)] }] });
    expect(targets.map((t) => [t.year, t.value, t.carriedFrom?.slug ?? null])).toEqual([
      [2025, 80, "an-giang"],
      [2026, 90, null],
      [2030, 95, "an-giang"],
    ]);
  });

  it("carries nothing where two predecessors disagree, and a target they share once", () => {
    const disagree = carriedTargets({ own: [], unitStart: start, predecessors: [{ unit: old, targets: [goal(2030, 95)] }, { unit: other, targets: [goal(2030, 90)] }] });
    expect(disagree).toEqual([]);
    const agree = carriedTargets({ own: [], unitStart: start, predecessors: [{ unit: old, targets: [goal(2030, 95)] }, { unit: other, targets: [goal(2030, 95)] }] });
    expect(agree).toHaveLength(1);
  });

  it("leaves a unit that was not formed by a merger with its own targets", () => {
    expect(carriedTargets({ own: [goal(2025, 80)], unitStart: null, predecessors: [{ unit: old, targets: [goal(2030, 95)] }] })).toEqual([{ ...goal(2025, 80), carriedFrom: null }]);
  });
});

describe("unitsRankedFor", () => {
  it("is 63 for a period that ended before 01/7/2025 and 34 after", () => {
    expect(unitsRankedFor(new Date("2025-06-30T00:00:00Z"))).toBe(63);
    expect(unitsRankedFor(new Date("2025-09-30T00:00:00Z"))).toBe(34);
  });
});
