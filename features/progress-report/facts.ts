// The facts of a progress report for one unit and one period, computed from
// the scorecard as it stood at the period's end (features/public-pages/scorecard.ts,
// getScorecardThrough): counts per verdict and pillar, each indicator's latest
// and previous figure, the change, its targets, the pace still needed, the
// lists of what is behind and what has no data, the DTI trend, the sources,
// and the sentences of each pillar's paragraph as codes with their figures.
// Pure: the words are the catalogue's (lib/i18n), the layout the page's and
// the Word file's.
import { bucketOf, type Assessment, type StatusBucket } from "@/lib/domain/assessment";
import { changeBetween, isApproximate, type Change } from "@/lib/domain/change";
import type { Qualifier, Unit } from "@/lib/domain/format";
import { pacePerQuarter, gapToTarget, type ProgressStatus, type UnassessableReason } from "@/lib/domain/progress";
import { meetsTarget, type Comparator, type Direction } from "@/lib/domain/targets";

/**
 * What a report says of an indicator: the overview's status groups
 * (lib/domain/assessment.ts bucketOf, one definition for every surface), with the
 * group of those behind split into "acceleration needed" and the rest, as the
 * People's Committee reads them. UNASSESSED: a figure but no verdict (no
 * target, too few figures); NO_DATA: no figure, of its own or its successor's.
 */
