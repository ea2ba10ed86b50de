import "server-only";
// Reading an uploaded spreadsheet into cells, without guessing: CSV must be
// UTF-8 (with or without its byte-order mark) or UTF-16 as Excel saves
// "Unicode text"; anything else is refused with a message saying how to save
// it. CSV is read with papaparse (quotes, embedded line breaks, the delimiter
// Excel picked for the locale), stopping at the row limit; XLSX on a worker
// thread (xlsx-worker.mjs) within limits of rows, unpacked size, memory and
// time, one workbook at a time. The `xlsx` package on npm is an old release
// with known advisories, so it is not used.
import { Worker } from "node:worker_threads";
import Papa from "papaparse";
import { LIMITS, type Cell, type FileProblem, type Grid } from "./plan";

const MAX_COLUMNS = 30;
/** Rows a file may have beyond the limit on figures: the header and a few notes above it. */
const MAX_ROWS = LIMITS.rows + 10;
/** What a workbook within the limits unpacks to, at most: 10,000 rows of 30 cells with room to spare. */
const MAX_UNPACKED = 40 * 1024 * 1024;
const WORKER_MEMORY_MB = 512;
const WORKER_SECONDS = 30;

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
  // One row past the limit is enough to know the file is too long; the rest is never split.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: false, preview: MAX_ROWS + 1 });
  if (parsed.data.length > MAX_ROWS) return { problem: "TOO_MANY_ROWS" };
  const rows = parsed.data.map((row) => row.slice(0, MAX_COLUMNS).map((text): Cell => (text.trim() === "" ? { kind: "empty" } : { kind: "text", text })));
  return { grid: { rows, ragged: true } };
}

// Workbooks are read one after another: two cores are not spent on uploads while pages wait.
let queue: Promise<unknown> = Promise.resolve();

function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const turn = queue.then(() => readOnWorker(bytes));
  queue = turn.catch(() => undefined);
  return turn;
}

function readOnWorker(bytes: Uint8Array): Promise<ReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./xlsx-worker.mjs", import.meta.url), {
      workerData: { bytes, limits: { unpacked: MAX_UNPACKED, rows: MAX_ROWS, columns: MAX_COLUMNS } },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    });
    const finish = (result: ReadResult) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ problem: "UNREADABLE" }), WORKER_SECONDS * 1000);
    worker.once("message", (answer: ReadResult) => finish(answer));
    // Out of memory or any other failure of the worker: the file is not read, and the server carries on.
    worker.once("error", () => finish({ problem: "UNREADABLE" }));
    worker.once("exit", () => finish({ problem: "UNREADABLE" }));
  });
}
