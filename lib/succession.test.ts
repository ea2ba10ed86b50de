import { describe, expect, it } from "vitest";
import { successorVerdict } from "./succession";

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
