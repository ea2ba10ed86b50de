// The one schema for the quarterly data-entry form. The form uses it to show
// errors next to each field; the server action uses it again because a form
// post can be anything. Its words are the catalogue's, in Vietnamese: staff
// read them.

import { z } from "zod";
import { formatNumber, formatValue, parseDecimal, type Qualifier, type Unit } from "@/lib/domain/format";
import { parsePeriod, type Period } from "@/lib/domain/period";
import { labelPeriod } from "@/lib/i18n/periods";
import { cleanText } from "@/lib/domain/text";
import { vi as m } from "@/lib/i18n/messages";
import { recordId } from "@/lib/domain/record-id";

export type IndicatorUnit = "PERCENT" | "COUNT" | "SCORE" | "RANK" | "POINTS";

/** What the schema needs to know about an indicator to check its figure. */
export interface IndicatorRule {
  id: number;
  unit: IndicatorUnit;
  minValue: number | null;
  maxValue: number | null;
  nameVi: string;
}

export interface EntryValue {
  indicatorId: number;
  /** null: not entered this quarter. */
  value: number | null;
  source: string | null;
  note: string | null;
  /** The figure's version the form was loaded with, for optimistic locking; 0 for a new figure. */
  version: number;
}

export interface Entry {
  provinceId: number;
  /** A quarter code such as "2025-Q1". */
  period: string;
  values: EntryValue[];
  /** Why the report goes in with indicators missing. */
  incompleteNote: string | null;
}

export const MAX_SOURCE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 1000;
/** No provincial indicator comes near this; anything above is a typing slip. */
export const MAX_ABS_VALUE = 1e12;
/** Relative quarter-on-quarter change above which the form asks for a second look. */
export const DEFAULT_CHANGE_THRESHOLD = 0.5;

const vi = (n: number) => formatNumber(n, "vi", 4);

const MESSAGES = m.entry.errors;

// What a form posts: strings only. The server action builds this from FormData.
const rowInput = z.object({
  indicatorId: z.string(),
  value: z.string(),
  source: z.string(),
  note: z.string(),
  version: z.string(),
});

const entryInput = z.object({
  provinceId: z.string(),
  period: z.string(),
  values: z.array(rowInput),
  incompleteNote: z.string().optional(),
});

type RowInput = z.infer<typeof rowInput>;
type Report = (message: string) => void;

/**
 * All checks run in one transform rather than per-field schemas: zod skips a
 * transform once any field has failed, and the form should show every
 * problem at once, each at its own path such as ["values", 3, "source"].
 */
export function entrySchema(rules: ReadonlyMap<number, IndicatorRule>) {
  return entryInput.transform((input, ctx): Entry => {
    let valid = true;
    const reporter =
      (...path: (string | number)[]): Report =>
      (message) => {
        valid = false;
        ctx.addIssue({ code: "custom", path, message });
      };

    const provinceId = recordId(input.provinceId.trim());
    if (provinceId === null) reporter("provinceId")(MESSAGES.province);

    const period = parsePeriod(input.period);
    if (!period) reporter("period")(MESSAGES.period);

    const seen = new Set<number>();
    const values = input.values.map((row, index) => {
      const entry = readRow(row, rules, (field) => reporter("values", index, field));
      if (rules.has(entry.indicatorId)) {
        if (seen.has(entry.indicatorId)) reporter("values", index, "indicatorId")(MESSAGES.duplicateIndicator);
        seen.add(entry.indicatorId);
      }
      return entry;
    });

    const incompleteNote = readText(input.incompleteNote ?? "", MAX_NOTE_LENGTH, MESSAGES.noteTooLong(vi(MAX_NOTE_LENGTH)), reporter("incompleteNote"));

    if (!valid || provinceId === null || period === null) return z.NEVER;
    return { provinceId, period: period.code, values, incompleteNote };
  });
}

export type EntryFormInput = z.input<ReturnType<typeof entrySchema>>;

function readRow(row: RowInput, rules: ReadonlyMap<number, IndicatorRule>, at: (field: keyof RowInput) => Report): EntryValue {
  const indicatorId = recordId(row.indicatorId.trim());
  const rule = indicatorId === null ? undefined : rules.get(indicatorId);
  if (!rule) at("indicatorId")(MESSAGES.unknownIndicator);

  const value = readValue(row.value, rule, at("value"));
  const source = readText(row.source, MAX_SOURCE_LENGTH, MESSAGES.sourceTooLong(vi(MAX_SOURCE_LENGTH)), at("source"));
  // Judged on what was typed, so a figure that fails to parse is still asked for its source.
  if (row.value.trim() !== "" && row.source.trim() === "") at("source")(MESSAGES.sourceRequired);
  const note = readText(row.note, MAX_NOTE_LENGTH, MESSAGES.noteTooLong(vi(MAX_NOTE_LENGTH)), at("note"));

  const version = readInteger(row.version, 0);
  if (version === null) at("version")(MESSAGES.version);

  return { indicatorId: indicatorId ?? 0, value, source, note, version: version ?? 0 };
}

/** An empty field is a figure not entered yet (null), not zero. */
function readValue(raw: string, rule: IndicatorRule | undefined, report: Report): number | null {
  if (raw.trim() === "") return null;
  const value = parseFigure(raw, rule?.unit);
  if (value === null || !Number.isFinite(value)) {
    report(MESSAGES.notANumber);
    return null;
  }
  const problem = rule ? valueProblem(value, rule) : Math.abs(value) > MAX_ABS_VALUE ? MESSAGES.tooLarge : null;
  if (problem) report(problem);
  return value;
}

