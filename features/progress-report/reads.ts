import "server-only";
// A unit's progress report for a period (a quarter, a half-year or a year):
// its scorecard as it stood at the period's end, turned into the report's
// facts (features/progress-report/facts.ts). The public report reads published figures
// only, through `published.report`; the unit's officials read approved ones
// too, each marked unpublished.
import { can, type Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { getScorecardThrough } from "@/features/public-pages/scorecard";
import { headlineCharts, type HeadlineChart } from "@/features/progress-report/chart-data";
import type { SourceView } from "@/features/published/selects";
import { parsePeriod, periodEnd, periodStart, type Period } from "@/lib/domain/period";
import { reportFacts, type ReportFacts } from "@/features/progress-report/facts";
import { startingFrame, type DocumentFrame } from "@/features/progress-report/frame";

export interface ProgressReport {
  unit: { id: number; slug: string; nameVi: string; nameEn: string; kind: string; validFrom: Date | null; validTo: Date | null; predecessors: Array<{ slug: string; nameVi: string; nameEn: string }> };
  period: Period;
  facts: ReportFacts<SourceView>;
  /** Headline indicators' series up to the period's end, for the report's charts. */
  charts: HeadlineChart[];
}

/** A period a report can be made for: a quarter, a half-year or a year that has begun. */
export function reportPeriod(code: string, now: Date = new Date()): Period | null {
  const period = parsePeriod(code);
  return period && periodStart(period) <= now ? period : null;
}

export async function getProgressReport(slug: string, periodCode: string, options: { withApproved: boolean }): Promise<ProgressReport | null> {
  const period = reportPeriod(periodCode);
  if (!period) return null;
  const until = periodEnd(period);
  const scorecard = await getScorecardThrough(slug, until, options.withApproved);
  if (!scorecard) return null;
  const { province, pillars } = scorecard;
  const facts = reportFacts({ asOf: until, pillars, dti: province.dtiResults, successor: province.successor });
  const charts = headlineCharts(province, pillars);
  return {
    unit: {
      id: province.id,
      slug: province.slug,
      nameVi: province.nameVi,
      nameEn: province.nameEn,
      kind: province.kind,
      validFrom: province.validFrom,
      validTo: province.validTo,
      predecessors: province.predecessors.map(({ slug: s, nameVi, nameEn }) => ({ slug: s, nameVi, nameEn })),
    },
    period,
    facts,
    charts,
  };
}

/**
 * The internal report of a unit, for its officials and for admins: approved
 * figures not yet published are in it, marked. Null for anyone else, as for
 * a unit or period that does not exist.
 */
export async function getInternalReport(actor: Actor, slug: string, periodCode: string): Promise<ProgressReport | null> {
  const unit = await db.province.findUnique({ where: { slug }, select: { id: true } });
  if (!unit || !can(actor, "progressReport.view", unit.id)) return null;
  return getProgressReport(slug, periodCode, { withApproved: true });
}

/**
 * The document frame of a unit's report for a period: the one stored for it,
 * else the unit's latest with today's date and no number, else one from the
 * unit's name. `stored` says which.
 */
export async function frameFor(unit: { id: number; nameVi: string; kind: string }, periodCode: string, today: Date = new Date()): Promise<{ frame: DocumentFrame; storedAt: Date | null }> {
  const own = await db.reportDocument.findUnique({ where: { provinceId_period: { provinceId: unit.id, period: periodCode } } });
  if (own) return { frame: frameOf(own), storedAt: own.updatedAt };
  const latest = await db.reportDocument.findFirst({ where: { provinceId: unit.id }, orderBy: { updatedAt: "desc" } });
  return { frame: startingFrame(latest ? frameOf(latest) : null, unit, new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))), storedAt: null };
}

function frameOf(row: Omit<DocumentFrame, "recipients"> & { recipients: string }): DocumentFrame {
  return {
    parentBody: row.parentBody,
    issuingBody: row.issuingBody,
    number: row.number,
    abbreviation: row.abbreviation,
    addressee: row.addressee,
    place: row.place,
    issuedOn: row.issuedOn,
    signerAuthority: row.signerAuthority,
    signerPosition: row.signerPosition,
    signerName: row.signerName,
    recipients: row.recipients.split("\n").filter(Boolean),
  };
}
