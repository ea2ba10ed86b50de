import { describe, expect, it } from "vitest";
import { DEFAULT_RULE, deadlineOf, dueState, isLate, ruleFor, vietnamDay, type StoredRule } from "@/lib/domain/deadline";
import { parsePeriod } from "@/lib/domain/period";

const p = (code: string) => parsePeriod(code)!;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("deadlineOf", () => {
  it("counts a quarter to the 14th of its last month and makes it due 15 days after it ends", () => {
    const d = deadlineOf(p("2026-Q3"), DEFAULT_RULE);
    expect(d.cutoff).toEqual(day("2026-09-14"));
    expect(d.due).toEqual(day("2026-10-15"));
    expect(d.remind).toEqual(day("2026-10-12"));
  });

  it("counts a year to 14 December and a half year to 14 June", () => {
    expect(deadlineOf(p("2025"), DEFAULT_RULE).cutoff).toEqual(day("2025-12-14"));
    expect(deadlineOf(p("2025"), DEFAULT_RULE).due).toEqual(day("2026-01-15"));
    expect(deadlineOf(p("2026-H1"), DEFAULT_RULE).cutoff).toEqual(day("2026-06-14"));
  });

  it("follows a rule an admin set", () => {
    const d = deadlineOf(p("2026-Q1"), { cutoffDay: 20, dueDays: 5, remindDays: 2 });
    expect(d.cutoff).toEqual(day("2026-03-20"));
    expect(d.due).toEqual(day("2026-04-05"));
    expect(d.remind).toEqual(day("2026-04-03"));
  });
});

describe("ruleFor", () => {
  const rules: StoredRule[] = [
    { provinceId: null, periodKind: "QUARTER", cutoffDay: 10, dueDays: 10, remindDays: 1 },
    { provinceId: 7, periodKind: "QUARTER", cutoffDay: 12, dueDays: 20, remindDays: 5 },
  ];
  it("takes the unit's own rule, then the one for every unit, then the default", () => {
    expect(ruleFor(rules, 7, "QUARTER")).toMatchObject({ dueDays: 20, origin: "UNIT" });
    expect(ruleFor(rules, 8, "QUARTER")).toMatchObject({ dueDays: 10, origin: "ALL" });
    expect(ruleFor(rules, 7, "YEAR")).toEqual({ ...DEFAULT_RULE, origin: "DEFAULT" });
  });
});

describe("dueState", () => {
  const d = deadlineOf(p("2026-Q3"), DEFAULT_RULE); // due 15 October 2026, reminder from the 12th
  it("reads the day in Vietnam, seven hours ahead of UTC", () => {
    expect(vietnamDay(new Date("2026-10-15T17:30:00Z"))).toEqual(day("2026-10-16"));
    expect(dueState(d, new Date("2026-10-15T16:59:00Z"))).toEqual({ kind: "DUE_TODAY" });
    expect(dueState(d, new Date("2026-10-15T17:00:00Z"))).toEqual({ kind: "OVERDUE", days: 1 });
  });

  it("is not yet due before the reminder day, due soon from it on", () => {
    expect(dueState(d, new Date("2026-10-10T03:00:00Z"))).toEqual({ kind: "NOT_YET", daysLeft: 5 });
    expect(dueState(d, new Date("2026-10-12T03:00:00Z"))).toEqual({ kind: "DUE_SOON", daysLeft: 3 });
    expect(dueState(d, new Date("2026-10-25T03:00:00Z"))).toEqual({ kind: "OVERDUE", days: 10 });
  });

  it("counts a submission on the due day as on time", () => {
    expect(isLate(d, new Date("2026-10-15T10:00:00Z"))).toBe(false);
    expect(isLate(d, new Date("2026-10-16T01:00:00Z"))).toBe(true);
  });
});
