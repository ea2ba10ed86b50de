// Looks inside an uploaded .xlsx before anything parses it: the zip's own
// directory is read, and every part is inflated a growing prefix at a time,
// stopping the moment the whole file unpacks to more than a budget or a
// worksheet holds more rows than an import takes. A small file that unpacks
// to a million empty rows is refused after its first kilobytes, not after
// all of them.
import { constants, inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
/** More parts than any workbook an import needs (a sheet, its styles, strings, relations, properties). */
const MAX_ENTRIES = 500;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
// A row element, with or without a namespace prefix; not <rowBreaks> or <rows>.
const ROW = /<(?:\w{1,10}:)?row[\s/>]/g;
/** The first prefix of a deflated part inflated. */
const FIRST_PREFIX = 16 * 1024;

/**
 * @typedef {{ name: string, method: number, compressedSize: number, dataStart: number }} ZipEntry
 * @typedef {"UNREADABLE" | "TOO_MANY_ROWS" | "UNPACKED_TOO_LARGE"} ScanProblem
 */

/**
 * The zip's directory, or null when it is not a plain zip a spreadsheet program writes (no zip64, no encryption).
 * @param {Uint8Array} bytes
 * @returns {ZipEntry[] | null}
 */
export function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff || count > MAX_ENTRIES) return null;
  const decoder = new TextDecoder();
  /** @type {ZipEntry[]} */
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1 || (method !== 0 && method !== 8) || local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_ENTRY) return null;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) return null;
    entries.push({ name, method, compressedSize, dataStart });
    at += 46 + skip;
  }
  return entries;
}

/**
 * Inflates every part within `limits.unpacked` bytes in all, counting each worksheet's rows up to `limits.rows`.
 * Synchronous on purpose: on the reading worker (xlsx-worker.mjs) the inflating is done at that thread's low
 * priority, not on the thread pool the server's own requests share.
 * @param {Uint8Array} bytes
 * @param {{ unpacked: number, rows: number }} limits
 * @returns {ScanProblem | null}
 */
export function scanXlsx(bytes, limits) {
  const entries = zipEntries(bytes);
  if (!entries) return "UNREADABLE";
  let budget = limits.unpacked;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const rows = WORKSHEET.test(entry.name) ? limits.rows : Infinity;
    const result = entry.method === 0 ? countStored(data, budget, rows) : countInflated(data, budget, rows);
    if (typeof result === "string") return result;
    budget -= result;
  }
  return null;
}

/** @param {Uint8Array} data @param {number} budget @param {number} rows @returns {number | ScanProblem} */
function countStored(data, budget, rows) {
  if (data.byteLength > budget) return "UNPACKED_TOO_LARGE";
  return countRows(data, rows) > rows ? "TOO_MANY_ROWS" : data.byteLength;
}

/**
 * Inflates a growing prefix of the part (16 KB, then four times more each turn, then all of it), so a part
 * that unpacks past the budget or holds too many rows is refused after its first kilobytes: a prefix is
 * inflated as far as it goes, and the output never grows past the budget.
 * @param {Uint8Array} data @param {number} budget @param {number} rows @returns {number | ScanProblem}
 */
function countInflated(data, budget, rows) {
  for (let length = Math.min(FIRST_PREFIX, data.byteLength); ; length = Math.min(length * 4, data.byteLength)) {
    const whole = length === data.byteLength;
    let unpacked;
    try {
      unpacked = inflateRawSync(data.subarray(0, length), { maxOutputLength: budget + 1, finishFlush: whole ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    } catch (error) {
      return error instanceof RangeError ? "UNPACKED_TOO_LARGE" : "UNREADABLE";
    }
    if (unpacked.byteLength > budget) return "UNPACKED_TOO_LARGE";
    if (countRows(unpacked, rows) > rows) return "TOO_MANY_ROWS";
    if (whole) return unpacked.byteLength;
  }
}

/** Row elements in the text, counted until one past `limit`. @param {Uint8Array} bytes @param {number} limit */
function countRows(bytes, limit) {
  if (limit === Infinity) return 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  ROW.lastIndex = 0;
  let rows = 0;
  while (rows <= limit && ROW.exec(text)) rows++;
  return rows;
}
