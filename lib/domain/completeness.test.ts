import { describe, expect, it } from "vitest";
import { completeness } from "./completeness";
import { parsePeriod } from "./period";

const indicators = [
  { id: 1, code: "GOV_A", pillar: "GOV", periodicity: "QUARTERLY" as const },
  { id: 2, code: "GOV_B", pillar: "GOV", periodicity: "QUARTERLY" as const },
  { id: 3, code: "ECON_SHARE", pillar: "ECON", periodicity: "ANNUAL" as const },
  { id: 4, code: "ECON_Q", pillar: "ECON", periodicity: "QUARTERLY" as const },
];

describe("completeness", () => {
  it("counts a quarter's quarterly figures per pillar and names the missing ones", () => {
    expect(completeness({ period: parsePeriod("2025-Q3")!, pillars: ["GOV", "ECON"], indicators, enteredIndicatorIds: new Set([2, 3]) })).toEqual([
      { pillar: "GOV", entered: 1, expected: 2, missing: ["GOV_A"] },
      { pillar: "ECON", entered: 0, expected: 1, missing: ["ECON_Q"] },
    ]);
  });

  it("asks a year report for the yearly indicators only; a quarterly figure in it counts for nothing missing", () => {
    expect(completeness({ period: parsePeriod("2025")!, pillars: ["GOV", "ECON"], indicators, enteredIndicatorIds: new Set([1, 3]) })).toEqual([
      { pillar: "GOV", entered: 0, expected: 0, missing: [] },
      { pillar: "ECON", entered: 1, expected: 1, missing: [] },
    ]);
  });
});
