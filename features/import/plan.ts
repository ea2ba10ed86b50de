// A spreadsheet of figures, read into a plan: every row new, changed (old →
// new), unchanged, left empty, or an error with its row and column. Pure: the
// file readers (features/import/read.ts) give it cells, the import service gives
// it what is stored, and nothing is guessed — a formula, a date, a merged cell
// or an ambiguous number is either read as the file shows it and said so, or
// refused with the reason.
import { parseFigure, valueProblem, type IndicatorUnit } from "@/features/entry/schema";
import { parsePeriod } from "@/lib/domain/period";
import { reportingWindowProblem, type UnitValidity, type WindowProblem } from "@/lib/domain/reporting-window";
import { cleanText } from "@/lib/domain/text";

/** One cell as the file holds it. */
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** A number; `percent` when the cell is formatted as a percentage (it holds 0.662 and shows 66,2 %). */
  | { kind: "number"; value: number; percent?: boolean }
  /** A formula, with the result the spreadsheet saved (null when it saved none). */
  | { kind: "formula"; formula: string; result: number | string | null }
  /** A cell formatted as a date: Excel stores it as a serial number of days. */
  | { kind: "date"; serial: number }
  /** Part of a merged range other than its first cell. */
  | { kind: "merged"; master: string };

export interface Grid {
  /** Row 1 of the file is rows[0]. */
  rows: Cell[][];
  /** Rows keep the number of fields the file gave them (CSV), so a row longer than its header is seen. */
  ragged?: boolean;
}

export const COLUMNS = ["unit", "code", "name", "measure", "period", "value", "source", "note"] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ["code", "period", "value"];

/** The headers of the template, and the other ways people write them. */
export const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  unit: ["Mã đơn vị", "đơn vị hành chính", "mã tỉnh"],
  code: ["Mã chỉ tiêu", "mã"],
  name: ["Tên chỉ tiêu", "chỉ tiêu"],
  measure: ["Đơn vị tính", "đvt"],
  period: ["Kỳ báo cáo", "kỳ"],
  value: ["Giá trị", "số liệu"],
  source: ["Nguồn", "nguồn số liệu"],
  note: ["Ghi chú"],
};

export const LIMITS = { bytes: 5 * 1024 * 1024, rows: 10_000 } as const;

export type FileProblem = "TOO_LARGE" | "TOO_MANY_ROWS" | "UNPACKED_TOO_LARGE" | "ENCODING" | "UNREADABLE" | "NO_HEADER" | "MISSING_COLUMNS" | "NO_ROWS" | "FORMAT";

export type RowProblem =
  | { code: "UNKNOWN_INDICATOR" }
  | { code: "BAD_PERIOD" }
  | { code: "WINDOW"; window: WindowProblem }
  | { code: "OTHER_UNIT"; unit: string }
  | { code: "DUPLICATE"; firstRow: number }
  | { code: "NOT_A_NUMBER" }
  | { code: "VALUE"; message: string }
  | { code: "DATE_CELL" }
  | { code: "MERGED" }
  | { code: "FORMULA_NO_RESULT"; formula: string }
  | { code: "SOURCE_REQUIRED" }
  | { code: "TOO_LONG"; max: number }
  | { code: "LOCKED"; status: string }
  /** More fields than the header: most often a decimal comma in an unquoted CSV value, which shifts every column after it. */
  | { code: "EXTRA_FIELDS"; fields: number; header: number };

export type RowWarning =
  | { code: "FORMULA"; formula: string }
  | { code: "GROUPED"; typed: string }
  | { code: "PERCENT_CELL"; stored: number }
  /** A leading apostrophe the template put before text that a spreadsheet would run as a formula. */
  | { code: "ESCAPED" };

export interface RowError {
  column: Column;
  /** The column's letter in the file, as a spreadsheet shows it. */
  letter: string;
  problem: RowProblem;
}

export type RowStatus = "new" | "changed" | "unchanged" | "empty" | "error";

export interface PlannedRow {
  /** The row's number in the file, as a spreadsheet shows it. */
  row: number;
  code: string;
  /** The indicator's name when the code is known. */
  name: string | null;
  period: string;
  status: RowStatus;
  indicatorId: number | null;
  value: number | null;
  /** What is stored now; null for none. */
  old: { value: number; source: string; note: string | null } | null;
  source: string | null;
  note: string | null;
  /** The stored figure's version when planned; 0 for none. Confirming checks it again. */
  version: number;
  errors: RowError[];
  warnings: RowWarning[];
}

export interface IndicatorRef {
  id: number;
  code: string;
  /** Shown in the dry run, which people read by name, not by code. */
  nameVi: string;
  unit: IndicatorUnit;
  minValue: number | null;
  maxValue: number | null;
}

export interface StoredFigure {
  value: number;
  source: string;
  note: string | null;
  version: number;
}

