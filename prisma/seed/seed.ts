// Loads the cited figures into a database. Idempotent: a record that exists
// is left as it is, so running it twice changes nothing and never writes
// over a figure someone has since corrected.
import type { DbClient } from "@/lib/db-client";
import { parsePeriod, periodEnd } from "@/lib/period";
import { indicators, pillars, type IndicatorSeed } from "./data/catalog";
import { dtiResults, nationalTargets, observations, provincesWithTargets, type ObservationSeed } from "./data/figures";
import { mergerSource, provinceFacts, provinces, type ProvinceFactSeed, type ProvinceSeed } from "./data/provinces";
import { sources, type SourceSeed } from "./data/sources";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";

export interface SeedSummary {
  sources: number;
  provinces: number;
  indicators: number;
  targets: number;
  observations: number;
  dtiResults: number;
  created: number;
}

type Tx = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

const date = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function seedDatabase(db: DbClient): Promise<SeedSummary> {
  return db.$transaction(async (tx) => {
    let created = 0;

    const sourceIds = new Map<string, number>();
    for (const s of sources as readonly SourceSeed[]) {
      const row = await insertMissing(
        () => tx.source.findUnique({ where: { key: s.key }, select: { id: true } }),
        () =>
          tx.source.create({
            data: {
              key: s.key,
              kind: s.kind,
              title: s.title,
              publisher: s.publisher ?? null,
              author: s.author ?? null,
              publishedOn: date(s.publishedOn),
              url: s.url ?? null,
              file: s.file ?? null,
            },
            select: { id: true },
          }),
      );
      if (row.created) created++;
      sourceIds.set(s.key, row.id);
    }
    const sourceId = (key: string) => must(sourceIds.get(key), `source ${key}`);

    const provinceIds = new Map<string, number>();
    // Successors first, so predecessors can point at them.
    const ordered = [...(provinces as readonly ProvinceSeed[])].sort((a, b) => Number(!!a.successor) - Number(!!b.successor));
    for (const p of ordered) {
      const row = await insertMissing(
        () => tx.province.findUnique({ where: { slug: p.slug }, select: { id: true } }),
        () =>
          tx.province.create({
            data: {
              slug: p.slug,
              nameVi: p.nameVi,
              nameEn: p.nameEn,
              kind: p.kind,
              region: p.region,
              validFrom: date(p.validFrom),
              validTo: date(p.validTo),
              successorId: p.successor ? must(provinceIds.get(p.successor), `province ${p.successor}`) : null,
              sourceId: sourceId(mergerSource),
              sortOrder: p.sortOrder,
            },
            select: { id: true },
          }),
      );
      if (row.created) created++;
      provinceIds.set(p.slug, row.id);
    }
    const provinceId = (slug: string) => must(provinceIds.get(slug), `province ${slug}`);

    for (const f of provinceFacts as readonly ProvinceFactSeed[]) {
      const pid = provinceId(f.province);
      const row = await insertMissing(
        () => tx.provinceFact.findUnique({ where: { provinceId_key: { provinceId: pid, key: f.key } }, select: { id: true } }),
        () =>
          tx.provinceFact.create({
            data: {
              provinceId: pid,
              key: f.key,
              value: f.value ?? null,
              qualifier: f.qualifier ?? "EXACT",
              unit: f.unit ?? null,
              textVi: f.textVi ?? null,
              period: f.period ?? null,
              sourceId: sourceId(f.source),
            },
            select: { id: true },
          }),
      );
      if (row.created) created++;
    }

    const pillarIds = new Map<string, number>();
    for (const p of pillars) {
      const row = await insertMissing(
        () => tx.pillar.findUnique({ where: { code: p.code }, select: { id: true } }),
        () => tx.pillar.create({ data: p, select: { id: true } }),
      );
      if (row.created) created++;
      pillarIds.set(p.code, row.id);
    }

    const indicatorIds = new Map<string, number>();
    let sortOrder = 0;
    for (const i of indicators as readonly IndicatorSeed[]) {
      sortOrder += 10;
      const row = await insertMissing(
        () => tx.indicator.findUnique({ where: { code: i.code }, select: { id: true } }),
        () =>
          tx.indicator.create({
            data: {
              code: i.code,
              pillarId: must(pillarIds.get(i.pillar), `pillar ${i.pillar}`),
              nameVi: i.nameVi,
              nameEn: i.nameEn,
              definitionVi: i.definitionVi ?? null,
              unit: i.unit,
              direction: i.direction ?? "HIGHER_IS_BETTER",
              periodicity: i.periodicity ?? "QUARTERLY",
              decision: i.decision ?? null,
              isHeadline: i.isHeadline ?? false,
              sortOrder,
              ...validRange(i.unit),
            },
            select: { id: true },
          }),
      );
      if (row.created) created++;
      indicatorIds.set(i.code, row.id);
    }
    const indicatorId = (code: string) => must(indicatorIds.get(code), `indicator ${code}`);

    let targetCount = 0;
    for (const { province, own, ownSource } of provincesWithTargets) {
      const pid = provinceId(province);
      const ownKeys = new Set(own.map((t) => `${t.indicator}/${t.year}`));
      const rows = [
        ...own.map((t) => ({ ...t, scope: "PROVINCIAL" as const, source: must(ownSource, `source of ${province}'s targets`) })),
        ...nationalTargets.filter((t) => !ownKeys.has(`${t.indicator}/${t.year}`)).map((t) => ({ ...t, scope: "NATIONAL" as const })),
      ];
      for (const t of rows) {
        const iid = indicatorId(t.indicator);
        const row = await insertMissing(
          () =>
            tx.target.findUnique({
              where: { provinceId_indicatorId_year: { provinceId: pid, indicatorId: iid, year: t.year } },
              select: { id: true },
            }),
          () =>
            tx.target.create({
              data: {
                provinceId: pid,
                indicatorId: iid,
                year: t.year,
                comparator: t.comparator,
                value: t.value,
                scope: t.scope,
                note: t.note ?? null,
                sourceId: sourceId(t.source),
              },
              select: { id: true },
            }),
        );
        if (row.created) created++;
        targetCount++;
      }
    }

    for (const o of observations as readonly ObservationSeed[]) {
      created += await seedObservation(tx, {
        provinceId: provinceId(o.province),
        indicatorId: indicatorId(o.indicator),
        period: o.period,
        value: o.value,
        qualifier: o.qualifier ?? "EXACT",
        sourceId: sourceId(o.source),
        note: o.note ?? null,
      });
    }

    for (const d of dtiResults) {
      const pid = provinceId(d.province);
      const { province: _slug, source, ...figures } = d; // eslint-disable-line @typescript-eslint/no-unused-vars
      const row = await insertMissing(
        () => tx.dtiResult.findUnique({ where: { provinceId_year: { provinceId: pid, year: d.year } }, select: { id: true } }),
        () => tx.dtiResult.create({ data: { ...figures, provinceId: pid, sourceId: sourceId(source) }, select: { id: true } }),
      );
      if (row.created) created++;
    }

    return {
      sources: sources.length,
      provinces: provinces.length,
      indicators: indicators.length,
      targets: targetCount,
      observations: observations.length,
      dtiResults: dtiResults.length,
      created,
    };
  });
}

