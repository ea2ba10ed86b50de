// Reads an uploaded .xlsx into cells on a worker thread, so a hostile or
// merely huge workbook never holds up the server's other requests: the zip is
// scanned first within its limits (zip-scan.mjs), and only then parsed by
// exceljs (formulas with their saved results, date-formatted cells, merged
// ranges). Plain JavaScript, so the same file runs under the built server and
// the tests. Answers { grid } or { problem }.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { scanXlsx } from "./zip-scan.mjs";

// Pages first: on Linux a thread has its own nice value, so this thread alone
// yields the processor to the server's requests whenever both want it.
try {
  os.setPriority(19);
} catch {
  // Not permitted here: the workbook is read at the server's own priority.
}

/** Excel's day zero: serial 1 is 1900-01-01, with its 1900 leap-year bug folded in. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** @param {{ bytes: Uint8Array, limits: { unpacked: number, rows: number, columns: number } }} job */
async function read({ bytes, limits }) {
  const problem = scanXlsx(bytes, limits);
  if (problem) return { problem };
  // Loaded only for a file that passed the scan: loading exceljs costs more than scanning a refused file.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return { problem: "UNREADABLE" };
  }
  // The first sheet with something in it: the template's data sheet comes first, its guide after.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { problem: "NO_ROWS" };
  if (sheet.rowCount > limits.rows) return { problem: "TOO_MANY_ROWS" };
  const columns = Math.min(sheet.columnCount, limits.columns);
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= columns; c++) cells.push(readCell(row.getCell(c)));
    rows.push(cells);
  }
  return { grid: { rows } };
}

/** @param {import("exceljs").Cell} cell */
function readCell(cell) {
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

read(workerData).then(
  (answer) => parentPort?.postMessage(answer),
  () => parentPort?.postMessage({ problem: "UNREADABLE" }),
);