export interface PlanContext {
  unit: UnitValidity & { slug: string };
  indicators: ReadonlyMap<string, IndicatorRef>;
  /** Stored figures of the unit, keyed `${indicatorId}|${period}`. */
  stored: ReadonlyMap<string, StoredFigure>;
  /** Reports of the unit that can no longer be edited, by period. */
  lockedReports: ReadonlyMap<string, string>;
  /** Used for rows that name no source. */
  defaultSource: string | null;
  now: Date;
}

export interface Plan {
  rows: PlannedRow[];
  counts: Record<RowStatus, number>;
}

const MAX_SOURCE = 500;
const MAX_NOTE = 1000;

export const figureKey = (indicatorId: number, period: string) => `${indicatorId}|${period}`;

const normalizeHeader = (text: string) => text.normalize("NFC").toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/[*:]/g, "").trim();

export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** Stray whitespace (including the non-breaking spaces spreadsheets add) is trimmed; nothing else is changed. */
function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
      return cleanText(cell.text).replace(/[\s\u00a0\u200b]+/g, " ").trim();
    case "number":
      return String(cell.value);
    case "formula":
      return cell.result === null ? "" : String(cell.result).trim();
    default:
      return "";
  }
}

export interface HeaderResult {
  /** Index of the header row in grid.rows. */
  headerRow: number;
  columns: Partial<Record<Column, number>>;
  /** Fields in the header row, up to its last non-empty one. */
  width?: number;
}

/** Finds the header row among the first ten and maps the columns it names; missing required columns are a file problem. */
export function findHeader(grid: Grid): HeaderResult | { problem: FileProblem; missing?: Column[] } {
  let best: HeaderResult | null = null;
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const columns: Partial<Record<Column, number>> = {};
    grid.rows[r]!.forEach((cell, index) => {
      const text = normalizeHeader(cellText(cell));
      const column = COLUMNS.find((c) => HEADERS[c].some((h) => normalizeHeader(h) === text));
      if (column && columns[column] === undefined) columns[column] = index;
    });
    const width = grid.rows[r]!.findLastIndex((cell) => cellText(cell) !== "") + 1;
    if (columns.code !== undefined && (!best || Object.keys(columns).length > Object.keys(best.columns).length)) best = { headerRow: r, columns, width };
  }
  if (!best) return { problem: "NO_HEADER" };
  const missing = REQUIRED.filter((c) => best.columns[c] === undefined);
  return missing.length > 0 ? { problem: "MISSING_COLUMNS", missing } : best;
}

/** The periods the file's rows name, so the caller can load what is stored for them. */
export function periodsNamed(grid: Grid, header: HeaderResult): string[] {
  const periods = new Set<string>();
  const index = header.columns.period!;
  for (const row of grid.rows.slice(header.headerRow + 1)) {
    const period = parsePeriod(cellText(row[index]));
    if (period) periods.add(period.code);
  }
  return [...periods];
}

export function plan(grid: Grid, header: HeaderResult, context: PlanContext): Plan {
  const rows: PlannedRow[] = [];
  const seen = new Map<string, number>();
  grid.rows.forEach((cells, r) => {
    if (r <= header.headerRow) return;
    const at = (column: Column) => (header.columns[column] === undefined ? undefined : cells[header.columns[column]!]);
    if (COLUMNS.every((c) => cellText(at(c)) === "" && at(c)?.kind !== "date" && at(c)?.kind !== "merged")) return; // a blank line
    // A row with more fields than its header, or with content right of the header's last column.
    const headerFields = grid.rows[header.headerRow]!.length;
    const used = cells.findLastIndex((cell) => cell.kind !== "empty") + 1;
    const longer = grid.ragged && (cells.length > headerFields || used > (header.width ?? headerFields));
    rows.push(planRow(r + 1, at, header, context, seen, longer ? Math.max(cells.length, used) : 0));
  });
  const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0, empty: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { rows, counts };
}

