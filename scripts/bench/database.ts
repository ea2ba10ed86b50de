// `npm run bench`, the measurements below the pages, on the scale dataset
// (scripts/bench/dataset.ts): the comparison's database read, saving a
// report's figures with 8 writers at once, and importing 100,000 figures
// from spreadsheets. Each calls the app's own code (features/public-pages/compare.ts,
// features/entry/service.ts, features/import/service.ts) directly, without the
// session and authorisation check of the request that would call it. Runs
// under `tsx --conditions=react-server` (the modules are server-only);
// writes its figures as JSON to the file named by its first argument.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/security/authorization";
import { getComparison } from "@/features/public-pages/compare";
import { db } from "@/lib/server/db";
import type { EntryValue } from "@/features/entry/schema";
import { figureKey, HEADERS, LIMITS } from "@/features/import/plan";
import { checkImport, confirmImport } from "@/features/import/service";
import { parsePeriod, quarterOf, type Period } from "@/lib/domain/period";
import { saveFigures } from "@/features/entry/service";
import { publishedQuarters, syntheticSlug, UNITS } from "./synthetic";

const COMPARISON = { slugs: ["an-giang", "hau-giang", syntheticSlug(1), syntheticSlug(2)], pillar: "SOC" };
const COMPARISON_RUNS = 20;
const WRITERS = 8;
const SAVES_PER_WRITER = Number(process.env.BENCH_SAVES ?? 20);
/** Figures a person changes between two saves of the entry form. */
const CHANGED_PER_SAVE = 3;
/** Fewer with BENCH_IMPORT_FIGURES, for development: the result says how many. */
const IMPORT_FIGURES = Number(process.env.BENCH_IMPORT_FIGURES ?? 100_000);
const SOURCE = "Nguồn tổng hợp để thử tải (dữ liệu thử tải)";

interface IndicatorRef {
  id: number;
  code: string;
  unit: string;
  minValue: number | null;
  maxValue: number | null;
}

/** A figure the entry form and the import accept for the indicator: whole for counts and ranks, within its bounds. */
function figure(indicator: IndicatorRef, k: number): number {
  const raw = indicator.unit === "COUNT" || indicator.unit === "RANK" ? 1 + (k % 50) : indicator.unit === "SCORE" ? 0.1 + (k % 80) / 100 : 10 + (k % 80) + 0.5;
  return Math.min(indicator.maxValue ?? Infinity, Math.max(indicator.minValue ?? -Infinity, Math.round(raw * 100) / 100));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { samples: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1)!) };
};

