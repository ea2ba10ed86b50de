import "server-only";
import { can, unitsReached, type Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { comparePeriods, parsePeriod, periodEnd } from "@/lib/domain/period";
import { carriedTargets } from "@/lib/domain/succession";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { judgedOn, sheetVerdict, type SheetFigure } from "@/features/entry/sheet-verdict";
import { historyLines } from "@/features/entry/history";

/** Reports the person may see: their province's, or every province's for an admin. */
export async function listReports(actor: Actor) {
  const units = unitsReached(actor, "report.view");
  return db.report.findMany({
    where: units === "ALL" ? {} : { provinceId: { in: units } },
    select: {
      id: true,
      period: true,
      status: true,
      comment: true,
      updatedAt: true,
      provinceId: true,
      province: { select: { slug: true, nameVi: true } },
      _count: { select: { observations: true } },
    },
    orderBy: [{ updatedAt: "desc" }],
  });
}

/**
 * Provinces the person works on. An admin works on every unit that exists
 * today and reports here — it has reports or took over units that had —
 * not on the provinces known only from a national DTI table.
 */
export async function listWorkProvinces(actor: Actor) {
  const units = unitsReached(actor, "report.view");
  return db.province.findMany({
    where: units === "ALL" ? { validTo: null, OR: [{ reports: { some: {} } }, { predecessors: { some: { reports: { some: {} } } } }] } : { id: { in: units } },
    select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true },
    orderBy: { sortOrder: "asc" },
  });
}

/**
 * One province's report for one period (a quarter, a half-year or a year),
 * ready for the entry form or the review: every indicator with this period's
 * figure, the unit's latest earlier figure (of any kind of period) with its
 * period, the last published one, the targets still open, the verdict of
 * this period's figure against the next of them (features/entry/sheet-verdict.ts),
 * and each figure's audit history, each value in it with the indicator's unit.
 * Null when the province or period is unknown or the person may not see it.
 */