function planRow(
  rowNumber: number,
  at: (column: Column) => Cell | undefined,
  header: HeaderResult,
  context: PlanContext,
  seen: Map<string, number>,
  extraFields: number,
): PlannedRow {
  const errors: RowError[] = [];
  const warnings: RowWarning[] = [];
  const fail = (column: Column, problem: RowProblem) => errors.push({ column, letter: columnLetter(header.columns[column] ?? 0), problem });
  if (extraFields > 0) fail("value", { code: "EXTRA_FIELDS", fields: extraFields, header: header.width ?? 0 });

  for (const column of COLUMNS) {
    const cell = at(column);
    if (cell?.kind === "merged") fail(column, { code: "MERGED" });
  }

  const unitText = cellText(at("unit"));
  if (unitText && unitText !== context.unit.slug) fail("unit", { code: "OTHER_UNIT", unit: unitText });

  const code = cellText(at("code")).toUpperCase();
  const indicator = context.indicators.get(code);
  if (!indicator && at("code")?.kind !== "merged") fail("code", { code: "UNKNOWN_INDICATOR" });

  const periodCell = at("period");
  const periodText = cellText(periodCell);
  const period = parsePeriod(periodText);
  if (periodCell?.kind === "date") fail("period", { code: "DATE_CELL" });
  else if (!period) fail("period", { code: "BAD_PERIOD" });
  else {
    const window = reportingWindowProblem(period, context.unit, context.now);
    if (window) fail("period", { code: "WINDOW", window });
    else if (context.lockedReports.has(period.code)) fail("period", { code: "LOCKED", status: context.lockedReports.get(period.code)! });
  }

  if (indicator && period) {
    const key = figureKey(indicator.id, period.code);
    const first = seen.get(key);
    if (first !== undefined) fail("code", { code: "DUPLICATE", firstRow: first });
    else seen.set(key, rowNumber);
  }

  const value = readValue(at("value"), indicator, (problem) => fail("value", problem), warnings);

  const typedSource = unescapeText(cellText(at("source")), warnings);
  const storedNow = indicator && period ? context.stored.get(figureKey(indicator.id, period.code)) : undefined;
  // A figure already stored keeps its own source unless the row names another; the default is for new ones.
  const source = typedSource || storedNow?.source || context.defaultSource || null;
  if (typedSource.length > MAX_SOURCE) fail("source", { code: "TOO_LONG", max: MAX_SOURCE });
  if (value !== null && !source) fail("source", { code: "SOURCE_REQUIRED" });
  const note = unescapeText(cellText(at("note")), warnings) || null;
  if ((note?.length ?? 0) > MAX_NOTE) fail("note", { code: "TOO_LONG", max: MAX_NOTE });

  const stored = storedNow;
  const old = stored ? { value: stored.value, source: stored.source, note: stored.note } : null;
  const base = { row: rowNumber, code, name: indicator?.nameVi ?? null, period: period?.code ?? periodText, indicatorId: indicator?.id ?? null, value, old, source, note, version: stored?.version ?? 0, errors, warnings };

  if (errors.length > 0) return { ...base, status: "error" };
  // An empty value never clears a stored figure: clearing is done in the form, one figure at a time.
  if (value === null) return { ...base, status: "empty" };
  if (!stored) return { ...base, status: "new" };
  const same = stored.value === value && stored.source === source && (stored.note ?? null) === note;
  return { ...base, status: same ? "unchanged" : "changed" };
}

/** Text the template escaped with an apostrophe (so a spreadsheet shows it rather than running it) comes back as typed. */
function unescapeText(text: string, warnings: RowWarning[]): string {
  if (!/^'[=+\-@]/.test(text)) return text;
  warnings.push({ code: "ESCAPED" });
  return text.slice(1);
}

function readValue(cell: Cell | undefined, indicator: IndicatorRef | undefined, fail: (problem: RowProblem) => void, warnings: RowWarning[]): number | null {
  if (!cell || cell.kind === "empty" || cell.kind === "merged") return null;
  if (cell.kind === "date") {
    fail({ code: "DATE_CELL" });
    return null;
  }
  let raw: number | string;
  if (cell.kind === "formula") {
    if (cell.result === null || cell.result === "") {
      fail({ code: "FORMULA_NO_RESULT", formula: cell.formula });
      return null;
    }
    warnings.push({ code: "FORMULA", formula: cell.formula });
    raw = cell.result;
  } else if (cell.kind === "number" && cell.percent) {
    // The cell shows 66,2 % and holds 0.662: the figure is what the person sees.
    raw = Number((cell.value * 100).toPrecision(12));
    warnings.push({ code: "PERCENT_CELL", stored: cell.value });
  } else raw = cell.kind === "number" ? cell.value : cell.text;

  let value: number | null;
  if (typeof raw === "number") value = raw;
  else {
    const text = raw.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
    if (text === "") return null;
    value = parseFigure(text, indicator?.unit);
    // "1.506" in a count is 1 506: read as Vietnamese writes it, and said so.
    if (value !== null && /^[1-9]\d{0,2}([.,]\d{3})+$/.test(text) && value === Number(text.replace(/[.,]/g, ""))) warnings.push({ code: "GROUPED", typed: text });
  }
  if (value === null || !Number.isFinite(value)) {
    fail({ code: "NOT_A_NUMBER" });
    return null;
  }
  // A spreadsheet's binary fractions (0.1 + 0.2) are rounded to what a person could have typed.
  value = Number(value.toPrecision(12));
  if (indicator) {
    const problem = valueProblem(value, indicator);
    if (problem) fail({ code: "VALUE", message: problem });
  }
  return value;
}

/**
 * What the file says, as one string: confirming reads the same file again
 * and must find the same figures, so what is stored is exactly what the
 * person saw in the dry run. Versions are not part of it: a figure someone
 * else changed in between is a conflict, reported as such.
 */
export function planFingerprint(planned: Plan): string {
  return planned.rows
    .filter((r) => r.status !== "error" && r.status !== "empty")
    .map((r) => [r.indicatorId, r.period, r.value, r.source, r.note].join("\u001f"))
    .join("\u001e");
}
