import { describe, expect, it } from "vitest";
import { changeBetween } from "./change";

const fig = (value: number, period: string, qualifier: "EXACT" | "MORE_THAN" | "LESS_THAN" | "APPROXIMATELY" = "EXACT") => ({ value, period, qualifier });

describe("changeBetween", () => {
  it("is exact between exact figures, and knows a year from a quarter", () => {
    expect(changeBetween(fig(39.45, "2024"), fig(45, "2025"))).toMatchObject({ shape: "EXACT", direction: "UP", samePeriodKind: true });
    expect(changeBetween(fig(39.45, "2024"), fig(45, "2025")).value).toBeCloseTo(5.55, 10);
    expect(changeBetween(fig(10, "2024"), fig(10, "2025-Q2"))).toEqual({ shape: "EXACT", value: 0, direction: "SAME", unknownBecause: null, samePeriodKind: false, partial: false });
  });

  it("gives no direction from 99,77 % to 'hơn 99 %': the second may be either side of the first", () => {
    expect(changeBetween(fig(99.77, "2024"), fig(99, "2025-Q2", "MORE_THAN"))).toEqual({ shape: "UNKNOWN", value: null, direction: "UNKNOWN", unknownBecause: "RANGE", samePeriodKind: false, partial: false });
  });

  it("gives a bound, not an amount, from 759 to 'hơn 1.200'", () => {
    expect(changeBetween(fig(759, "2024"), fig(1200, "2025-Q2", "MORE_THAN"))).toMatchObject({ shape: "AT_LEAST", value: 441, direction: "UP", samePeriodKind: false });
    expect(changeBetween(fig(5, "2024"), fig(3, "2025", "LESS_THAN"))).toMatchObject({ shape: "AT_MOST", value: -2, direction: "DOWN", samePeriodKind: true });
  });

  it("from 'gần 2.200' to 2.160 cannot say it fell by 40, or at all", () => {
    expect(changeBetween(fig(2200, "2024", "APPROXIMATELY"), fig(2160, "2025"))).toMatchObject({ shape: "UNKNOWN", direction: "UNKNOWN" });
    // A move far larger than the margin keeps its direction, as an approximate amount.
    expect(changeBetween(fig(2200, "2024", "APPROXIMATELY"), fig(3000, "2025"))).toMatchObject({ shape: "ABOUT", value: 800, direction: "UP", samePeriodKind: true });
  });

  it("never moves between ranks out of different numbers of units, and knows a to-date figure", () => {
    const rank = (value: number, period: string, outOf: number) => ({ ...fig(value, period), outOf });
    expect(changeBetween(rank(13, "2023-Q2", 63), rank(21, "2026-Q1", 34))).toMatchObject({ shape: "UNKNOWN", value: null, unknownBecause: "OUT_OF" });
    expect(changeBetween(rank(13, "2023-Q2", 63), rank(10, "2023-Q3", 63))).toMatchObject({ shape: "EXACT", value: -3 });
    expect(changeBetween(fig(99, "2024"), { ...fig(100, "2025"), asOf: new Date("2025-10-31T00:00:00Z") })).toMatchObject({ shape: "EXACT", partial: true });
  });
});
