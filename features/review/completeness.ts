import "server-only";
import { can, type Actor } from "@/lib/security/authorization";
import { completeness, type PillarCompleteness } from "@/lib/domain/completeness";
import { db } from "@/lib/server/db";
import { listWorkProvinces } from "@/features/entry/reads";
import { deadlineRules } from "@/features/deadlines/reads";
import { overdueByUnit } from "@/features/deadlines/standing";
import { deadlineOf, dueState, ruleFor, type DueState } from "@/lib/domain/deadline";
import { recentPeriods } from "@/lib/domain/period";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { isEditable } from "@/lib/domain/workflow";

export interface CompletenessRow {
  unit: { slug: string; nameVi: string };
  period: string;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED" | null;
  pillars: PillarCompleteness[];
  /** The due date, and how a report not yet submitted stands against it; `state` is null once submitted. */
  due: { date: Date; state: DueState | null };
}

/**
 * Entered / expected figures per pillar for every unit the person oversees
 * and every recent period the unit can report on, with the report's due
 * date, and the units owing an overdue report. Null when the person may not
 * see completeness at all.
 */
export async function getCompleteness(actor: Actor, now: Date = new Date()) {
  if (!can(actor, "completeness.view")) return null;
  const units = (await listWorkProvinces(actor)).filter((u) => can(actor, "completeness.view", u.id));
  const periods = recentPeriods(now, { quarters: 8, years: 2 });
  const [pillars, indicators, reports, rules] = await Promise.all([
    db.pillar.findMany({ select: { code: true, nameVi: true }, orderBy: { sortOrder: "asc" } }),
    db.indicator.findMany({ select: { id: true, code: true, nameVi: true, periodicity: true, pillar: { select: { code: true } } }, orderBy: { sortOrder: "asc" } }),
    db.report.findMany({
      where: { provinceId: { in: units.map((u) => u.id) }, period: { in: periods.map((p) => p.code) } },
      select: { provinceId: true, period: true, status: true, observations: { select: { indicatorId: true } } },
    }),
    deadlineRules(),
  ]);
  const catalogue = indicators.map((i) => ({ id: i.id, code: i.code, pillar: i.pillar.code, periodicity: i.periodicity }));
  const rows: CompletenessRow[] = units.flatMap((unit) =>
    periods
      .filter((period) => reportingWindowProblem(period, unit, now) === null)
      .map((period) => {
        const report = reports.find((r) => r.provinceId === unit.id && r.period === period.code);
        const deadline = deadlineOf(period, ruleFor(rules, unit.id, period.type));
        const open = !report || isEditable(report.status);
        return {
          unit: { slug: unit.slug, nameVi: unit.nameVi },
          period: period.code,
          status: report?.status ?? null,
          pillars: completeness({
            period,
            pillars: pillars.map((p) => p.code),
            indicators: catalogue,
            enteredIndicatorIds: new Set(report?.observations.map((o) => o.indicatorId) ?? []),
          }),
          due: { date: deadline.due, state: open ? dueState(deadline, now) : null },
        };
      }),
  );
  const overdue = overdueByUnit(rows.map((row) => ({ unit: row.unit, period: row.period, state: row.due.state })));
  return { pillars, indicatorNames: new Map(indicators.map((i) => [i.code, i.nameVi])), rows, overdue };
}
