import "server-only";
// Reading an uploaded spreadsheet into cells, without guessing: CSV must be
// UTF-8 (with or without its byte-order mark) or UTF-16 as Excel saves
// "Unicode text"; anything else is refused with a message saying how to save
// it. CSV is read with papaparse (quotes, embedded line breaks, the delimiter
// Excel picked for the locale); XLSX with exceljs (formulas with their saved
// results, date-formatted cells, merged ranges). The `xlsx` package on npm is
// an old release with known advisories, so it is not used.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { LIMITS, type Cell, type FileProblem, type Grid } from "./plan";

const MAX_COLUMNS = 30;
/** Excel's day zero: serial 1 is 1900-01-01, with its 1900 leap-year bug folded in. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export type ReadResult = { grid: Grid } | { problem: FileProblem };

export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > LIMITS.bytes) return { problem: "TOO_LARGE" };
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(name) || zip) return zip ? readXlsx(bytes) : { problem: "UNREADABLE" };
  // The old binary .xls (and anything else that is not text) is refused rather than half-read.
  if (/\.(xls|ods|numbers)$/i.test(name) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) return { problem: "FORMAT" };
  const text = decode(bytes);
  if (text === null) return { problem: "ENCODING" };
  return readCsv(text);
}

function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    // ignoreBOM: false (the default) drops a UTF-8 byte-order mark.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readCsv(text: string): ReadResult {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: false });
  if (parsed.data.length > LIMITS.rows + 10) return { problem: "TOO_MANY_ROWS" };
  const rows = parsed.data.map((row) => row.slice(0, MAX_COLUMNS).map((text): Cell => (text.trim() === "" ? { kind: "empty" } : { kind: "text", text })));
  return { grid: { rows, ragged: true } };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { problem: "UNREADABLE" };
  }
  // The first sheet with something in it: the template's data sheet comes first, its guide after.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { problem: "NO_ROWS" };
  if (sheet.rowCount > LIMITS.rows + 10) return { problem: "TOO_MANY_ROWS" };
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= columns; c++) cells.push(readCell(row.getCell(c)));
    rows.push(cells);
  }
  return { grid: { rows } };
}

function readCell(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master.address !== cell.address) return { kind: "merged", master: cell.master.address };
  const value = cell.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return cell.numFmt?.includes("%") ? { kind: "number", value, percent: true } : { kind: "number", value };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  if (value instanceof Date) return { kind: "date", serial: (value.getTime() - EXCEL_EPOCH) / 86_400_000 };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    const result = value.result;
    if (result instanceof Date) return { kind: "date", serial: (result.getTime() - EXCEL_EPOCH) / 86_400_000 };
    return { kind: "formula", formula: `=${formula}`, result: typeof result === "number" || typeof result === "string" ? result : null };
  }
  if ("richText" in value) return { kind: "text", text: value.richText.map((part) => part.text).join("") };
  if ("text" in value && typeof value.text === "string") return { kind: "text", text: value.text };
  if ("error" in value) return { kind: "text", text: String(value.error) };
  return { kind: "text", text: String(cell.text ?? "") };
}
