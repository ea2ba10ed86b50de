// `npm run bench`, step one: fills the bench's scratch database (never the
// app's own) with the synthetic scale dataset, after the real seed: 34 units
// named as synthetic, every indicator over 40 quarters of published figures
// from a source that says it is synthetic, and 2025 and 2030 targets: some
// 110,000 figures in bulk inserts, one transaction per unit (about a minute
// on two cores). Prints a JSON summary as its last line.
import { performance } from "node:perf_hooks";
import { createDbClient, scriptDatabaseUrl } from "@/lib/server/db-client";
import { periodEnd } from "@/lib/domain/period";
import { publishedQuarters, QUARTERS, syntheticSlug, UNITS } from "./synthetic";

const CHUNK = 1000;

interface IndicatorRow {
  id: number;
  unit: "PERCENT" | "COUNT" | "SCORE" | "RANK" | "POINTS";
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  minValue: number | null;
  maxValue: number | null;
}

/** A plausible range for the indicator's unit, within its own bounds. */
function range(indicator: IndicatorRow): [number, number] {
  const [lo, hi] = { PERCENT: [0, 100], SCORE: [0, 1], RANK: [1, 63], POINTS: [0, 100], COUNT: [100, 10_000] }[indicator.unit];
  return [Math.max(lo!, indicator.minValue ?? lo!), Math.min(hi!, indicator.maxValue ?? hi!)];
}

/** Moves towards the good end of the range over the quarters, each unit a little differently. */
function value(indicator: IndicatorRow, unit: number, t: number): number {
  const [lo, hi] = range(indicator);
  const share = (0.2 + 0.6 * (t / (QUARTERS - 1))) * (0.8 + 0.2 * ((unit * 7) % 10) / 10);
  const raw = indicator.direction === "HIGHER_IS_BETTER" ? lo + (hi - lo) * share : hi - (hi - lo) * share;
  return indicator.unit === "COUNT" || indicator.unit === "RANK" ? Math.round(raw) : Math.round(raw * 100) / 100;
}

function target(indicator: IndicatorRow, share: number) {
  const [lo, hi] = range(indicator);
  const higher = indicator.direction === "HIGHER_IS_BETTER";
  const raw = higher ? lo + (hi - lo) * share : hi - (hi - lo) * share;
  return {
    comparator: higher ? ("GTE" as const) : ("LTE" as const),
    value: indicator.unit === "COUNT" || indicator.unit === "RANK" ? Math.round(raw) : Math.round(raw * 100) / 100,
  };
}

async function main() {
  const started = performance.now();
  const db = createDbClient(scriptDatabaseUrl());
  try {
    const now = new Date();
    const quarters = publishedQuarters(now);
    const source = await db.source.create({
      data: {
        key: "synthetic-load-test",
        kind: "REPORT",
        title: "Số liệu tổng hợp để thử tải (dữ liệu thử tải, không phải số liệu thật)",
        publisher: "Bộ đo hiệu năng (dữ liệu thử tải)",
      },
      select: { id: true },
    });
    const indicators: IndicatorRow[] = await db.indicator.findMany({ select: { id: true, unit: true, direction: true, minValue: true, maxValue: true } });

    let observations = 0;
    for (let u = 1; u <= UNITS; u++) {
      const slug = syntheticSlug(u);
      const number = slug.slice(-2);
      await db.$transaction(
        async (tx) => {
          const unit = await tx.province.create({
            data: {
              slug,
              nameVi: `Tỉnh tổng hợp ${number} (dữ liệu thử tải)`,
              nameEn: `Synthetic province ${number} (load-test data)`,
              // After every real unit in lists.
              sortOrder: 10_000 + u,
            },
            select: { id: true },
          });
          await tx.report.createMany({
            data: quarters.map((q) => ({ provinceId: unit.id, period: q.code, status: "PUBLISHED" as const, submittedAt: now, approvedAt: now, publishedAt: now })),
          });
          const rows = quarters.flatMap((q, t) =>
            indicators.map((indicator) => ({
              provinceId: unit.id,
              indicatorId: indicator.id,
              period: q.code,
              periodEnd: periodEnd(q),
              value: value(indicator, u, t),
              sourceId: source.id,
            })),
          );
          for (let i = 0; i < rows.length; i += CHUNK) await tx.observation.createMany({ data: rows.slice(i, i + CHUNK) });
          observations += rows.length;
          await tx.target.createMany({
            data: indicators.flatMap((indicator) =>
              [2025, 2030].map((year) => ({
                provinceId: unit.id,
                indicatorId: indicator.id,
                year,
                scope: "PROVINCIAL" as const,
                sourceId: source.id,
                note: "Mục tiêu tổng hợp (dữ liệu thử tải)",
                ...target(indicator, year === 2025 ? 0.75 : 0.9),
              })),
            ),
          });
        },
        { timeout: 120_000 },
      );
    }
    console.log(
      JSON.stringify({
        units: UNITS,
        indicators: indicators.length,
        quarters: quarters.length,
        firstQuarter: quarters[0]!.code,
        lastQuarter: quarters.at(-1)!.code,
        syntheticObservations: observations,
        allObservations: await db.observation.count(),
        seconds: Math.round(performance.now() - started) / 1000,
      }),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
