// `npm run bench`: how fast the public pages' queries are with every province,
// all indicators and years of quarters. Runs on a scratch database filled with
// synthetic figures (never shown anywhere) and prints timings; it asserts nothing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const PROVINCES = 34;
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const RUNS = 20;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed/index.ts"], { env, stdio: "ignore" });

  const { db } = await import("@/lib/db");
  const { getScorecard } = await import("@/lib/data/scorecard");
  const { getOverview } = await import("@/lib/data/overview");
  const { getComparison } = await import("@/lib/data/compare");
  const { openDataFiles } = await import("@/lib/data/open-data");

  const source = await db.source.findFirstOrThrow({ select: { id: true } });
  const indicators = await db.indicator.findMany({ select: { id: true, unit: true } });
  const started = performance.now();
  const slugs: string[] = [];
  await db.$transaction(async (tx) => {
    for (let p = 0; p < PROVINCES; p++) {
      const province = await tx.province.create({ data: { slug: `bench-${p}`, nameVi: `Tỉnh thử ${p}`, nameEn: `Bench ${p}`, sortOrder: 1000 + p } });
      slugs.push(province.slug);
      for (const year of YEARS) {
        for (let q = 1; q <= 4; q++) {
          const period = `${year}-Q${q}`;
          await tx.report.create({ data: { provinceId: province.id, period, status: "PUBLISHED" } });
          await tx.observation.createMany({
            data: indicators.map((indicator, i) => ({
              provinceId: province.id,
              indicatorId: indicator.id,
              period,
              periodEnd: new Date(Date.UTC(year, q * 3, 0)),
              value: indicator.unit === "PERCENT" ? (20 + ((p + i + year + q) % 70)) : 100 + p * 10 + q,
              sourceId: source.id,
            })),
          });
        }
      }
      await tx.target.createMany({
        data: indicators.map((indicator) => ({ provinceId: province.id, indicatorId: indicator.id, year: 2030, comparator: "GTE" as const, value: 90, scope: "NATIONAL" as const, sourceId: source.id })),
      });
    }
  }, { timeout: 600_000 });
  const observations = await db.observation.count();
  console.log(`Scratch database: ${PROVINCES + 2} reporting units, ${indicators.length} indicators, ${observations} observations (filled in ${Math.round(performance.now() - started)} ms).`);

  await time("scorecard (one province, every indicator, 24 quarters)", () => getScorecard(slugs[0]!, new Date()));
  await time(`overview (${PROVINCES + 2} provinces)`, () => getOverview());
  await time("comparison (6 provinces, one pillar)", () => getComparison(slugs.slice(0, 6), "SOC"));
  await time("open data: observations.csv", () => openDataFiles["observations.csv"]());

  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p90 = samples[Math.floor(samples.length * 0.9)]!;
  console.log(`${label.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