/** A seeded figure goes into its province's published report for the period. */
async function seedObservation(
  tx: Tx,
  o: { provinceId: number; indicatorId: number; period: string; value: number; qualifier: "EXACT" | "MORE_THAN" | "LESS_THAN" | "APPROXIMATELY"; sourceId: number; note: string | null },
): Promise<number> {
  const period = parsePeriod(o.period);
  if (!period) throw new Error(`Seed data has a malformed period: ${o.period}`);
  let created = 0;
  const existingReport = await tx.report.findUnique({
    where: { provinceId_period: { provinceId: o.provinceId, period: period.code } },
    select: { id: true, status: true },
  });
  // A cited figure is published; never slip it into someone's unpublished report.
  if (existingReport && existingReport.status !== "PUBLISHED") {
    throw new Error(`The ${period.code} report of province ${o.provinceId} is ${existingReport.status}; seed figures go into published reports only.`);
  }
  const report = await insertMissing(
    async () => existingReport,
    () =>
      tx.report.create({
        data: { provinceId: o.provinceId, period: period.code, status: "PUBLISHED", publishedAt: new Date() },
        select: { id: true },
      }),
  );
  if (report.created) created++;
  if (report.created) {
    await tx.auditEvent.create({
      data: { action: "report.seed", provinceId: o.provinceId, reportId: report.id, newValue: "PUBLISHED", reason: "Nạp số liệu từ nguồn đã dẫn" },
    });
  }
  const existing = await tx.observation.findUnique({
    where: { provinceId_indicatorId_period: { provinceId: o.provinceId, indicatorId: o.indicatorId, period: period.code } },
    select: { id: true },
  });
  if (existing) return created;
  const row = await tx.observation.create({
    data: { ...o, period: period.code, periodEnd: periodEnd(period) },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: {
      action: "observation.seed",
      provinceId: o.provinceId,
      reportId: report.id,
      observationId: row.id,
      indicatorId: o.indicatorId,
      period: period.code,
      newValue: String(o.value),
      reason: "Nạp số liệu từ nguồn đã dẫn",
    },
  });
  return created + 1;
}

/** The values a figure of this unit may take. */
function validRange(unit: IndicatorUnit): { minValue: number; maxValue: number | null } {
  if (unit === "PERCENT") return { minValue: 0, maxValue: 100 };
  if (unit === "SCORE") return { minValue: 0, maxValue: 1 };
  return { minValue: unit === "RANK" ? 1 : 0, maxValue: null };
}

async function insertMissing(
  find: () => Promise<{ id: number } | null>,
  create: () => Promise<{ id: number }>,
): Promise<{ id: number; created: boolean }> {
  const found = await find();
  if (found) return { id: found.id, created: false };
  const row = await create();
  return { id: row.id, created: true };
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Seed data refers to an unknown ${what}`);
  return value;
}