async function comparisonQuery() {
  const run = async () => {
    const comparison = await getComparison(COMPARISON.slugs, COMPARISON.pillar);
    if (!comparison || comparison.provinces.length !== COMPARISON.slugs.length) throw new Error("the comparison did not find every unit it was given");
    return comparison;
  };
  await run(); // warm-up: query plans, the JIT
  const samples: number[] = [];
  for (let i = 0; i < COMPARISON_RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const { p50Ms, ...rest } = summary(samples);
  return { ...COMPARISON, medianMs: p50Ms, ...rest };
}

/** A synthetic admin (audit events name a person); saves and imports are made in their name. */
async function benchActor(): Promise<Actor> {
  const user = await db.user.create({
    data: { email: "thu-tai@synthetic.invalid", name: "Người nhập thử tải (dữ liệu thử tải)", role: "ADMIN" },
    select: { id: true },
  });
  return { id: user.id, role: "ADMIN", provinceId: null };
}

/**
 * Eight people at once, each on a synthetic unit of their own, saving this
 * quarter's report (a draft) again and again. `form`: as the entry form
 * does, every indicator is sent with the version it was loaded with, a few of
 * them changed (the first save of each, with every figure new, is not
 * timed). `figure`: one changed figure per save, nothing else sent.
 */
async function concurrentSaves(actor: Actor, indicators: IndicatorRef[], kind: "form" | "figure") {
  const period = quarterOf(new Date());
  const units = await db.province.findMany({
    where: { slug: { in: Array.from({ length: WRITERS }, (_, i) => syntheticSlug(UNITS - i)) } },
    select: { id: true },
  });
  const changedPerSave = kind === "form" ? CHANGED_PER_SAVE : 1;
  const samples: number[] = [];
  let refused = 0;
  // A save that throws (not a conflict or a lock, which are answers) is counted and said, and the others go on.
  const failures: string[] = [];
  const save = async (provinceId: number, values: EntryValue[]) => {
    try {
      return await saveFigures(actor, { provinceId, period, values });
    } catch (error) {
      failures.push(error instanceof Error ? error.message.trim().split("\n").at(-1)! : String(error));
      return null;
    }
  };
  const writer = async (provinceId: number, w: number) => {
    const form = new Map<number, EntryValue>(indicators.map((indicator, i) => [indicator.id, { indicatorId: indicator.id, value: figure(indicator, w + i), source: SOURCE, note: null, version: 0 }]));
    // The form as stored now: every figure at its version.
    const reload = async () => {
      const stored = await db.observation.findMany({ where: { provinceId, period: period.code }, select: { indicatorId: true, value: true, version: true } });
      for (const o of stored) Object.assign(form.get(o.indicatorId)!, { value: o.value, version: o.version });
      return stored.length;
    };
    // Filling the form the first time, all writers at once with the same source (untimed).
    await save(provinceId, [...form.values()]);
    if ((await reload()) < indicators.length) throw new Error("the first save of the form did not store every figure");
    for (let s = 1; s <= SAVES_PER_WRITER; s++) {
      const changed = Array.from({ length: changedPerSave }, (_, c) => indicators[(s * changedPerSave + c + w) % indicators.length]!);
      for (const [c, indicator] of changed.entries()) {
        const value = form.get(indicator.id)!;
        const k = 3 * s + c + w;
        value.value = figure(indicator, k) === value.value ? figure(indicator, k + 1) : figure(indicator, k);
      }
      const values = kind === "form" ? [...form.values()] : changed.map((i) => form.get(i.id)!);
      const started = performance.now();
      const outcome = await save(provinceId, values);
      if (outcome) samples.push(performance.now() - started);
      if (outcome && outcome.kind !== "saved") refused += 1;
      await reload();
    }
  };
  const started = performance.now();
  await Promise.all(units.map((u, w) => writer(u.id, w)));
  return {
    writers: units.length,
    savesPerWriter: SAVES_PER_WRITER,
    figuresPerSave: kind === "form" ? indicators.length : 1,
    changedPerSave,
    period: period.code,
    refused,
    failed: failures.length,
    failures: [...new Set(failures)].slice(0, 5),
    seconds: Math.round(performance.now() - started) / 1000,
    ...summary(samples),
  };
}

/** Periods a unit has nothing published for and that have ended: quarters before the synthetic ones, then halves, then years. */
function freePeriods(now: Date): Period[] {
  const firstPublished = publishedQuarters(now)[0]!;
  const lastYear = now.getUTCFullYear() - 1;
  const codes: string[] = [];
  for (let y = 1990; y <= lastYear + 1; y++) for (let q = 1; q <= 4; q++) codes.push(`${y}-Q${q}`);
  const quarters = codes.map((c) => parsePeriod(c)!).filter((p) => p.year < firstPublished.year || (p.year === firstPublished.year && p.index < firstPublished.index));
  const halves = Array.from({ length: lastYear - 1990 + 1 }, (_, i) => [`${1990 + i}-H1`, `${1990 + i}-H2`]).flat();
  const years = Array.from({ length: lastYear - 1990 + 1 }, (_, i) => String(1990 + i));
  return [...quarters, ...[...halves, ...years].map((c) => parsePeriod(c)!)];
}

/**
 * 100,000 figures through the import, as a person would: a CSV file per
 * synthetic unit (a file holds one unit's rows, at most 10,000), each
 * checked (the dry run) and then confirmed, one after another.
 */
async function importFigures(actor: Actor, indicators: IndicatorRef[]) {
  const periods = freePeriods(new Date());
  const perUnit = Math.min(LIMITS.rows, periods.length * indicators.length);
  const files: Array<{ rows: number; checkSeconds: number; confirmSeconds: number }> = [];
  const header = [HEADERS.unit[0], HEADERS.code[0], HEADERS.period[0], HEADERS.value[0]].join(",");
  for (let u = 1, left = IMPORT_FIGURES; left > 0; u++, left -= perUnit) {
    if (u > UNITS) throw new Error("the synthetic units cannot hold 100,000 imported figures");
    const slug = syntheticSlug(u);
    const unit = await db.province.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true } });
    const lines = [header];
    for (let n = 0; n < Math.min(perUnit, left); n++) {
      const indicator = indicators[n % indicators.length]!;
      const period = periods[Math.floor(n / indicators.length)]!;
      // Written as the template writes them: a decimal comma, quoted.
      const value = `"${String(figure(indicator, n)).replace(".", ",")}"`;
      lines.push([slug, indicator.code, period.code, value].join(","));
    }
    const file = { name: `thu-tai-${slug}.csv`, bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`) };

    let started = performance.now();
    const checked = await checkImport(unit, file, SOURCE);
    const checkSeconds = (performance.now() - started) / 1000;
    if (checked.kind !== "plan" || checked.plan.counts.error > 0) throw new Error(`import check of ${file.name}: ${JSON.stringify(checked.kind === "plan" ? checked.plan.counts : checked)}`);
    const expected = new Map(checked.plan.rows.filter((r) => r.status === "new" || r.status === "changed").map((r) => [figureKey(r.indicatorId!, r.period), r.version]));
    started = performance.now();
    const confirmed = await confirmImport(actor, unit, file, SOURCE, { fingerprint: checked.fingerprint, expected });
    const confirmSeconds = (performance.now() - started) / 1000;
    if (confirmed.kind !== "stored") throw new Error(`import of ${file.name}: ${confirmed.kind}`);
    files.push({ rows: confirmed.written, checkSeconds, confirmSeconds });
    console.log(`    ${file.name}: ${confirmed.written} figures, check ${checkSeconds.toFixed(1)} s, confirm ${confirmSeconds.toFixed(1)} s`);
  }
  const sum = (key: "rows" | "checkSeconds" | "confirmSeconds") => files.reduce((total, f) => total + f[key], 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    figures: sum("rows"),
    files: files.length,
    rowsPerFile: perUnit,
    checkSeconds: round(sum("checkSeconds")),
    confirmSeconds: round(sum("confirmSeconds")),
    seconds: round(sum("checkSeconds") + sum("confirmSeconds")),
  };
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: database.ts <result.json>");
  const result: Record<string, unknown> = {};
  const save = () => fs.writeFileSync(out, JSON.stringify(result, null, 2));
  try {
    // The read first, on the dataset as loaded; then the writes.
    console.log("  comparison query …");
    result.comparisonQuery = await comparisonQuery();
    save();
    const actor = await benchActor();
    const indicators = await db.indicator.findMany({ select: { id: true, code: true, unit: true, minValue: true, maxValue: true }, orderBy: { id: "asc" } });
    console.log(`  ${WRITERS} writers saving the entry form at once …`);
    result.entrySaves = await concurrentSaves(actor, indicators, "form");
    save();
    console.log(`  ${WRITERS} writers saving one figure at a time …`);
    result.figureSaves = await concurrentSaves(actor, indicators, "figure");
    save();
    console.log(`  importing ${IMPORT_FIGURES.toLocaleString("en")} figures …`);
    result.import = await importFigures(actor, indicators);
    save();
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
