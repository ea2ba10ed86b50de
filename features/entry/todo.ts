// What each report waits for, and so what the person on the working home has
// to do: staff fix a returned report, submit their drafts and begin the
// reports coming due that nobody has started; officials review what was
// submitted and publish what they approved. Who may act comes from the one
// authorisation table; when a report is due, from the deadline rules.
import { deadlineOf, dueState, ruleFor, vietnamDay, type DueState, type StoredRule } from "@/lib/domain/deadline";
import { parsePeriod, periodEnd, type Period } from "@/lib/domain/period";
import { reportingWindowProblem, type UnitValidity } from "@/lib/domain/reporting-window";
import { isEditable, type ReportStatus } from "@/lib/domain/workflow";
import { PRESSING } from "@/features/deadlines/standing";
import { can, REPORT_ACTION_PERMISSION, type Actor } from "@/lib/security/authorization";

type ReportKind = Exclude<ReportStatus, "PUBLISHED">;
/** A report's status, or NOT_STARTED for a report coming due that has no row yet. */
export type TodoKind = ReportKind | "NOT_STARTED";

/** The next move a report in each status waits for; a published report waits for nothing. */
const NEXT_MOVE = { RETURNED: "submit", DRAFT: "submit", SUBMITTED: "approve", APPROVED: "publish", NOT_STARTED: "submit" } as const satisfies Record<
  TodoKind,
  keyof typeof REPORT_ACTION_PERMISSION
>;

/** Besides deadlines: work sent back, then decisions others wait on, then drafts, then reports not begun. */
const ORDER: readonly TodoKind[] = ["RETURNED", "SUBMITTED", "APPROVED", "DRAFT", "NOT_STARTED"];
const URGENCY: Partial<Record<DueState["kind"], number>> = { OVERDUE: 0, DUE_TODAY: 1, DUE_SOON: 2 };
const LAST = 3;

/** How many recent periods a report not begun is looked for in, so an old backlog does not flood the list. */
export const TODO_PERIODS = { quarters: 4, years: 2 } as const;

export interface TodoDue {
  due: Date;
  state: DueState;
}

export type TodoItem<R, U> = { due: TodoDue | null } & ({ kind: ReportKind; report: R } | { kind: "NOT_STARTED"; unit: U; period: string });

export interface TodoContext<U> {
  now: Date;
  rules: readonly StoredRule[];
  /** The units the person works on: where a report not begun may be owed. */
  units: readonly U[];
  /** The periods a report not begun is looked for in (see TODO_PERIODS). */
  periods: readonly Period[];
}

/**
 * The person's to-do list: every report waiting for a move they may make,
 * and, for whoever submits, each report of a period that has ended in the
 * unit's reporting window that nobody has begun, from its reminder day on.
 * Overdue first, then due today, then due soon (earliest due date first);
 * then the rest in the order above. A report still open (a draft or a
 * return, or not begun) carries its due date and how it stands.
 */
export function todoFor<R extends { provinceId: number; period: string; status: ReportStatus }, U extends UnitValidity & { id: number }>(
  actor: Actor,
  reports: readonly R[],
  context: TodoContext<U>,
): Array<TodoItem<R, U>> {
  const { now, rules } = context;
  const dueOf = (provinceId: number, code: string): TodoDue | null => {
    const period = parsePeriod(code);
    if (!period) return null;
    const deadline = deadlineOf(period, ruleFor(rules, provinceId, period.type));
    return { due: deadline.due, state: dueState(deadline, now) };
  };

  const waiting: Array<TodoItem<R, U>> = reports.flatMap((report) => {
    const kind = report.status;
    if (kind === "PUBLISHED" || !can(actor, REPORT_ACTION_PERMISSION[NEXT_MOVE[kind]], report.provinceId)) return [];
    return [{ kind, report, due: isEditable(kind) ? dueOf(report.provinceId, report.period) : null }];
  });

  const today = vietnamDay(now);
  const begun = new Set(reports.map((r) => `${r.provinceId}/${r.period}`));
  // A report nobody has begun is work for the unit's own people; an admin, who may act for every unit, is not asked to begin all of them.
  const notStarted: Array<TodoItem<R, U>> = context.units
    .filter((unit) => unit.id === actor.provinceId && can(actor, REPORT_ACTION_PERMISSION[NEXT_MOVE.NOT_STARTED], unit.id))
    .flatMap((unit) =>
      context.periods
        .filter((period) => periodEnd(period) < today && reportingWindowProblem(period, unit, now) === null && !begun.has(`${unit.id}/${period.code}`))
        .map((period) => ({ kind: "NOT_STARTED" as const, unit, period: period.code, due: dueOf(unit.id, period.code) })),
    )
    .filter((item) => item.due !== null && PRESSING.has(item.due.state.kind));

  const rank = (item: TodoItem<R, U>) => (item.due ? (URGENCY[item.due.state.kind] ?? LAST) : LAST);
  // Among the pressing, the earliest due date first; the rest keep their kind's order.
  const dueTime = (item: TodoItem<R, U>) => (rank(item) < LAST ? (item.due?.due.getTime() ?? 0) : 0);
  return [...waiting, ...notStarted].sort((a, b) => rank(a) - rank(b) || dueTime(a) - dueTime(b) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
