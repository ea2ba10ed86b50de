// Reads an API request's query string against what the resource accepts
// (features/open-data/schema.ts) and what exists. Every problem names its parameter, so
// the 400 answer says exactly what to fix; nothing unknown is ignored silently
// (a misspelt filter would otherwise return everything).
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE, RESOURCE_SPECS, type ParamName, type Resource } from "@/features/open-data/schema";
import { MAX_YEAR, MIN_YEAR, parsePeriod, periodEnd, periodStart, type Period } from "@/lib/domain/period";

export interface ApiQuery {
  units: string[];
  indicators: string[];
  pillars: string[];
  /** Figures of periods ending on or after `from`'s first day and on or before `to`'s last day. */
  from: Date | null;
  to: Date | null;
  years: number[];
  format: "json" | "csv";
  page: number;
  perPage: number;
}

/** Every row of a resource, unfiltered: the open-data files. */
export const EVERY_ROW: ApiQuery = { units: [], indicators: [], pillars: [], from: null, to: null, years: [], format: "csv", page: 1, perPage: Number.POSITIVE_INFINITY };

export interface ParamProblem {
  name: string;
  reason: string;
}

export interface Known {
  units: readonly string[];
  indicators: readonly string[];
  pillars: readonly string[];
}

export type QueryResult = { ok: true; query: ApiQuery } | { ok: false; problems: ParamProblem[] };

/** `a,b` and `x=a&x=b` alike; blanks dropped. */
function listOf(search: URLSearchParams, name: string): string[] {
  return search
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function wholeNumber(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

export function parseApiQuery(resource: Resource, search: URLSearchParams, known: Known): QueryResult {
  const accepted = new Set<string>(RESOURCE_SPECS[resource].params);
  const problems: ParamProblem[] = [];
  for (const name of new Set(search.keys())) {
    if (!accepted.has(name)) problems.push({ name, reason: `unknown parameter; ${resource} accepts ${[...accepted].join(", ")}` });
  }

  const members = (name: ParamName, all: readonly string[], what: string) => {
    if (!accepted.has(name)) return [];
    const values = [...new Set(listOf(search, name))];
    const unknown = values.filter((v) => !all.includes(v));
    if (unknown.length > 0) problems.push({ name, reason: `unknown ${what}: ${unknown.slice(0, 5).join(", ")}` });
    return values;
  };
  const units = members("unit", known.units, "unit");
  const indicators = members("indicator", known.indicators, "indicator code");
  const pillars = members("pillar", known.pillars, "pillar code");

  const period = (name: "from" | "to"): Period | null => {
    const text = search.get(name);
    if (text === null || !accepted.has(name)) return null;
    const parsed = parsePeriod(text);
    if (!parsed) problems.push({ name, reason: "not a period; use a year (2024), a half (2024-H1) or a quarter (2024-Q3)" });
    return parsed;
  };
  const from = period("from");
  const to = period("to");
  if (from && to && periodEnd(to) < periodStart(from)) problems.push({ name: "to", reason: "ends before from begins" });

  const years: number[] = [];
  if (accepted.has("year")) {
    for (const text of new Set(listOf(search, "year"))) {
      const y = wholeNumber(text);
      if (y === null || y < MIN_YEAR || y > MAX_YEAR) problems.push({ name: "year", reason: `not a year between ${MIN_YEAR} and ${MAX_YEAR}: ${text.slice(0, 20)}` });
      else years.push(y);
    }
  }

  const formatText = search.get("format") ?? "json";
  if (formatText !== "json" && formatText !== "csv") problems.push({ name: "format", reason: "must be json or csv" });

  const pageText = search.get("page");
  const page = pageText === null ? 1 : wholeNumber(pageText);
  if (page === null || page < 1 || page > MAX_PAGE) problems.push({ name: "page", reason: `must be a whole number from 1 to ${MAX_PAGE}` });
  const perPageText = search.get("per_page");
  const perPage = perPageText === null ? DEFAULT_PER_PAGE : wholeNumber(perPageText);
  if (perPage === null || perPage < 1 || perPage > MAX_PER_PAGE) problems.push({ name: "per_page", reason: `must be a whole number from 1 to ${MAX_PER_PAGE}` });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    query: {
      units,
      indicators,
      pillars,
      from: from ? periodStart(from) : null,
      to: to ? periodEnd(to) : null,
      years: years.sort((a, b) => a - b),
      format: formatText as "json" | "csv",
      page: page!,
      perPage: perPage!,
    },
  };
}
