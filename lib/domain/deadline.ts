// When a unit's report for a period is counted to and due, and how it stands
// against that date today. Dates are calendar days in Vietnam (UTC+7, no
// daylight saving), kept as Dates at 00:00 UTC of that day.
import { periodEnd, type Period, type PeriodType } from "@/lib/domain/period";

export interface DeadlineRule {
  /** Figures are counted up to this day of the period's last month. */
  cutoffDay: number;
  /** The report is due this many days after the period ends. */
  dueDays: number;
  /** Staff are reminded this many days before the due date. */
  remindDays: number;
}

export const RULE_LIMITS = {
  cutoffDay: { min: 1, max: 28 },
  dueDays: { min: 0, max: 120 },
  remindDays: { min: 0, max: 30 },
} as const satisfies Record<keyof DeadlineRule, { min: number; max: number }>;

/**
 * Without a rule set by an admin: figures counted to the 14th of the period's
 * last month, as Decree 09/2019/NĐ-CP, Article 12 sets for periodic reports
 * of state administrative bodies (a quarter from the 15th of the month before
 * it to the 14th of its last month; a year from 15 December of the year
 * before to 14 December). The decree leaves the date a report is sent to
 * whoever sets the reporting regime, so the due date defaults to 15 days
 * after the period ends; reminders go out 3 days before.
 */
export const DEFAULT_RULE: DeadlineRule = { cutoffDay: 14, dueDays: 15, remindDays: 3 };

export const PERIOD_KINDS = ["QUARTER", "HALF", "YEAR"] as const satisfies readonly PeriodType[];

export interface StoredRule extends DeadlineRule {
  provinceId: number | null;
  periodKind: PeriodType;
}

/** The rule for one unit and period kind: the unit's own, else the one for every unit, else the default. */
export function ruleFor(rules: readonly StoredRule[], provinceId: number, kind: PeriodType): DeadlineRule & { origin: "UNIT" | "ALL" | "DEFAULT" } {
  const own = rules.find((r) => r.provinceId === provinceId && r.periodKind === kind);
  if (own) return { ...pick(own), origin: "UNIT" };
  const all = rules.find((r) => r.provinceId === null && r.periodKind === kind);
  if (all) return { ...pick(all), origin: "ALL" };
  return { ...DEFAULT_RULE, origin: "DEFAULT" };
}

function pick(rule: DeadlineRule): DeadlineRule {
  return { cutoffDay: rule.cutoffDay, dueDays: rule.dueDays, remindDays: rule.remindDays };
}

export interface Deadline {
  /** The last day the figures are counted to. */
  cutoff: Date;
  /** The last day the report may be submitted on time. */
  due: Date;
  /** The day staff are reminded. */
  remind: Date;
}

const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

export function deadlineOf(period: Period, rule: DeadlineRule): Deadline {
  const end = periodEnd(period);
  const cutoff = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), Math.min(rule.cutoffDay, end.getUTCDate())));
  const due = new Date(end.getTime() + rule.dueDays * DAY);
  return { cutoff, due, remind: new Date(due.getTime() - rule.remindDays * DAY) };
}

/** The calendar day in Vietnam at this instant, at 00:00 UTC. */
export function vietnamDay(now: Date): Date {
  const shifted = new Date(now.getTime() + VIETNAM_OFFSET);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export type DueState =
  | { kind: "NOT_YET"; daysLeft: number }
  | { kind: "DUE_SOON"; daysLeft: number }
  | { kind: "DUE_TODAY" }
  | { kind: "OVERDUE"; days: number };

/** How a report not yet submitted stands against its due date today; "soon" from the reminder day on. */
export function dueState(deadline: Deadline, now: Date): DueState {
  const today = vietnamDay(now).getTime();
  const days = Math.round((deadline.due.getTime() - today) / DAY);
  if (days < 0) return { kind: "OVERDUE", days: -days };
  if (days === 0) return { kind: "DUE_TODAY" };
  return today >= deadline.remind.getTime() ? { kind: "DUE_SOON", daysLeft: days } : { kind: "NOT_YET", daysLeft: days };
}

/** Whether a submission on this instant came after the due date. */
export function isLate(deadline: Deadline, at: Date): boolean {
  return vietnamDay(at).getTime() > deadline.due.getTime();
}
