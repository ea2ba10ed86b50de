// What the indicator chart draws for one indicator: which units' series are
// joined across the 2025 mergers, the observed points, the straight path
// needed to reach a target and the current trend carried on to it, and the
// flat rows that the table twin and the CSV both show.
import { comparePeriods, parsePeriod, periodEnd, year } from "@/lib/domain/period";
import { linearProjection } from "@/lib/domain/progress";

export interface UnitNode {
  slug: string;
  successorSlug: string | null;
  validFrom: Date | null;
  validTo: Date | null;
}

export type LineageRole = "own" | "predecessor" | "successor";

export interface LineageEntry {
  slug: string;
  role: LineageRole;
}

/**
 * The units whose series are drawn when `slug` is chosen, oldest first:
 * predecessors (in the order of `units`), the unit itself, then its successor.
 * Links are followed through chains (A → B → C) so a unit merged twice still
 * shows its whole history; a visited set stops a faulty cycle from looping.
 * A successor missing from `units` is left out rather than guessed.
 * Validity dates are not consulted: the links alone say who merged into whom.
 */
export function lineage(slug: string, units: readonly UnitNode[]): LineageEntry[] {
  const bySlug = new Map(units.map((u) => [u.slug, u]));
  const self = bySlug.get(slug);
  if (!self) return [];
  const seen = new Set([slug]);

  const predecessors: LineageEntry[] = [];
  const addPredecessorsOf = (of: string): void => {
    for (const u of units) {
      if (u.successorSlug !== of || seen.has(u.slug)) continue;
      seen.add(u.slug);
      // A predecessor's own predecessors are older still, so they go before it.
      addPredecessorsOf(u.slug);
      predecessors.push({ slug: u.slug, role: "predecessor" });
    }
  };
  addPredecessorsOf(slug);

  const successors: LineageEntry[] = [];
  for (let next = bySlug.get(self.successorSlug ?? ""); next && !seen.has(next.slug); next = bySlug.get(next.successorSlug ?? "")) {
    seen.add(next.slug);
    successors.push({ slug: next.slug, role: "successor" });
  }

  return [...predecessors, { slug, role: "own" }, ...successors];
}

/** A position on the chart: `t` in UTC milliseconds. */
export interface TimedValue {
  t: number;
  value: number;
}

export interface SeriesPoint extends TimedValue {
  /** Canonical period code ("2024", "2024-H1", "2024-Q3"). */
  period: string;
}

/**
 * Observations as chart points dated at their period's last day, in
 * `comparePeriods` order, so "2023" comes before "2023-Q4" although both end
 * on 31 Dec 2023. A malformed period throws: a silently dropped figure would
 * make the chart and the table disagree with the data.
 */
export function toPoints(observations: readonly { period: string; value: number }[]): SeriesPoint[] {
  return observations
    .map((o) => {
      const p = parsePeriod(o.period);
      if (!p) throw new RangeError(`malformed period code: ${JSON.stringify(o.period)}`);
      return { p, value: o.value };
    })
    .sort((a, b) => comparePeriods(a.p, b.p))
    .map(({ p, value }) => ({ period: p.code, t: periodEnd(p).getTime(), value }));
}

/** 31 December of the target year, the date every target is judged at. */
export function targetTime(targetYear: number): number {
  return periodEnd(year(targetYear)).getTime();
}

/** Straight line from the first figure to the target at 31 Dec of its year; null without a figure dated before then. */
export function neededPath(points: readonly TimedValue[], target: { year: number; value: number }): [TimedValue, TimedValue] | null {
  const first = earliest(points);
  const end = targetTime(target.year);
  if (!first || first.t >= end) return null;
  return [{ t: first.t, value: first.value }, { t: end, value: target.value }];
}

export interface Bounds {
  min: number | null;
  max: number | null;
}

export interface TrendProjection {
  from: TimedValue;
  to: TimedValue;
  /** True when either end was pulled back into the bounds, so the chart can say the trend was capped. */
  clamped: boolean;
}

/**
 * The least-squares trend over all points, drawn from the latest figure's
 * date to 31 Dec of the target year. It starts at the fitted value, not the
 * latest figure, so the dashed line has the trend's true slope. Each end is
 * clamped into `bounds` (a percentage stays within 0–100). Null with fewer
 * than two distinct dates or when the latest figure is dated on/after the
 * target date: there is nothing left to project.
 */