export async function getReportSheet(actor: Actor, provinceSlug: string, periodCode: string) {
  const period = parsePeriod(periodCode);
  if (!period) return null;
  const province = await db.province.findUnique({
    where: { slug: provinceSlug },
    select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true, predecessors: { select: { id: true, slug: true, nameVi: true, nameEn: true } } },
  });
  if (!province || !can(actor, "report.view", province.id)) return null;
  const predecessorIds = province.predecessors.map((p) => p.id);

  const [report, pillars, current, prior, published, targets, history, submitted] = await Promise.all([
    db.report.findUnique({
      where: { provinceId_period: { provinceId: province.id, period: period.code } },
      select: { id: true, status: true, comment: true, version: true, submittedAt: true, approvedAt: true, publishedAt: true },
    }),
    db.pillar.findMany({
      select: {
        code: true,
        nameVi: true,
        indicators: {
          select: { id: true, code: true, nameVi: true, unit: true, direction: true, minValue: true, maxValue: true, periodicity: true },
          orderBy: { sortOrder: "asc" },
        },
      },
      orderBy: { sortOrder: "asc" },
    }),
    db.observation.findMany({
      where: { provinceId: province.id, period: period.code },
      select: {
        id: true,
        indicatorId: true,
        value: true,
        qualifier: true,
        asOf: true,
        outOf: true,
        periodEnd: true,
        note: true,
        version: true,
        source: { select: { title: true } },
        enteredBy: { select: { name: true } },
        updatedAt: true,
      },
    }),
    // Every earlier figure of the unit: the latest one is what a new figure is checked against.
    db.observation.findMany({
      where: { provinceId: province.id, periodEnd: { lte: periodEnd(period) }, period: { not: period.code } },
      select: { indicatorId: true, value: true, qualifier: true, asOf: true, outOf: true, period: true, periodEnd: true },
    }),
    db.observation.findMany({
      where: { provinceId: province.id, report: { status: "PUBLISHED" } },
      select: { indicatorId: true, value: true, period: true, periodEnd: true },
      orderBy: { periodEnd: "desc" },
    }),
    db.target.findMany({
      where: { provinceId: { in: [province.id, ...predecessorIds] } },
      select: { provinceId: true, indicatorId: true, year: true, comparator: true, value: true, scope: true, source: { select: { title: true } } },
      orderBy: { year: "asc" },
    }),
    db.auditEvent.findMany({
      where: { provinceId: province.id, period: period.code, indicatorId: { not: null } },
      select: { id: true, at: true, action: true, indicatorId: true, oldValue: true, newValue: true, reason: true, actor: { select: { name: true } } },
      orderBy: { at: "desc" },
    }),
    // The latest submission's note on missing figures: the official reads it, and after a return it is the staff's starting point.
    db.auditEvent.findFirst({
      where: { provinceId: province.id, period: period.code, action: "report.submit" },
      select: { reason: true, actor: { select: { name: true } } },
      orderBy: { id: "desc" },
    }),
  ]);
  const historyOf = new Map<number, typeof history>();
  for (const event of history) {
    if (event.indicatorId !== null) historyOf.set(event.indicatorId, [...(historyOf.get(event.indicatorId) ?? []), event]);
  }

  const currentOf = new Map(current.map((o) => [o.indicatorId, o]));
  // The latest earlier figure per indicator, of whatever kind of period: the one just before may be empty.
  const priorOf = new Map<number, Omit<(typeof prior)[number], "indicatorId">>();
  const byRecency = prior
    .map((o) => ({ ...o, parsed: parsePeriod(o.period)! }))
    .filter((o) => comparePeriods(o.parsed, period) < 0)
    .sort((a, b) => comparePeriods(b.parsed, a.parsed));
  const earlierOf = new Map<number, SheetFigure[]>();
  for (const { indicatorId, value, qualifier, asOf, outOf, period: code, periodEnd: end } of byRecency) {
    if (!priorOf.has(indicatorId)) priorOf.set(indicatorId, { value, qualifier, asOf, outOf, period: code, periodEnd: end });
    earlierOf.set(indicatorId, [...(earlierOf.get(indicatorId) ?? []), { period: code, periodEnd: end, value, qualifier, asOf }]);
  }
  const publishedOf = new Map<number, { value: number; period: string }>();
  for (const o of published) if (!publishedOf.has(o.indicatorId)) publishedOf.set(o.indicatorId, o);
  // The targets still open in this period, soonest first: a merged unit's own, and those it carries on from its predecessors.
  const openTargetsOf = (indicatorId: number) =>
    carriedTargets({
      own: targets.filter((t) => t.provinceId === province.id && t.indicatorId === indicatorId),
      unitStart: province.validFrom,
      predecessors: province.predecessors.map((p) => ({ unit: p, targets: targets.filter((t) => t.provinceId === p.id && t.indicatorId === indicatorId) })),
    }).filter((t) => t.year >= period.year);

  const asOf = judgedOn(periodEnd(period));

  return {
    province,
    period: period.code,
    windowProblem: reportingWindowProblem(period, province, new Date()),
    report,
    submitNote: submitted?.reason ? { text: submitted.reason, by: submitted.actor?.name ?? null } : null,
    pillars: pillars.map((pillar) => ({
      code: pillar.code,
      nameVi: pillar.nameVi,
      rows: pillar.indicators.map((indicator) => {
        const current = currentOf.get(indicator.id) ?? null;
        const targets = openTargetsOf(indicator.id);
        return {
          indicator,
          current,
          previous: priorOf.get(indicator.id) ?? null,
          lastPublished: publishedOf.get(indicator.id) ?? null,
          targets,
          verdict: sheetVerdict({
            direction: indicator.direction,
            earlier: earlierOf.get(indicator.id) ?? [],
            current: current && { ...current, period: period.code },
            target: targets[0] ?? null,
            asOf,
            unitEnd: province.validTo,
          }),
          // Audit values are stored as bare numbers: each says which unit it is in.
          history: (historyOf.get(indicator.id) ?? []).map((event) => ({ ...event, unit: indicator.unit })),
        };
      }),
    })),
  };
}

export type ReportSheet = NonNullable<Awaited<ReturnType<typeof getReportSheet>>>;

/**
 * After a save, each of the given figures of a unit's period as stored now
 * (none: not stored) and the lines of each one's audit history, newest
 * first: what the entry form carries on from without loading the page again.
 */
export async function getStoredFigures(provinceId: number, period: string, indicatorIds: readonly number[]) {
  const where = { provinceId, period, indicatorId: { in: [...indicatorIds] } };
  const [figures, history, indicators] = await Promise.all([
    db.observation.findMany({ where, select: { indicatorId: true, value: true, note: true, version: true, source: { select: { title: true } } } }),
    db.auditEvent.findMany({
      where,
      select: { id: true, at: true, action: true, indicatorId: true, oldValue: true, newValue: true, reason: true, actor: { select: { name: true } } },
      orderBy: { at: "desc" },
    }),
    db.indicator.findMany({ where: { id: { in: [...indicatorIds] } }, select: { id: true, unit: true } }),
  ]);
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  return {
    figures: new Map(figures.map((f) => [f.indicatorId, f])),
    historyOf: (indicatorId: number) =>
      historyLines(
        history.filter((event) => event.indicatorId === indicatorId),
        unitOf.get(indicatorId) ?? "COUNT",
      ),
  };
}
