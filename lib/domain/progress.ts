import { quartersBetween, yearsBetween } from "./period";
import { meetsTarget, type Comparator, type Direction } from "./targets";

export interface Point {
  periodEnd: Date;
  value: number;
}

export interface TargetSpec {
  year: number;
  comparator: Comparator;
  value: number;
}

export type ProgressStatus =
  | "ACHIEVED"
  | "ON_TRACK"
  | "ACCELERATION_NEEDED"
  | "LIMITED_PROGRESS"
  | "DETERIORATION"
  | "NOT_ACHIEVED"
  | "UNABLE_TO_ASSESS";

export type UnassessableReason =
  | "NO_TARGET"
  | "NO_DATA"
  | "ONE_OBSERVATION"
  | "NO_DATA_FOR_TARGET_YEAR"
  | "NO_TIME_ELAPSED";

export interface ProgressResult {
  status: ProgressStatus;
  /** Observed ÷ required growth; null whenever no such ratio was computed. */
  ratio: number | null;
  reason: UnassessableReason | null;
  /** True once the target year is over: the verdict will not move with new pace data. */
  final: boolean;
}

const ON_TRACK_RATIO = 0.95;
const ACCELERATION_NEEDED_RATIO = 0.6;
// Open SDG's rule: a zero becomes 0.001 so growth from a zero baseline stays finite.
const ZERO_STAND_IN = 0.001;

/**
 * Progress of an indicator towards its target by the Open SDG / Statistics
 * Canada method: compound annual growth observed since the first point,
 * divided by the compound annual growth needed from the first point to
 * 31 December of the target year.
 *
 * Values must be non-negative (percentages, counts, scores, ranks): compound
 * growth is undefined for negative values, so they throw a RangeError.
 */
export function progressStatus(input: {
  points: Point[];
  target: TargetSpec | null;
  direction: Direction;
  asOf: Date;
}): ProgressResult {
  const { target, direction, asOf } = input;
  const points = [...input.points].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const baseline = points[0];
  const latest = points.at(-1);
  if (!baseline || !latest) return unableToAssess("NO_DATA");
  if (!target) return unableToAssess("NO_TARGET");

  const meets = (p: Point) => meetsTarget(p.value, target.comparator, target.value);
  if (targetYearHasPassed(target.year, asOf)) return finalVerdict(points, target.year, meets);
  if (meets(latest)) return { status: "ACHIEVED", ratio: null, reason: null, final: false };
  if (points.length < 2) return unableToAssess("ONE_OBSERVATION");

  const elapsed = yearsBetween(baseline.periodEnd, latest.periodEnd);
  // Data dated on or after the target date leaves no span to spread the required growth over.
  const allowed = yearsBetween(baseline.periodEnd, targetDate(target.year));
  if (elapsed <= 0 || allowed <= 0) return unableToAssess("NO_TIME_ELAPSED");

  const towardsTarget = direction === "HIGHER_IS_BETTER" ? 1 : -1;
  const observed = towardsTarget * annualGrowth(baseline.value, latest.value, elapsed);
  const required = towardsTarget * annualGrowth(baseline.value, target.value, allowed);

  // The baseline already sat at or beyond the target yet the latest value misses it
  // (it slipped back, or a strict ">" target is met exactly). No meaningful ratio
  // exists, so the direction of travel alone decides.
  if (required <= 0) {
    const status = observed > 0 ? "ON_TRACK" : observed < 0 ? "DETERIORATION" : "LIMITED_PROGRESS";
    return { status, ratio: null, reason: null, final: false };
  }

  const ratio = observed / required;
  return { status: classifyRatio(ratio), ratio, reason: null, final: false };
}

/** ≥ 0.95 on track; 0.60–0.95 acceleration needed; 0–0.60 limited progress; < 0 deterioration. */
export function classifyRatio(ratio: number): ProgressStatus {
  if (ratio >= ON_TRACK_RATIO) return "ON_TRACK";
  if (ratio >= ACCELERATION_NEEDED_RATIO) return "ACCELERATION_NEEDED";
  if (ratio >= 0) return "LIMITED_PROGRESS";
  return "DETERIORATION";
}

/**
 * Once the target year is over the verdict is final and rests on the last
 * figure of that year; figures of later years do not count towards it. With
 * no figure for the target year, an earlier figure that already met the
 * target counts as achieved; otherwise we never claim "not achieved".
 */
function finalVerdict(points: Point[], targetYear: number, meets: (p: Point) => boolean): ProgressResult {
  const byTargetYear = points.filter((p) => p.periodEnd.getUTCFullYear() <= targetYear);
  const last = byTargetYear.at(-1);
  if (!last) return { status: "UNABLE_TO_ASSESS", ratio: null, reason: "NO_DATA_FOR_TARGET_YEAR", final: true };
  if (meets(last)) return { status: "ACHIEVED", ratio: null, reason: null, final: true };
  if (last.periodEnd.getUTCFullYear() === targetYear) return { status: "NOT_ACHIEVED", ratio: null, reason: null, final: true };
  return { status: "UNABLE_TO_ASSESS", ratio: null, reason: "NO_DATA_FOR_TARGET_YEAR", final: true };
}

function unableToAssess(reason: UnassessableReason): ProgressResult {
  return { status: "UNABLE_TO_ASSESS", ratio: null, reason, final: false };
}

function targetDate(targetYear: number): Date {
  return new Date(Date.UTC(targetYear, 11, 31));
}

function targetYearHasPassed(targetYear: number, asOf: Date): boolean {
  return asOf.getTime() >= Date.UTC(targetYear + 1, 0, 1);
}

function annualGrowth(from: number, to: number, years: number): number {
  if (from < 0 || to < 0) throw new RangeError(`progress needs non-negative values, got ${from} → ${to}`);
  const start = from === 0 ? ZERO_STAND_IN : from;
  const end = to === 0 ? ZERO_STAND_IN : to;
  return (end / start) ** (1 / years) - 1;
}

/**
 * Distance still to go, in the indicator's unit; 0 once the target is met.
 * A strict target ("more than 70 %") sitting exactly on its value reports a gap
 * of 0 although it is not met: the status, not the gap, tells that truth.
 */
export function gapToTarget(latest: number, target: TargetSpec, direction: Direction): number {
  if (meetsTarget(latest, target.comparator, target.value)) return 0;
  const gap = direction === "HIGHER_IS_BETTER" ? target.value - latest : latest - target.value;
  return Math.max(0, gap);
}

/**
 * Gap spread over the whole quarters left from the quarter after `asOf` to the
 * last quarter of the target year. 0 when the target is met; null when it is
 * not met and no quarter remains.
 */
export function pacePerQuarter(input: {
  latest: number;
  target: TargetSpec;
  direction: Direction;
  asOf: Date;
}): number | null {
  const { latest, target, direction, asOf } = input;
  if (meetsTarget(latest, target.comparator, target.value)) return 0;
  const quartersLeft = quartersBetween(asOf, targetDate(target.year));
  if (quartersLeft === 0) return null;
  return gapToTarget(latest, target, direction) / quartersLeft;
}

/** Ordinary least squares of value on time (in years), evaluated at `at`. */
export function linearProjection(points: Point[], at: Date): number | null {
  const origin = points[0]?.periodEnd;
  if (!origin || points.length < 2) return null;
  const xs = points.map((p) => yearsBetween(origin, p.periodEnd));
  const meanX = mean(xs);
  const meanY = mean(points.map((p) => p.value));
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  return meanY + (sxy / sxx) * (yearsBetween(origin, at) - meanX);
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