export function trendProjection(points: readonly TimedValue[], targetYear: number, bounds?: Bounds): TrendProjection | null {
  if (points.length === 0) return null;
  const lastT = Math.max(...points.map((p) => p.t));
  const end = targetTime(targetYear);
  if (lastT >= end) return null;
  const fitted = points.map((p) => ({ periodEnd: new Date(p.t), value: p.value }));
  const atLast = linearProjection(fitted, new Date(lastT));
  const atEnd = linearProjection(fitted, new Date(end));
  if (atLast === null || atEnd === null) return null;
  const from = clamp(atLast, bounds);
  const to = clamp(atEnd, bounds);
  return { from: { t: lastT, value: from }, to: { t: end, value: to }, clamped: from !== atLast || to !== atEnd };
}

function clamp(value: number, bounds: Bounds | undefined): number {
  const min = bounds?.min ?? -Infinity;
  const max = bounds?.max ?? Infinity;
  if (min > max) throw new RangeError(`bounds are inverted: min ${min} > max ${max}`);
  return Math.min(max, Math.max(min, value));
}

// Of figures sharing the earliest date the first in the array wins: toPoints
// puts the longer period (the year before its Q4) first.
function earliest(points: readonly TimedValue[]): TimedValue | undefined {
  return points.reduce<TimedValue | undefined>((best, p) => (!best || p.t < best.t ? p : best), undefined);
}

export type ChartRowKind = "observed" | "target" | "needed" | "projection";

export interface ChartRow {
  unit: string;
  kind: ChartRowKind;
  /** The period code of an observed figure; null for every other kind. */
  period: string | null;
  /** The target year the row belongs to; null for observed figures. */
  year: number | null;
  t: number;
  value: number;
}

export interface ChartInput {
  series: Array<{ unit: string; points: readonly SeriesPoint[] }>;
  targets: Array<{ unit: string; year: number; value: number }>;
  needed: Array<{ unit: string; from: TimedValue; to: TimedValue }>;
  projections: Array<{ unit: string; from: TimedValue; to: TimedValue }>;
}

const KIND_ORDER: readonly ChartRowKind[] = ["observed", "target", "needed", "projection"];

/**
 * Every vertex the chart draws, once, for the table twin and the CSV.
 * A needed path's start is the unit's first observed figure, already a row,
 * so only its end is added (its start too, should it ever not be observed).
 * A projection's start is a fitted value, not a figure, so both ends are rows.
 * Order: unit (first appearance in the input), kind (as in ChartRowKind),
 * target year, time. Sorting by year before time keeps the two ends of a 2025
 * and a 2030 projection paired instead of interleaved.
 */
export function chartRows(input: ChartInput): ChartRow[] {
  const rows: ChartRow[] = [];
  const row = (unit: string, kind: ChartRowKind, at: TimedValue, year: number | null, period: string | null = null) =>
    rows.push({ unit, kind, period, year, t: at.t, value: at.value });

  for (const s of input.series) for (const p of s.points) row(s.unit, "observed", p, null, p.period);
  for (const g of input.targets) row(g.unit, "target", { t: targetTime(g.year), value: g.value }, g.year);
  for (const n of input.needed) {
    const endYear = yearOf(n.to.t);
    const observed = input.series.some((s) => s.unit === n.unit && s.points.some((p) => p.t === n.from.t && p.value === n.from.value));
    if (!observed) row(n.unit, "needed", n.from, endYear);
    row(n.unit, "needed", n.to, endYear);
  }
  for (const p of input.projections) {
    row(p.unit, "projection", p.from, yearOf(p.to.t));
    row(p.unit, "projection", p.to, yearOf(p.to.t));
  }

  const unitOrder = new Map<string, number>();
  for (const r of rows) if (!unitOrder.has(r.unit)) unitOrder.set(r.unit, unitOrder.size);
  // Array.prototype.sort is stable, so observed figures sharing a date keep toPoints' order.
  return rows.sort(
    (a, b) =>
      (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.t - b.t,
  );
}

function yearOf(t: number): number {
  return new Date(t).getUTCFullYear();
}
