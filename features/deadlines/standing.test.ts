import { describe, expect, it } from "vitest";
import { overdueByUnit, standing } from "@/features/deadlines/standing";
import { DEFAULT_RULE, deadlineOf } from "@/lib/domain/deadline";
import { parsePeriod } from "@/lib/domain/period";

// 2026-Q3 under the default rule: counted to 14 September, due 15 October 2026.
const q3 = deadlineOf(parsePeriod("2026-Q3")!, DEFAULT_RULE);
const now = new Date("2026-10-19T03:00:00Z");

describe("standing", () => {
  it("counts a report not begun, a draft and a returned report as open, with their due state", () => {
    expect(standing(q3, null, now)).toEqual({ kind: "OPEN", state: { kind: "OVERDUE", days: 4 } });
    expect(standing(q3, { status: "DRAFT", submittedAt: null }, now)).toEqual({ kind: "OPEN", state: { kind: "OVERDUE", days: 4 } });
    // Returned after a submission: its earlier submission day does not count.
    expect(standing(q3, { status: "RETURNED", submittedAt: new Date("2026-10-10T03:00:00Z") }, now)).toEqual({ kind: "OPEN", state: { kind: "OVERDUE", days: 4 } });
  });

  it("counts a submission on the due date as on time, and one the day after as a day late", () => {
    expect(standing(q3, { status: "SUBMITTED", submittedAt: new Date("2026-10-15T16:59:00Z") }, now)).toEqual({ kind: "SUBMITTED", on: new Date("2026-10-15T00:00:00Z"), daysLate: 0 });
    // 00:30 on 16 October in Vietnam, still the 15th in UTC.
    expect(standing(q3, { status: "APPROVED", submittedAt: new Date("2026-10-15T17:30:00Z") }, now)).toEqual({ kind: "SUBMITTED", on: new Date("2026-10-16T00:00:00Z"), daysLate: 1 });
    expect(standing(q3, { status: "PUBLISHED", submittedAt: null }, now)).toEqual({ kind: "SUBMITTED", on: null, daysLate: 0 });
  });
});

describe("overdueByUnit", () => {
  const ag = { slug: "an-giang-2025", nameVi: "An Giang" };
  const ct = { slug: "can-tho-2025", nameVi: "Cần Thơ" };

  it("names each unit owing an overdue report once, its longest overdue first, and leaves out the rest", () => {
    expect(
      overdueByUnit([
        { unit: ag, period: "2026-Q3", state: { kind: "OVERDUE", days: 4 } },
        { unit: ag, period: "2026-Q4", state: { kind: "NOT_YET", daysLeft: 40 } },
        { unit: ct, period: "2026-Q3", state: null },
        { unit: ag, period: "2026", state: { kind: "OVERDUE", days: 100 } },
        { unit: ct, period: "2026-Q2", state: { kind: "DUE_TODAY" } },
      ]),
    ).toEqual([{ unit: ag, periods: [{ period: "2026", days: 100 }, { period: "2026-Q3", days: 4 }] }]);
  });

  it("is empty when nothing is overdue", () => {
    expect(overdueByUnit([{ unit: ag, period: "2026-Q3", state: null }])).toEqual([]);
  });
});
