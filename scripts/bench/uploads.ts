// Hostile uploads for the bench (scripts/bench.mjs): signs in as the seeded
// admin the way a browser without script does, then has each of N uploaders
// post, one after another until the time is up, workbooks of a few hundred
// kilobytes that unpack to a million empty rows or to hundreds of megabytes.
// Prints "posting" once it starts, and what the server answered as JSON on its last line.
// Usage: tsx scripts/bench/uploads.ts <app URL> <seconds> <uploaders>
import { emptyRows, workbook } from "../../tests/support/workbook";
import { signIn } from "./session";

const [given, seconds = "10", uploaders = "2"] = process.argv.slice(2);
if (!given) throw new Error("usage: uploads.ts <app URL> <seconds> <uploaders>");
const base: string = given;

const HEADER = ["Mã đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Giá trị", "Nguồn", "Ghi chú"];
const headerRow = `<row r="1">${HEADER.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>`;
const FILES = [
  { name: "million-empty-rows.xlsx", bytes: workbook({ rows: headerRow + emptyRows(1_000_000), strings: HEADER }) },
  { name: "huge-strings.xlsx", bytes: workbook({ rows: headerRow, strings: [...HEADER.slice(0, -1), "x".repeat(300 * 1024 * 1024)] }) },
];

async function uploader(cookie: string, until: number, answers: Record<string, number>, times: number[], n: number) {
  for (let i = n; Date.now() < until; i++) {
    const file = FILES[i % FILES.length]!;
    const body = new FormData();
    for (const [name, value] of Object.entries({ mode: "check", unitId: "1", defaultSource: "", fingerprint: "", expected: "{}" })) body.set(name, value);
    body.set("file", new File([file.bytes], file.name));
    const started = performance.now();
    const response = await fetch(`${base}/work/import/upload`, { method: "POST", headers: { cookie }, body });
    const answer = (await response.json()) as { problem?: string; kind: string };
    times.push(performance.now() - started);
    const key = `${file.name}: ${response.status} ${answer.problem ?? answer.kind}`;
    answers[key] = (answers[key] ?? 0) + 1;
  }
}

async function main() {
  const cookie = await signIn(base);
  // The bench starts measuring on this line: the workbooks are built and the session is open.
  console.log("posting");
  const until = Date.now() + Number(seconds) * 1000;
  const answers: Record<string, number> = {};
  const times: number[] = [];
  await Promise.all(Array.from({ length: Number(uploaders) }, (_, n) => uploader(cookie, until, answers, times, n)));
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ uploads: times.length, answers, medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0), fileBytes: FILES.map((f) => f.bytes.byteLength) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
