// Building blocks of the seed steps. Every writer inserts what is missing and
// leaves what exists alone, so a step never writes over a figure that a person
// has entered, corrected or cleared since.
import type { DbClient } from "@/lib/server/db-client";
import type { Comparator, IndicatorUnit, TargetScope, ValueQualifier } from "@/lib/generated/prisma/enums";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { indicators, pillars, type IndicatorSeed } from "./data/catalog";
import type { ProvinceSeed } from "./data/provinces";
import type { SourceSeed } from "./data/sources";

export type Tx = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

export const SEED_REASON = "Nạp số liệu từ nguồn đã dẫn";

export const isoDate = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** What a step did, for the log and the SeedStep record. */
export interface StepCounts {
  created: number;
  replaced: number;
  /** Records the step would have written but left alone (a person's figure, a locked report). */
  kept: number;
}

export const emptyCounts = (): StepCounts => ({ created: 0, replaced: 0, kept: 0 });

export async function insertMissing(
  find: () => Promise<{ id: number } | null>,
  create: () => Promise<{ id: number }>,
): Promise<{ id: number; created: boolean }> {
  const found = await find();
  if (found) return { id: found.id, created: false };
  const row = await create();
  return { id: row.id, created: true };
}

export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Seed data refers to an unknown ${what}`);
  return value;
}

/** The values a figure of this unit may take. */
export function validRange(unit: IndicatorUnit): { minValue: number; maxValue: number | null } {
  if (unit === "PERCENT" || unit === "POINTS") return { minValue: 0, maxValue: 100 };
  if (unit === "SCORE") return { minValue: 0, maxValue: 1 };
  return { minValue: unit === "RANK" ? 1 : 0, maxValue: null };
}

export interface ObservationInput {
  provinceId: number;
  indicatorId: number;
  period: string;
  value: number;
  qualifier: ValueQualifier;
  sourceId: number;
  note: string | null;
  quote?: string | null;
  conflict?: string | null;
}

export type ObservationOutcome = "created" | "exists" | "kept";

/** A figure as the seed data states it, by handles rather than ids. */
export interface CitedObservation {
  province: string;
  indicator: string;
  period: string;
  value: number;
  qualifier?: ValueQualifier;
  source: string;
  note?: string;
  quote?: string;
  conflict?: string;
}

export async function seedCitedObservations(tx: Tx, ids: Ids, list: readonly CitedObservation[], counts: StepCounts) {
  for (const o of list) {
    const outcome = await seedObservation(tx, {
      provinceId: ids.unitId(o.province),
      indicatorId: ids.indicatorId(o.indicator),
      period: o.period,
      value: o.value,
      qualifier: o.qualifier ?? "EXACT",
      sourceId: ids.sourceId(o.source),
      note: o.note ?? null,
      quote: o.quote ?? null,
      conflict: o.conflict ?? null,
    });
    if (outcome !== "exists") counts[outcome]++;
  }
}

/**
 * A cited figure goes into its unit's published report for the period. It is
 * left out ("kept") when the report is someone's unpublished work, or when a
 * person has ever entered, changed or cleared a figure under the same key:
 * their word stands over the seed's.
 */
export async function seedObservation(tx: Tx, o: ObservationInput): Promise<ObservationOutcome> {
  const period = parsePeriod(o.period);
  if (!period) throw new Error(`Seed data has a malformed period: ${o.period}`);
  const key = { provinceId: o.provinceId, indicatorId: o.indicatorId, period: period.code };

  const existing = await tx.observation.findUnique({ where: { provinceId_indicatorId_period: key }, select: { id: true } });
  if (existing) return "exists";
  const touchedByPerson = await tx.auditEvent.count({ where: { ...key, actorId: { not: null }, action: { startsWith: "observation." } } });
  if (touchedByPerson > 0) return "kept";

  const existingReport = await tx.report.findUnique({
    where: { provinceId_period: { provinceId: o.provinceId, period: period.code } },
    select: { id: true, status: true },
  });
  // A cited figure is published; never slip it into someone's unpublished report.
  if (existingReport && existingReport.status !== "PUBLISHED") return "kept";
  const report =
    existingReport ??
    (await tx.report.create({
      data: { provinceId: o.provinceId, period: period.code, status: "PUBLISHED", publishedAt: new Date() },
      select: { id: true },
    }));
  if (!existingReport) {
    await tx.auditEvent.create({
      data: { action: "report.seed", provinceId: o.provinceId, reportId: report.id, period: period.code, newValue: "PUBLISHED", reason: SEED_REASON },
    });
  }
  const row = await tx.observation.create({
    data: { ...o, quote: o.quote ?? null, conflict: o.conflict ?? null, period: period.code, periodEnd: periodEnd(period) },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: {
      action: "observation.seed",
      ...key,
      reportId: report.id,
      observationId: row.id,
      newValue: String(o.value),
      reason: SEED_REASON,
    },
  });
  return "created";
}

/** Ids of what the database holds, by the seed's handles; fetched once per step. */
export async function loadIds(tx: Tx) {
  const [sources, units, indicators, pillars] = await Promise.all([
    tx.source.findMany({ select: { id: true, key: true } }),
    tx.province.findMany({ select: { id: true, slug: true } }),
    tx.indicator.findMany({ select: { id: true, code: true } }),
    tx.pillar.findMany({ select: { id: true, code: true } }),
  ]);
  const maps = {
    source: new Map(sources.map((r) => [r.key, r.id])),
    unit: new Map(units.map((r) => [r.slug, r.id])),
    indicator: new Map(indicators.map((r) => [r.code, r.id])),
    pillar: new Map(pillars.map((r) => [r.code, r.id])),
  };
  return {
    maps,
    sourceId: (key: string) => must(maps.source.get(key), `source ${key}`),
    unitId: (slug: string) => must(maps.unit.get(slug), `province ${slug}`),
    indicatorId: (code: string) => must(maps.indicator.get(code), `indicator ${code}`),
    pillarId: (code: string) => must(maps.pillar.get(code), `pillar ${code}`),
  };
}

export type Ids = Awaited<ReturnType<typeof loadIds>>;

export async function seedSources(tx: Tx, ids: Ids, list: readonly SourceSeed[], counts: StepCounts) {
  for (const s of list) {
    const row = await insertMissing(
      () => tx.source.findUnique({ where: { key: s.key }, select: { id: true } }),
      () =>
        tx.source.create({
          data: {
            key: s.key,
            kind: s.kind,
            title: s.title,
            titleEn: s.titleEn,
            publisher: s.publisher ?? null,
            publisherEn: s.publisherEn ?? null,
            author: s.author ?? null,
            publishedOn: isoDate(s.publishedOn),
            url: s.url ?? null,
            file: s.file ?? null,
          },
          select: { id: true },
        }),
    );
    if (row.created) counts.created++;
    ids.maps.source.set(s.key, row.id);
  }
}

/** Units, successors first so predecessors can point at them. */
export async function seedUnits(tx: Tx, ids: Ids, list: readonly ProvinceSeed[], sourceKey: string | null, counts: StepCounts) {
  const ordered = [...list].sort((a, b) => Number(!!a.successor) - Number(!!b.successor));
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
            region: p.region ?? null,
            validFrom: isoDate(p.validFrom),
            validTo: isoDate(p.validTo),
            successorId: p.successor ? ids.unitId(p.successor) : null,
            sourceId: sourceKey ? ids.sourceId(sourceKey) : null,
            sortOrder: p.sortOrder,
          },
          select: { id: true },
        }),
    );
    if (row.created) counts.created++;
    ids.maps.unit.set(p.slug, row.id);
  }
}

/** Pillars and every indicator of the catalogue, in catalogue order. */
export async function seedCatalog(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const p of pillars) {
    const row = await insertMissing(
      () => tx.pillar.findUnique({ where: { code: p.code }, select: { id: true } }),
      () => tx.pillar.create({ data: p, select: { id: true } }),
    );
    if (row.created) counts.created++;
    ids.maps.pillar.set(p.code, row.id);
  }
  const list = indicators as readonly IndicatorSeed[];
  for (const [index, i] of list.entries()) {
    const row = await insertMissing(
      () => tx.indicator.findUnique({ where: { code: i.code }, select: { id: true } }),
      () =>
        tx.indicator.create({
          data: {
            code: i.code,
            pillarId: ids.pillarId(i.pillar),
            nameVi: i.nameVi,
            nameEn: i.nameEn,
            definitionVi: i.definitionVi ?? null,
            definitionEn: i.definitionEn ?? null,
            unit: i.unit,
            direction: i.direction ?? "HIGHER_IS_BETTER",
            periodicity: i.periodicity ?? "QUARTERLY",
            decision: i.decision ?? null,
            isHeadline: i.isHeadline ?? false,
            sortOrder: (index + 1) * 10,
            ...validRange(i.unit),
          },
          select: { id: true },
        }),
    );
    if (row.created) counts.created++;
    ids.maps.indicator.set(i.code, row.id);
  }
}

export interface TargetInput {
  provinceId: number;
  indicatorId: number;
  year: number;
  comparator: Comparator;
  value: number;
  scope: TargetScope;
  sourceId: number;
  note: string | null;
  quote?: string | null;
}

/** Inserts a target unless the unit already has one for that indicator and year. */
export async function insertTarget(tx: Tx, t: TargetInput): Promise<{ id: number; created: boolean }> {
  return insertMissing(
    () =>
      tx.target.findUnique({
        where: { provinceId_indicatorId_year: { provinceId: t.provinceId, indicatorId: t.indicatorId, year: t.year } },
        select: { id: true },
      }),
    () => tx.target.create({ data: { ...t, quote: t.quote ?? null }, select: { id: true } }),
  );
}
