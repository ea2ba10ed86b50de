// What can truthfully be said about the move between two figures. A figure
// the source gives as "hơn 99 %", "dưới 5 %" or "gần 2.200" is a range, not a
// number: the change between two figures is then a range too, and only what
// holds over the whole range may be said — "more than +441", "about −40", or
// that the figures cannot be compared exactly. A year set beside a quarter is
// a change between periods of different kinds, and says so.
import type { Qualifier } from "@/lib/domain/format";
import { parsePeriod } from "@/lib/domain/period";

export interface FigureLike {
  value: number;
  qualifier: Qualifier;
  period: string;
  /** A to-date figure: the day it stands at, before its period ends. */
  asOf?: Date | null;
  /** A rank: how many units were ranked. */
  outOf?: number | null;
}

/**
 * How far "gần" / "khoảng" may lie from the figure given, either way: wide
 * enough that "nearly 2,200" against 2,160 is not read as a fall of exactly 40.
 */
export const APPROXIMATE_MARGIN = 0.05;

/**
 * EXACT: both figures exact. AT_LEAST / AT_MOST: only a bound is known ("more
 * than +441", "a fall of more than 0.77"). ABOUT: both ends of the range lie
 * on one side of zero and the value is the figures' difference as given.
 * UNKNOWN: the range spans zero, so not even the direction is known.
 */
export type ChangeShape = "EXACT" | "AT_LEAST" | "AT_MOST" | "ABOUT" | "UNKNOWN";
export type ChangeDirection = "UP" | "DOWN" | "SAME" | "UNKNOWN";

export interface Change {
  shape: ChangeShape;
  /** The number to print with the shape; null when UNKNOWN. */
  value: number | null;
  direction: ChangeDirection;
  /** Why no change is known: a figure is a range, or two ranks are out of different numbers of units. */
  unknownBecause: "RANGE" | "OUT_OF" | null;
  /** Both figures are of the same kind of period (two quarters, two years). */
  samePeriodKind: boolean;
  /** A figure stands at a day before its period ends (a to-date figure). */
  partial: boolean;
}

/** The range a figure stands for. */
export function rangeOf(figure: Pick<FigureLike, "value" | "qualifier">): [number, number] {
  const { value, qualifier } = figure;
  switch (qualifier) {
    case "EXACT":
      return [value, value];
    case "MORE_THAN":
      return [value, Infinity];
    case "LESS_THAN":
      return [-Infinity, value];
    case "APPROXIMATELY": {
      const margin = Math.abs(value) * APPROXIMATE_MARGIN;
      return [value - margin, value + margin];
    }
  }
}

/** From `from` to `to`, as much as the two figures support. */
export function changeBetween(from: FigureLike, to: FigureLike): Change {
  const kinds = { samePeriodKind: periodKind(from.period) === periodKind(to.period), partial: Boolean(from.asOf || to.asOf) };
  // 13th of 63 and 21st of 34 are places in two different tables: no move between them.
  if ((from.outOf ?? null) !== (to.outOf ?? null)) return { shape: "UNKNOWN", value: null, direction: "UNKNOWN", unknownBecause: "OUT_OF", ...kinds };
  const [fromLow, fromHigh] = rangeOf(from);
  const [toLow, toHigh] = rangeOf(to);
  const low = toLow - fromHigh;
  const high = toHigh - fromLow;
  if (from.qualifier === "EXACT" && to.qualifier === "EXACT") {
    const value = to.value - from.value;
    return { shape: "EXACT", value, direction: value > 0 ? "UP" : value < 0 ? "DOWN" : "SAME", unknownBecause: null, ...kinds };
  }
  const direction: ChangeDirection = low > 0 ? "UP" : high < 0 ? "DOWN" : "UNKNOWN";
  if (direction === "UNKNOWN") return { shape: "UNKNOWN", value: null, direction, unknownBecause: "RANGE", ...kinds };
  const approximate = from.qualifier === "APPROXIMATELY" || to.qualifier === "APPROXIMATELY";
  if (approximate || (Number.isFinite(low) && Number.isFinite(high))) return { shape: "ABOUT", value: to.value - from.value, direction, unknownBecause: null, ...kinds };
  // One end is open: only the bound nearer zero is known.
  return { shape: direction === "UP" ? "AT_LEAST" : "AT_MOST", value: direction === "UP" ? low : high, direction, unknownBecause: null, ...kinds };
}

/** A figure that is a range: nothing computed from it (gap, pace) is exact. */
export const isApproximate = (figure: Pick<FigureLike, "qualifier">) => figure.qualifier !== "EXACT";

function periodKind(code: string): string {
  return parsePeriod(code)?.type ?? code;
}
