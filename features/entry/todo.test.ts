import { describe, expect, it } from "vitest";
import { TODO_PERIODS, todoFor, type TodoContext, type TodoItem } from "@/features/entry/todo";
import type { StoredRule } from "@/lib/domain/deadline";
import { recentPeriods } from "@/lib/domain/period";
import type { Actor } from "@/lib/security/authorization";
import type { ReportStatus } from "@/lib/domain/workflow";

type Report = { id: number; provinceId: number; period: string; status: ReportStatus };
type Unit = { id: number; validFrom: Date | null; validTo: Date | null };

const staff: Actor = { id: 1, role: "STAFF", provinceId: 7 };
const official: Actor = { id: 2, role: "OFFICIAL", provinceId: 7 };
const admin: Actor = { id: 3, role: "ADMIN", provinceId: null };

const context = (now: Date, units: Unit[] = [], rules: StoredRule[] = []): TodoContext<Unit> => ({ now, rules, units, periods: recentPeriods(now, TODO_PERIODS) });
const describeItem = (item: TodoItem<Report, Unit>) =>
  item.kind === "NOT_STARTED" ? `${item.kind}:${item.unit.id}/${item.period}` : `${item.kind}:${item.report.provinceId}/${item.report.period}`;

describe("the working home's to-do list, by status", () => {
  // Every report is for the quarter still running: nothing is due yet, so the statuses alone decide.
  const report = (id: number, provinceId: number, status: ReportStatus): Report => ({ id, provinceId, period: "2026-Q4", status });
  const reports = [
    report(1, 7, "DRAFT"),
    report(2, 7, "SUBMITTED"),
    report(3, 7, "RETURNED"),
    report(4, 7, "APPROVED"),
    report(5, 7, "PUBLISHED"),
    report(6, 8, "RETURNED"),
    report(7, 8, "SUBMITTED"),
  ];
  const ids = (actor: Actor) => todoFor(actor, reports, context(new Date("2026-11-01T03:00:00Z"))).map((item) => `${item.kind}:${item.kind === "NOT_STARTED" ? "" : item.report.id}`);

  it("gives staff their unit's returned reports first, then its drafts; never another unit's, never a decision", () => {
    expect(ids(staff)).toEqual(["RETURNED:3", "DRAFT:1"]);
  });

  it("gives officials their unit's submitted reports to review and approved ones to publish, not drafts or returns", () => {
    expect(ids(official)).toEqual(["SUBMITTED:2", "APPROVED:4"]);
  });

  it("gives an admin every unit's, and a locked account nothing", () => {
    expect(ids(admin)).toEqual(["RETURNED:3", "RETURNED:6", "SUBMITTED:2", "SUBMITTED:7", "APPROVED:4", "DRAFT:1"]);
    expect(ids({ ...staff, active: false })).toEqual([]);
  });
});

