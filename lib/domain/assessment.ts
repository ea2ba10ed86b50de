// Brings the pure computations together for one indicator of one province:
// the latest figure, one verdict per target (lib/domain/verdict.ts), the headline
// one the overview counts and the open one the unit works towards, its
// status group, gap, pace and projection.
import { comparePeriods, parsePeriod } from "@/lib/domain/period";
import { gapToTarget, linearProjection, pacePerQuarter, progressStatus, type ProgressResult } from "@/lib/domain/progress";
import { judgeTarget, openVerdict, type Verdict } from "@/lib/domain/verdict";
import type { Comparator, Direction } from "@/lib/domain/targets";

/** The target year the dashboard reports against first. */
export const HEADLINE_TARGET_YEAR = 2025;

export interface AssessedObservation {
  periodEnd: Date;
  value: number;
  /** Period code; breaks ties between periods that end the same day (2023 vs 2023-Q4). */
  period?: string;
}

export interface AssessedTarget {
  year: number;
  comparator: Comparator;
  value: number;
}

/** Status groups shown on the overview. */
export type StatusBucket = "ACHIEVED" | "ON_TRACK" | "OFF_TRACK" | "UNASSESSED" | "NO_DATA";

export interface Assessment<O, T> {
  latest: O | null;
  /** The headline target: the 2025 one where there is one, else the earliest the unit can be judged on. */
  target: T | null;
  /** The next target after the headline one (2030). */
  laterTarget: T | null;
  /**
   * The unit ended before the day judged: it keeps no pace and has no gap to
   * close, and a target of a year after its end is not judged on it — it
   * passes to the unit that carries it on (its verdict says `passedOn`).
   */
  ended: boolean;
  /** One verdict per target, soonest first (lib/domain/verdict.ts): every surface renders these. */
  verdicts: Verdict<O, T>[];
  /** The verdict against `target`, the one the overview and the report count. */
  headline: Verdict<O, T> | null;
  /** The verdict of the first target still open that the unit keeps: what it is working towards now. */
  open: Verdict<O, T> | null;
  progress: ProgressResult;
  gap: number | null;
  pacePerQuarter: number | null;
  projection: number | null;
  bucket: StatusBucket;
  /** The successor's figure the headline verdict rests on, when the unit was merged away before its target year ended. */
  successorFigure: O | null;
}

export function assessIndicator<O extends AssessedObservation, T extends AssessedTarget>(input: {
  direction: Direction;
  observations: readonly O[];
  targets: readonly T[];
  asOf: Date;
  /** The last day of the unit's life, for a unit merged away; null or absent for a unit that exists. */
  unitEnd?: Date | null;
  /** For a unit merged away: its successor's figures (see lib/domain/succession.ts). */
  successor?: { unitEnd: Date | null; observations: readonly O[] };
}): Assessment<O, T> {
  const { direction, asOf } = input;
  const unitEnd = input.unitEnd ?? input.successor?.unitEnd ?? null;
  const ended = unitEnd !== null && unitEnd.getTime() < asOf.getTime();
  const observations = [...input.observations].sort(byPeriod);
  const all = [...input.targets].sort((a, b) => a.year - b.year);
  const successor = input.successor ? [...input.successor.observations].sort(byPeriod) : undefined;
  const verdicts = all.map((target) => judgeTarget({ direction, observations, target, asOf, unitEnd, successor }));
  // A unit that ended is judged only on targets of the years it lived in; the later ones pass on.
  const judged = verdicts.filter((v) => !v.passedOn);
  const latest = observations.at(-1) ?? null;
  const headline = judged.find((v) => v.target.year === HEADLINE_TARGET_YEAR) ?? judged[0] ?? null;
  const target = headline?.target ?? null;
  const later = headline ? (verdicts.find((v) => v.target.year > headline.target.year) ?? null) : ended ? (verdicts[0] ?? null) : null;

  const bySuccessor = headline?.evidence?.whose === "SUCCESSOR";
  const progress: ProgressResult = headline
    ? { status: headline.status, ratio: headline.ratio, reason: headline.reason, final: headline.final }
    : progressStatus({ points: observations, target: null, direction, asOf });
  // A verdict on the successor's figure, or a unit that no longer exists, leaves nothing to close.
  const gap = latest && target && !bySuccessor && !ended ? gapToTarget(latest.value, target, direction) : null;
  const pace = latest && target && !bySuccessor && !ended ? pacePerQuarter({ latest: latest.value, target, direction, asOf }) : null;
  const projection = target ? linearProjection(observations, new Date(Date.UTC(target.year, 11, 31))) : null;

  const successorFigure = bySuccessor ? (headline?.evidence?.figure ?? null) : null;
  return {
    latest,
    target,
    laterTarget: later?.target ?? null,
    ended,
    verdicts,
    headline,
    // A unit that no longer exists works towards nothing: its open targets passed on.
    open: ended ? null : openVerdict(verdicts),
    progress,
    gap,
    pacePerQuarter: pace,
    projection,
    bucket: bucketOf(progress, latest !== null || successorFigure !== null),
    successorFigure,
  };
}

/** Chronological order; of two periods ending the same day, the shorter one is the later figure. */
function byPeriod(a: AssessedObservation, b: AssessedObservation): number {
  const byEnd = a.periodEnd.getTime() - b.periodEnd.getTime();
  if (byEnd !== 0) return byEnd;
  const pa = a.period ? parsePeriod(a.period) : null;
  const pb = b.period ? parsePeriod(b.period) : null;
  return pa && pb ? comparePeriods(pa, pb) : 0;
}

export function bucketOf(progress: Pick<ProgressResult, "status">, hasData: boolean): StatusBucket {
  if (!hasData) return "NO_DATA";
  switch (progress.status) {
    case "ACHIEVED":
      return "ACHIEVED";
    case "ON_TRACK":
      return "ON_TRACK";
    case "UNABLE_TO_ASSESS":
      return "UNASSESSED";
    default:
      return "OFF_TRACK";
  }
}

export function countBuckets(buckets: readonly StatusBucket[]): Record<StatusBucket, number> {
  const counts: Record<StatusBucket, number> = { ACHIEVED: 0, ON_TRACK: 0, OFF_TRACK: 0, UNASSESSED: 0, NO_DATA: 0 };
  for (const b of buckets) counts[b]++;
  return counts;
}
