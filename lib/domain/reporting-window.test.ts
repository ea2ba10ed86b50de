import { describe, expect, it } from "vitest";
import { parsePeriod, quarter } from "./period";
import { reportingWindowProblem } from "./reporting-window";

const now = new Date("2026-11-26T00:00:00Z");
const oldAnGiang = { validFrom: null, validTo: new Date("2025-06-30T00:00:00Z") };
const newAnGiang = { validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null };

describe("reportingWindowProblem", () => {
  it("lets a unit report on its last quarter before the merger, not after", () => {
    expect(reportingWindowProblem(quarter(2025, 2), oldAnGiang, now)).toBeNull();
    expect(reportingWindowProblem(quarter(2025, 3), oldAnGiang, now)).toBe("AFTER_UNIT");
  });

  it("lets a new unit report from its first quarter, not before", () => {
    expect(reportingWindowProblem(quarter(2025, 3), newAnGiang, now)).toBeNull();
    expect(reportingWindowProblem(quarter(2025, 2), newAnGiang, now)).toBe("BEFORE_UNIT");
  });

  it("gives the year 2025 to the merged unit and the first half to the old one", () => {
    expect(reportingWindowProblem(parsePeriod("2025")!, oldAnGiang, now)).toBe("AFTER_UNIT");
    expect(reportingWindowProblem(parsePeriod("2025-H1")!, oldAnGiang, now)).toBeNull();
    expect(reportingWindowProblem(parsePeriod("2025")!, newAnGiang, now)).toBeNull();
    expect(reportingWindowProblem(parsePeriod("2025-H1")!, newAnGiang, now)).toBe("BEFORE_UNIT");
    expect(reportingWindowProblem(parsePeriod("2022")!, oldAnGiang, now)).toBeNull();
  });

  it("refuses a quarter that has not begun, but allows the current one", () => {
    expect(reportingWindowProblem(quarter(2026, 4), newAnGiang, now)).toBeNull();
    expect(reportingWindowProblem(quarter(2027, 1), newAnGiang, now)).toBe("NOT_STARTED");
  });
});
