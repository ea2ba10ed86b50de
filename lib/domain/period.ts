export type PeriodType = "YEAR" | "HALF" | "QUARTER";

export interface Period {
  type: PeriodType;
  year: number;
  index: number;
  code: string;
}

/** The years a period may fall in: a code outside them is not a period. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const MS_PER_DAY = 86_400_000;
const MS_PER_YEAR = 365.25 * MS_PER_DAY;

const MONTHS_IN: Record<PeriodType, number> = { YEAR: 12, HALF: 6, QUARTER: 3 };

const PERIOD_CODE = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

export function parsePeriod(code: string): Period | null {
  const match = PERIOD_CODE.exec(code.trim());
  if (!match) return null;
  const y = Number(match[1]);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const part = match[2];
  if (part === undefined) return year(y);
  const index = Number(part.slice(1));
  return part.startsWith("H") ? half(y, index) : quarter(y, index);
}

export function year(y: number): Period {
  assertYear(y);
  return { type: "YEAR", year: y, index: 1, code: String(y) };
}

export function quarter(y: number, q: number): Period {
  assertYear(y);
  assertIndex(q, 4, "quarter");
  return { type: "QUARTER", year: y, index: q, code: `${y}-Q${q}` };
}

function half(y: number, h: number): Period {
  assertYear(y);
  assertIndex(h, 2, "half");
  return { type: "HALF", year: y, index: h, code: `${y}-H${h}` };
}

// The 1990–2100 window only guards parsing of typed-in codes; computed
// periods (quarterOf, nextQuarter) may fall outside it without throwing.
function assertYear(y: number): void {
  if (!Number.isInteger(y)) throw new RangeError(`year must be an integer, got ${y}`);
}

function assertIndex(i: number, max: number, what: string): void {
  if (!Number.isInteger(i) || i < 1 || i > max) {
    throw new RangeError(`${what} must be an integer in 1–${max}, got ${i}`);
  }
}

function firstMonth(p: Period): number {
  return (p.index - 1) * MONTHS_IN[p.type];
}

export function periodStart(p: Period): Date {
  return new Date(Date.UTC(p.year, firstMonth(p), 1));
}

/** The last day of the period, at 00:00 UTC. */
export function periodEnd(p: Period): Date {
  // Day 0 of the following month is the last day of this one.
  return new Date(Date.UTC(p.year, firstMonth(p) + MONTHS_IN[p.type], 0));
}

/**
 * Orders by end date, then by start date: of two periods ending the same day,
 * the longer one (earlier start) comes first, so 2023 < 2023-H2 < 2023-Q4.
 */
export function comparePeriods(a: Period, b: Period): number {
  return (
    periodEnd(a).getTime() - periodEnd(b).getTime() ||
    periodStart(a).getTime() - periodStart(b).getTime()
  );
}

export function quarterOf(date: Date): Period {
  return quarter(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
}

/** The period of a kind that contains a day: the quarter, the half year or the year. */
export function periodContaining(type: PeriodType, date: Date): Period {
  const y = date.getUTCFullYear();
  if (type === "YEAR") return year(y);
  return type === "HALF" ? half(y, date.getUTCMonth() < 6 ? 1 : 2) : quarterOf(date);
}

/** The period of the same kind just before: 2025-Q1 → 2024-Q4, 2025-H1 → 2024-H2, 2025 → 2024. */
export function previousPeriod(p: Period): Period {
  switch (p.type) {
    case "YEAR":
      return year(p.year - 1);
    case "HALF":
      return p.index === 1 ? half(p.year - 1, 2) : half(p.year, 1);
    case "QUARTER":
      return p.index === 1 ? quarter(p.year - 1, 4) : quarter(p.year, p.index - 1);
  }
}

/** The last quarters, then the last years, each newest first, counting the current ones. */
export function recentPeriods(now: Date, count: { quarters: number; years: number }): Period[] {
  const quarters = count.quarters > 0 ? [quarterOf(now)] : [];
  while (quarters.length < count.quarters) quarters.push(previousPeriod(quarters.at(-1)!));
  const years = Array.from({ length: count.years }, (_, back) => year(now.getUTCFullYear() - back));
  return [...quarters, ...years];
}

/** For a year or half year: the quarter right after it ends. */
export function nextQuarter(p: Period): Period {
  const last = quarterOf(periodEnd(p));
  return last.index === 4 ? quarter(last.year + 1, 1) : quarter(last.year, last.index + 1);
}

/** For a year or half year: the quarter right before it starts. */
export function previousQuarter(p: Period): Period {
  const first = quarterOf(periodStart(p));
  return first.index === 1 ? quarter(first.year - 1, 4) : quarter(first.year, first.index - 1);
}

export function yearsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MS_PER_YEAR;
}

function quarterNumber(date: Date): number {
  return date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
}

/**
 * Whole quarters after the quarter containing `from`, up to and including the
 * quarter containing `to`; 0 when `to` is not in a later quarter.
 */
export function quartersBetween(from: Date, to: Date): number {
  return Math.max(0, quarterNumber(to) - quarterNumber(from));
}

/**
 * The period a report is asked for first: the latest one that has ended
 * (its report is due), not the quarter still running; the first given when
 * none has ended.
 */
export function dueFirst<P extends Period>(periods: readonly P[], now: Date): P | undefined {
  const ended = periods.filter((p) => periodEnd(p) < now);
  return [...ended].sort((a, b) => periodEnd(b).getTime() - periodEnd(a).getTime())[0] ?? periods[0];
}
