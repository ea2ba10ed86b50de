// The one rule for a target that outlives its unit. An Giang and Hậu Giang
// set targets for 2025 but were merged away on 01/7/2025, so no figure of
// theirs can cover 2025. Their 2025 verdict is taken from the figure of the
// unit they became, for the target year: "số liệu của tỉnh sau sáp nhập".
import { comparePeriods, parsePeriod } from "@/lib/domain/period";
import { meetsTarget, type Comparator } from "@/lib/domain/targets";

export interface SuccessorFigure {
  periodEnd: Date;
  value: number;
  period: string;
}

export interface SuccessorVerdict<O> {
  status: "ACHIEVED" | "NOT_ACHIEVED";
  /** The successor's figure the verdict rests on. */
  figure: O;
}

/**
 * For a unit that ended before the close of its target year, once that year
 * is over: the verdict of the successor's last figure dated in the target
 * year. Null when the rule does not apply (the unit lived through the year,
 * the year is not over) or the successor has no figure for that year — then
 * the unit's own figures decide, as for any unit.
 */
export function successorVerdict<O extends SuccessorFigure>(input: {
  unitEnd: Date | null;
  target: { year: number; comparator: Comparator; value: number };
  successorObservations: readonly O[];
  asOf: Date;
}): SuccessorVerdict<O> | null {
  const { unitEnd, target, asOf } = input;
  const yearEnd = Date.UTC(target.year, 11, 31);
  if (!unitEnd || unitEnd.getTime() >= yearEnd) return null;
  if (asOf.getTime() < Date.UTC(target.year + 1, 0, 1)) return null;
  const inYear = input.successorObservations.filter((o) => o.periodEnd.getUTCFullYear() === target.year).sort(byPeriod);
  const figure = inYear.at(-1);
  if (!figure) return null;
  return { status: meetsTarget(figure.value, target.comparator, target.value) ? "ACHIEVED" : "NOT_ACHIEVED", figure };
}

function byPeriod(a: SuccessorFigure, b: SuccessorFigure): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  return pa && pb ? comparePeriods(pa, pb) : a.periodEnd.getTime() - b.periodEnd.getTime();
}

export interface CarriedFrom {
  slug: string;
  nameVi: string;
  nameEn: string;
}

/**
 * The targets a unit is judged on: its own, and for each year from its first
 * year on where it has none of its own, the target a unit it was formed from
 * set for that year (the predecessor's 2030 target passes to the unit that
 * carries it on), marked with whose it is. Where two predecessors set
 * different targets for one year neither is carried: which would be the
 * merged unit's is not for the app to choose.
 */
export function carriedTargets<T extends { year: number; comparator: Comparator; value: number }>(input: {
  own: readonly T[];
  unitStart: Date | null;
  predecessors: ReadonlyArray<{ unit: CarriedFrom; targets: readonly T[] }>;
}): Array<T & { carriedFrom: CarriedFrom | null }> {
  const own = input.own.map((t) => ({ ...t, carriedFrom: null }));
  if (!input.unitStart) return own;
  const firstYear = input.unitStart.getUTCFullYear();
  const years = new Set(input.own.map((t) => t.year));
  const offered = new Map<number, Array<T & { carriedFrom: CarriedFrom }>>();
  for (const { unit, targets } of input.predecessors) {
    for (const t of targets) {
      if (t.year < firstYear || years.has(t.year)) continue;
      offered.set(t.year, [...(offered.get(t.year) ?? []), { ...t, carriedFrom: unit }]);
    }
  }
  const carried = [...offered.values()].flatMap((all) => {
    const [first] = all;
    return first && all.every((t) => t.comparator === first.comparator && t.value === first.value) ? [first] : [];
  });
  return [...own, ...carried].sort((a, b) => a.year - b.year);
}

/** The day the 63 provinces became 34 (Resolution 202/2025/QH15). */
export const MERGER_DAY = Date.UTC(2025, 6, 1);

/**
 * How many provincial units a national ranking of a period ranks: 63 for a
 * period that ended before the merger, 34 after. A rank is stored with it, so
 * that 13th of 63 is never read against 21st of 34.
 */
export function unitsRankedFor(periodEnd: Date): number {
  return periodEnd.getTime() < MERGER_DAY ? 63 : 34;
}