export type ReportVerdict = "ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "OFF_TRACK" | "UNASSESSED" | "NO_DATA";
export const REPORT_VERDICTS: readonly ReportVerdict[] = ["ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "OFF_TRACK", "UNASSESSED", "NO_DATA"];

export function verdictOf(bucket: StatusBucket, status: ProgressStatus): ReportVerdict {
  if (bucket === "OFF_TRACK") return status === "ACCELERATION_NEEDED" ? "ACCELERATION_NEEDED" : "OFF_TRACK";
  return bucket;
}

export interface UnitName {
  nameVi: string;
  nameEn: string;
}

export interface SourceIn {
  key: string;
}

export interface FigureIn<S extends SourceIn = SourceIn> {
  period: string;
  periodEnd: Date;
  value: number;
  qualifier: Qualifier;
  /** A to-date figure: the day it stands at. */
  asOf?: Date | null;
  /** A rank: how many units were ranked. */
  outOf?: number | null;
  source: S;
  /** Approved, not yet published: only in the unit's internal report. */
  unpublished?: boolean;
}

export interface TargetIn<S extends SourceIn = SourceIn> {
  year: number;
  comparator: Comparator;
  value: number;
  scope: "PROVINCIAL" | "NATIONAL";
  source: S;
}

export interface RowIn<S extends SourceIn = SourceIn> {
  indicator: { code: string; nameVi: string; nameEn: string; unit: Unit; direction: Direction; isHeadline: boolean };
  observations: readonly FigureIn<S>[];
  predecessors: ReadonlyArray<{ unit: { slug: string; nameVi: string; nameEn: string }; observations: readonly FigureIn<S>[] }>;
  assessment: Assessment<FigureIn<S>, TargetIn<S>>;
}

export interface PillarIn<S extends SourceIn = SourceIn> {
  code: string;
  kind: "PILLAR" | "FOUNDATION";
  nameVi: string;
  nameEn: string;
  rows: readonly RowIn<S>[];
}

export interface DtiIn<S extends SourceIn = SourceIn> {
  year: number;
  rank: number | null;
  rankedCount: number | null;
  score: number | null;
  source: S;
}

export interface ReportRow<S extends SourceIn = SourceIn> {
  indicator: RowIn<S>["indicator"];
  latest: FigureIn<S> | null;
  previous: FigureIn<S> | null;
  /** From previous to latest, in the indicator's unit, as much as the two figures support (lib/domain/change.ts). */
  change: Change | null;
  /**
   * The target the verdict is against: the first one still open at the
   * report's end that the unit keeps (2026 where the unit has one, else
   * 2030); where none is open, the headline one (2025), judged for good.
   */
  target: TargetIn<S> | null;
  /** The assessment's target after the headline one (2030). */
  laterTarget: TargetIn<S> | null;
  /** Every target of the indicator, soonest first: a 2026 target added later stands beside 2025 and 2030. */
  targets: TargetIn<S>[];
  /** The indicator's status group, as the overview and scorecard count it. */
  verdict: ReportVerdict;
  status: ProgressStatus;
  reason: UnassessableReason | null;
  /** The verdict's target year is over at the report's end: no target is open. */
  final: boolean;
  /**
   * Beside an open verdict, the final one of the latest target whose year is
   * over (2025): achieved or not, on which figure. Counted apart, never mixed
   * with what is open now.
   */
  closed: { year: number; status: "ACHIEVED" | "NOT_ACHIEVED"; figure: FigureIn<S> | null } | null;
  /** The figure the verdict rests on, and whose it is (the successor's, for a unit merged away). */
  evidence: { figure: FigureIn<S>; whose: "OWN" | "SUCCESSOR"; /** The successor, named, when its figure is the one. */ unit: UnitName | null } | null;
  /** That figure is a range or stands at a day before its period ends. */
  evidenceApproximate: boolean;
  /** The first target whose year is not over at the report's end, and what it still needs. */
  openTarget: TargetIn<S> | null;
  /** Still to go to the open target, in the indicator's unit; 0 once met. */
  gap: number | null;
  /** The gap and pace rest on a figure the source gives as a range ("hơn", "gần"): print them as approximate. */
  approximate: boolean;
  /** Per quarter until the end of the open target's year; null when no quarter is left or nothing to go from. */
  pacePerQuarter: number | null;
  /** A merged unit's predecessors: each one's last figure. */
  predecessors: Array<{ unit: { slug: string; nameVi: string; nameEn: string }; latest: FigureIn<S> }>;
  /** For a unit merged away: the successor's figure its headline verdict rests on. */
  successorFigure: FigureIn<S> | null;
}

export interface ClosedCount {
  year: number;
  achieved: number;
  notAchieved: number;
}

/** One sentence of a pillar's paragraph, as a code and the figures it states. */
export type Sentence<S extends SourceIn = SourceIn> =
  | { code: "COUNTS"; total: number; counts: Record<ReportVerdict, number> }
  | { code: "NO_TARGETS"; indicators: number }
  | { code: "MOVED"; row: ReportRow<S>; from: FigureIn<S>; to: FigureIn<S> }
  | { code: "ONE_FIGURE"; row: ReportRow<S>; to: FigureIn<S> };

export interface PillarReport<S extends SourceIn = SourceIn> {
  code: string;
  kind: "PILLAR" | "FOUNDATION";
  nameVi: string;
  nameEn: string;
  rows: ReportRow<S>[];
  /** Every indicator once, in its group. */
  counts: Record<ReportVerdict, number>;
  total: number;
  paragraph: Sentence<S>[];
}

export interface ReportFacts<S extends SourceIn = SourceIn> {
  asOf: Date;
  pillars: PillarReport<S>[];
  /** Every indicator once, by its verdict against what is open now. */
  counts: Record<ReportVerdict, number>;
  total: number;
  /** The targets whose year is over, latest year first: how many were achieved and not, counted apart from `counts`. */
  closed: ClosedCount[];
  /** Judged against a target and behind it: needing acceleration or off track. */
  behind: ReportRow<S>[];
  noData: ReportRow<S>[];
  dti: { trend: DtiIn<S>[]; latest: DtiIn<S> | null; previous: DtiIn<S> | null; /** Places gained (positive) or lost since the previous ranked year. */ rankChange: number | null };
  /** Every source behind a figure, target or DTI result of the report, numbered in order of first use (1-based). */
  sources: S[];
  /** Each source's number by its key. */
  sourceNumbers: Record<string, number>;
  /** Some figure in the report is approved but not yet published. */
  hasUnpublished: boolean;
}

/** How many headline figures a pillar's paragraph states at most. */
const MOVES_PER_PARAGRAPH = 3;

/** `asOf` is the report period's last day: targets of later years are still open, and the pace is spread over the quarters after it. */
export function reportFacts<S extends SourceIn>(input: {
  asOf: Date;
  pillars: readonly PillarIn<S>[];
  dti: readonly DtiIn<S>[];
  /** The unit a unit merged away became: a verdict resting on its figure names it. */
  successor?: UnitName | null;
}): ReportFacts<S> {
  const { asOf } = input;
  const pillars = input.pillars.map((pillar) => pillarReport(pillar, asOf, input.successor ?? null));
  const rows = pillars.flatMap((p) => p.rows);

  const trend = [...input.dti].sort((a, b) => a.year - b.year);
  const ranked = trend.filter((r) => r.rank !== null);
  const latest = ranked.at(-1) ?? null;
  const previous = ranked.at(-2) ?? null;

  const order = new Map<string, S>();
  const cite = (source: S | undefined) => {
    if (source && !order.has(source.key)) order.set(source.key, source);
  };
  for (const row of rows) {
    cite(row.latest?.source);
    cite(row.previous?.source);
    cite(row.target?.source);
    for (const target of row.targets) cite(target.source);
    cite(row.successorFigure?.source);
    for (const p of row.predecessors) cite(p.latest.source);
  }
  for (const r of trend) cite(r.source);
  const sources = [...order.values()];

  return {
    asOf,
    pillars,
    counts: sumCounts(pillars.map((p) => p.counts)),
    total: rows.length,
    closed: closedCounts(rows),
    behind: rows.filter((r) => r.verdict === "ACCELERATION_NEEDED" || r.verdict === "OFF_TRACK"),
    noData: rows.filter((r) => r.verdict === "NO_DATA"),
    dti: { trend, latest, previous, rankChange: latest && previous ? previous.rank! - latest.rank! : null },
    sources,
    sourceNumbers: Object.fromEntries(sources.map((s, i) => [s.key, i + 1])),
    hasUnpublished: rows.some((r) => [r.latest, r.previous, r.successorFigure, ...r.predecessors.map((p) => p.latest)].some((f) => f?.unpublished)),
  };
}

function pillarReport<S extends SourceIn>(pillar: PillarIn<S>, asOf: Date, successor: UnitName | null): PillarReport<S> {
  const rows = pillar.rows.map((row) => reportRow(row, asOf, successor));
  const counts = emptyCounts();
  for (const r of rows) counts[r.verdict] += 1;
  return {
    code: pillar.code,
    kind: pillar.kind,
    nameVi: pillar.nameVi,
    nameEn: pillar.nameEn,
    rows,
    counts,
    total: rows.length,
    paragraph: paragraph(rows, counts),
  };
}

export function reportRow<S extends SourceIn>(row: RowIn<S>, asOf: Date, successor: UnitName | null = null): ReportRow<S> {
  const { assessment, indicator } = row;
  const series = row.observations;
  const latest = assessment.latest;
  const previous = series.length >= 2 ? series[series.length - 2]! : null;
  // What the unit works towards now decides the verdict; a target whose year is over is said apart. Where
  // nothing is open (every target's year over, or the unit merged away), the headline verdict stands, final.
  const open = assessment.open;
  const judged = open ?? assessment.headline;
  const hasData = latest !== null || assessment.successorFigure !== null;
  const status = judged?.status ?? assessment.progress.status;
  const lastClosed = open ? assessment.verdicts.filter((v) => v.final && !v.passedOn && (v.status === "ACHIEVED" || v.status === "NOT_ACHIEVED")).at(-1) : undefined;
  // The verdict's own choice: a unit that no longer exists has no pace to keep, its open targets passed to its successor.
  const openTarget = open?.target ?? null;
  const met = latest && openTarget ? meetsTarget(latest.value, openTarget.comparator, openTarget.value) : false;
  const evidence = judged?.evidence ?? null;
  return {
    indicator,
    latest,
    previous: latest ? previous : null,
    change: latest && previous ? changeBetween(previous, latest) : null,
    target: judged?.target ?? assessment.target,
    laterTarget: assessment.laterTarget,
    targets: assessment.verdicts.map((v) => v.target),
    verdict: verdictOf(judged ? bucketOf(judged, hasData) : assessment.bucket, status),
    status,
    reason: judged ? judged.reason : assessment.progress.reason,
    final: judged?.final ?? assessment.progress.final,
    closed: lastClosed ? { year: lastClosed.target.year, status: lastClosed.status as "ACHIEVED" | "NOT_ACHIEVED", figure: lastClosed.evidence?.figure ?? null } : null,
    evidence: evidence ? { ...evidence, unit: evidence.whose === "SUCCESSOR" ? successor : null } : null,
    evidenceApproximate: judged?.approximate ?? false,
    openTarget,
    gap: latest && openTarget ? (met ? 0 : gapToTarget(latest.value, openTarget, indicator.direction)) : null,
    approximate: latest !== null && isApproximate(latest),
    pacePerQuarter: latest && openTarget ? pacePerQuarter({ latest: latest.value, target: openTarget, direction: indicator.direction, asOf }) : null,
    predecessors: row.predecessors.flatMap((p) => {
      const last = p.observations.at(-1);
      return last ? [{ unit: p.unit, latest: last }] : [];
    }),
    successorFigure: assessment.successorFigure,
  };
}

/** Per target year that is over, beside an open verdict: achieved and not, latest year first. */
function closedCounts<S extends SourceIn>(rows: readonly ReportRow<S>[]): ClosedCount[] {
  const byYear = new Map<number, ClosedCount>();
  for (const row of rows) {
    if (!row.closed) continue;
    const count = byYear.get(row.closed.year) ?? { year: row.closed.year, achieved: 0, notAchieved: 0 };
    if (row.closed.status === "ACHIEVED") count.achieved += 1;
    else count.notAchieved += 1;
    byYear.set(row.closed.year, count);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/** Only what the figures say: the counts of every group, then the headline indicators that moved. */
function paragraph<S extends SourceIn>(rows: ReportRow<S>[], counts: Record<ReportVerdict, number>): Sentence<S>[] {
  const withTarget = rows.some((r) => r.target !== null);
  const sentences: Sentence<S>[] = withTarget ? [{ code: "COUNTS", total: rows.length, counts }] : [{ code: "NO_TARGETS", indicators: rows.length }];
  const withFigures = rows.filter((r) => r.latest !== null);
  const headline = withFigures.filter((r) => r.indicator.isHeadline);
  const chosen = (headline.length > 0 ? headline : withFigures).slice(0, MOVES_PER_PARAGRAPH);
  for (const row of chosen) {
    sentences.push(row.previous ? { code: "MOVED", row, from: row.previous, to: row.latest! } : { code: "ONE_FIGURE", row, to: row.latest! });
  }
  return sentences;
}

function emptyCounts(): Record<ReportVerdict, number> {
  return { ACHIEVED: 0, ON_TRACK: 0, ACCELERATION_NEEDED: 0, OFF_TRACK: 0, UNASSESSED: 0, NO_DATA: 0 };
}

function sumCounts(all: Record<ReportVerdict, number>[]): Record<ReportVerdict, number> {
  const total = emptyCounts();
  for (const counts of all) for (const v of REPORT_VERDICTS) total[v] += counts[v];
  return total;
}