/**
 * Reads a typed figure the way its unit is written in Vietnamese: a count or
 * a rank has no fraction, so "1.506" and "1,506" are 1 506 (grouped
 * thousands, never led by a zero: "0,500" is not a grouping); a percentage or a score reads "66,2" and "66.2" as 66.2. The
 * form echoes back what will be stored, so neither reading goes unseen.
 */
export function parseFigure(raw: string, unit: IndicatorUnit | undefined): number | null {
  const text = raw.trim();
  if ((unit === "COUNT" || unit === "RANK") && /^[1-9]\d{0,2}([.,]\d{3})+$/.test(text) && new Set(text.replace(/\d/g, "")).size === 1) {
    return Number(text.replace(/[.,]/g, ""));
  }
  return parseDecimal(text);
}

/** What is wrong with a figure (or a target) for this indicator: its unit's range, then its own bounds; null when fine. */
export function valueProblem(value: number, rule: Pick<IndicatorRule, "unit" | "minValue" | "maxValue">): string | null {
  if (Math.abs(value) > MAX_ABS_VALUE) return MESSAGES.tooLarge;
  return unitProblem(value, rule.unit) ?? boundsProblem(value, rule);
}

function unitProblem(value: number, unit: IndicatorUnit): string | null {
  switch (unit) {
    case "PERCENT":
      return value >= 0 && value <= 100 ? null : MESSAGES.PERCENT;
    case "POINTS":
      return value >= 0 && value <= 100 ? null : MESSAGES.POINTS;
    case "SCORE":
      return value >= 0 && value <= 1 ? null : MESSAGES.SCORE;
    case "COUNT":
      return Number.isInteger(value) && value >= 0 ? null : MESSAGES.COUNT;
    case "RANK":
      return Number.isInteger(value) && value >= 1 ? null : MESSAGES.RANK;
  }
}

/** An indicator's own limits, e.g. a ratio of households that cannot exceed 100 or a count capped by the number of communes. */
function boundsProblem(value: number, { minValue, maxValue }: Pick<IndicatorRule, "minValue" | "maxValue">): string | null {
  const belowMin = minValue !== null && value < minValue;
  const aboveMax = maxValue !== null && value > maxValue;
  if (!belowMin && !aboveMax) return null;
  if (minValue !== null && maxValue !== null) return MESSAGES.between(vi(minValue), vi(maxValue));
  if (minValue !== null) return MESSAGES.atLeast(vi(minValue));
  return MESSAGES.atMost(vi(maxValue ?? 0));
}

/** Digits only, so "1e3", "0x10" and "1.0" are refused rather than coerced. */
function readInteger(raw: string, min: number): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min ? n : null;
}

function readText(raw: string, max: number, tooLong: string, report: Report): string | null {
  // NFC: some keyboards send Vietnamese letters decomposed, which would count
  // double against the limit and defeat text search later.
  const text = cleanText(raw).trim();
  if (text.length > max) report(tooLong);
  return text === "" ? null : text;
}

/**
 * Which indicators a report must hold to be complete: a year report the
 * yearly ones, a quarter or half-year report the quarterly ones. Either may
 * carry the others too.
 */
export function requiredPeriodicity(period: Period): "QUARTERLY" | "ANNUAL" {
  return period.type === "YEAR" ? "ANNUAL" : "QUARTERLY";
}

/**
 * A report may go in with indicators missing, but only with a note saying why.
 * Returns the error to show, or null when the report can be submitted.
 */
export function submitCheck(
  values: ReadonlyArray<{ value: number | null }>,
  totalIndicators: number,
  incompleteNote: string | null,
): string | null {
  const missing = totalIndicators - values.filter((v) => v.value !== null).length;
  if (missing <= 0 || incompleteNote?.trim()) return null;
  return MESSAGES.missing(missing);
}

/**
 * A warning, not an error: a big jump from the unit's latest earlier figure is
 * often a typing slip (a missing comma, the wrong unit) but may be real, so
 * staff decide. It names the period compared with, which need not be the one
 * just before (that one may be empty). The caller picks the threshold.
 */
export function largeChangeWarning(
  previous: { value: number; period: string; qualifier?: Qualifier } | null,
  next: number | null,
  threshold = DEFAULT_CHANGE_THRESHOLD,
  /** The indicator's unit, so each figure is written with it ("từ 86 % lên 95 %"); without one, the bare numbers. */
  unit: Unit | null = null,
): string | null {
  if (previous === null || next === null || next === previous.value) return null;
  const before = previous.value;
  const show = (value: number) => (unit ? formatValue(value, unit, "vi") : vi(value));
  // A figure a source gave as "hơn 99%" is written so, and no exact percentage is drawn from it.
  const approximate = previous.qualifier !== undefined && previous.qualifier !== "EXACT";
  const beforeText = approximate ? `${m.qualifier[previous.qualifier!]} ${show(before)}` : show(before);
  const words = (percent: string | null) => MESSAGES.largeChange(percent, labelPeriod(previous.period, "vi"), beforeText, next > before, show(next));
  // From zero any change is infinitely large; there is no percentage to give.
  if (before === 0) return words(null);
  const change = Math.abs(next - before) / Math.abs(before);
  if (change <= threshold) return null;
  return words(approximate ? null : formatNumber(change * 100, "vi"));
}
