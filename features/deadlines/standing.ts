// How a unit's report for a period stands against its deadline: still open
// (not submitted, or returned) with how near or past its due date it is, or
// submitted, on time or so many days late. Pure: the pages put it in words.
import { dueState, isLate, vietnamDay, type Deadline, type DueState } from "@/lib/domain/deadline";
import { isEditable, type ReportStatus } from "@/lib/domain/workflow";

const DAY = 86_400_000;

export type Standing =
  | { kind: "OPEN"; state: DueState }
  /** `on` is the Vietnamese calendar day of the latest submission; null when it was not recorded. */
  | { kind: "SUBMITTED"; on: Date | null; daysLate: number };

/** A report not begun counts as open: its unit still owes it. */
export function standing(deadline: Deadline, report: { status: ReportStatus; submittedAt: Date | null } | null, now: Date): Standing {
  if (!report || isEditable(report.status)) return { kind: "OPEN", state: dueState(deadline, now) };
  const at = report.submittedAt;
  if (!at) return { kind: "SUBMITTED", on: null, daysLate: 0 };
  const on = vietnamDay(at);
  return { kind: "SUBMITTED", on, daysLate: isLate(deadline, at) ? Math.round((on.getTime() - deadline.due.getTime()) / DAY) : 0 };
}

/** The due states that call for a move now: from the reminder day on. */
export const PRESSING: ReadonlySet<DueState["kind"]> = new Set(["DUE_SOON", "DUE_TODAY", "OVERDUE"]);

/**
 * The units owing an overdue report, in the order their rows come, each with
 * its overdue periods, longest overdue first. `state` is null for a report
 * already submitted.
 */
export function overdueByUnit<U extends { slug: string }>(
  rows: readonly { unit: U; period: string; state: DueState | null }[],
): Array<{ unit: U; periods: Array<{ period: string; days: number }> }> {
  const units = new Map<string, { unit: U; periods: Array<{ period: string; days: number }> }>();
  for (const { unit, period, state } of rows) {
    if (state?.kind !== "OVERDUE") continue;
    const entry = units.get(unit.slug) ?? { unit, periods: [] };
    entry.periods.push({ period, days: state.days });
    units.set(unit.slug, entry);
  }
  return [...units.values()].map((entry) => ({ ...entry, periods: [...entry.periods].sort((a, b) => b.days - a.days) }));
}