describe("the working home's to-do list, by deadline", () => {
  // 14 October 2026 in Vietnam: 2026-Q3 is due tomorrow (15 October), its reminder went out on the 12th.
  const now = new Date("2026-10-14T03:00:00Z");
  const unit7: Unit = { id: 7, validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null };
  const reports: Report[] = [
    { id: 1, provinceId: 7, period: "2026-Q2", status: "APPROVED" },
    { id: 2, provinceId: 7, period: "2026-Q1", status: "DRAFT" },
    { id: 3, provinceId: 7, period: "2026-Q4", status: "RETURNED" },
  ];
  const list = (actor: Actor, units: Unit[] = [unit7], rules: StoredRule[] = []) => todoFor(actor, reports, context(now, units, rules));
  const states = (actor: Actor, units?: Unit[], rules?: StoredRule[]) => list(actor, units, rules).map((item) => `${describeItem(item)}:${item.due?.state.kind ?? "-"}`);

  it("lists the reports staff still owe, overdue first (earliest due first), then due soon, then the rest", () => {
    expect(states(staff)).toEqual([
      // The year 2025, due 15 January 2026, never begun.
      "NOT_STARTED:7/2025:OVERDUE",
      // A draft counts against its deadline too.
      "DRAFT:7/2026-Q1:OVERDUE",
      // Due tomorrow, reminded three days before: due soon.
      "NOT_STARTED:7/2026-Q3:DUE_SOON",
      "RETURNED:7/2026-Q4:NOT_YET",
    ]);
  });

  it("says how far each open report is from its due date", () => {
    const items = list(staff);
    expect(items[0]?.due).toEqual({ due: new Date("2026-01-15T00:00:00Z"), state: { kind: "OVERDUE", days: 272 } });
    expect(items[2]?.due).toEqual({ due: new Date("2026-10-15T00:00:00Z"), state: { kind: "DUE_SOON", daysLeft: 1 } });
  });

  it("does not list a period whose report is approved, nor one still running, nor one before the last few", () => {
    const periods = list(staff).map(describeItem);
    expect(periods).not.toContain("NOT_STARTED:7/2026-Q2");
    expect(periods.some((p) => p.endsWith("/2026"))).toBe(false);
    // 2025-Q4 is overdue and never begun, but older than the last four quarters.
    expect(periods).not.toContain("NOT_STARTED:7/2025-Q4");
  });

  it("does not list a period outside the unit's reporting window", () => {
    const merged: Unit = { id: 7, validFrom: null, validTo: new Date("2025-06-30T00:00:00Z") };
    const founded: Unit = { id: 7, validFrom: new Date("2026-07-01T00:00:00Z"), validTo: null };
    expect(states(staff, [merged]).filter((s) => s.startsWith("NOT_STARTED"))).toEqual([]);
    expect(states(staff, [founded]).filter((s) => s.startsWith("NOT_STARTED"))).toEqual(["NOT_STARTED:7/2026-Q3:DUE_SOON"]);
  });

  it("waits for the reminder day the unit's rule sets", () => {
    const rules: StoredRule[] = [{ provinceId: 7, periodKind: "QUARTER", cutoffDay: 14, dueDays: 15, remindDays: 0 }];
    expect(states(staff, [unit7], rules)).not.toContain("NOT_STARTED:7/2026-Q3:DUE_SOON");
    expect(states(staff, [unit7], rules)).not.toContain("NOT_STARTED:7/2026-Q3:NOT_YET");
  });

  it("lists a report due today, and one overdue by a day the day after", () => {
    const dueToday = todoFor(staff, [], context(new Date("2026-10-15T03:00:00Z"), [unit7]));
    expect(dueToday.filter((i) => i.kind === "NOT_STARTED" && i.period === "2026-Q3").map((i) => i.due?.state)).toEqual([{ kind: "DUE_TODAY" }]);
    const overdue = todoFor(staff, [], context(new Date("2026-10-16T03:00:00Z"), [unit7]));
    expect(overdue.filter((i) => i.kind === "NOT_STARTED" && i.period === "2026-Q3").map((i) => i.due?.state)).toEqual([{ kind: "OVERDUE", days: 1 }]);
  });

  it("gives officials no report to begin, and a submitted report no deadline", () => {
    const submitted: Report = { id: 4, provinceId: 7, period: "2026-Q3", status: "SUBMITTED" };
    const items = todoFor(official, [...reports, submitted], context(now, [unit7]));
    expect(items.map((item) => `${describeItem(item)}:${item.due?.state.kind ?? "-"}`)).toEqual(["SUBMITTED:7/2026-Q3:-", "APPROVED:7/2026-Q2:-"]);
    // Once submitted, staff are not asked for it either.
    expect(todoFor(staff, [...reports, submitted], context(now, [unit7])).map(describeItem)).not.toContain("NOT_STARTED:7/2026-Q3");
  });

  it("asks an admin, who may act for every unit, to begin none of them", () => {
    const admin: Actor = { id: 3, role: "ADMIN", provinceId: null };
    expect(todoFor(admin, [], context(now, [unit7])).filter((item) => item.kind === "NOT_STARTED")).toEqual([]);
  });
});
