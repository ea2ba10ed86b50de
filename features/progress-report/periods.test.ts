import { describe, expect, it } from "vitest";
import { reportPeriodsFor } from "@/features/progress-report/periods";

const now = new Date(Date.UTC(2026, 10, 27));

describe("report periods offered", () => {
  it("offers a unit that exists today its last two quarters and five years, the current ones included", () => {
    expect(reportPeriodsFor({ validFrom: null, validTo: null }, now).map((p) => p.code)).toEqual(["2026-Q4", "2026-Q3", "2026", "2025", "2024", "2023", "2022"]);
  });

  it("offers a unit merged away only periods of its life, and a merged unit only periods since it began", () => {
    const before = reportPeriodsFor({ validFrom: null, validTo: new Date(Date.UTC(2025, 5, 30)) }, now);
    expect(before.map((p) => p.code)).toEqual(["2025-Q2", "2025-Q1", "2025", "2024", "2023", "2022", "2021"]);
    const after = reportPeriodsFor({ validFrom: new Date(Date.UTC(2025, 6, 1)), validTo: null }, now);
    expect(after.map((p) => p.code)).toEqual(["2026-Q4", "2026-Q3", "2026", "2025"]);
  });
});
