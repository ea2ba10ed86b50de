import "server-only";
// The open-data API's reads: one page of a resource's rows, as the columns of
// features/open-data/schema.ts name them, and how many rows match in all. Figures come
// from published reports only (`publishedOnly`), as everywhere public.
import type { ApiQuery } from "@/features/open-data/query";
import type { Resource } from "@/features/open-data/schema";
import { db } from "@/lib/server/db";
import { dtiResultSelect, observationSelect, publishedOnly, unitSelect } from "@/features/published/selects";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ApiValue = string | number | string[] | null;
export type ApiRow = Record<string, ApiValue>;

export interface ApiPage {
  rows: ApiRow[];
  total: number;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const sourceSelect = { key: true, title: true, titleEn: true, publishedOn: true, url: true } satisfies Prisma.SourceSelect;
const sourceColumns = (s: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>) => ({
  source_key: s.key,
  source_title: s.title,
  source_title_en: s.titleEn,
  source_date: isoDate(s.publishedOn),
  source_url: s.url,
});
const some = <T>(values: T[]) => (values.length > 0 ? { in: values } : undefined);
/** One page, or every row when `perPage` is infinite (EVERY_ROW). */
const pageOf = (q: ApiQuery): { skip?: number; take?: number } =>
  Number.isFinite(q.perPage) ? { skip: (q.page - 1) * q.perPage, take: q.perPage } : { skip: undefined, take: undefined };

async function indicators(q: ApiQuery): Promise<ApiPage> {
  const where = { pillar: { code: some(q.pillars) } } satisfies Prisma.IndicatorWhereInput;
  const [rows, total] = await Promise.all([
    db.indicator.findMany({
      where,
      select: { code: true, nameVi: true, nameEn: true, definitionVi: true, definitionEn: true, unit: true, direction: true, periodicity: true, decision: true, pillar: { select: { code: true } } },
      orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      ...pageOf(q),
    }),
    db.indicator.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((i) => ({
      code: i.code,
      pillar: i.pillar.code,
      name_vi: i.nameVi,
      name_en: i.nameEn,
      definition_vi: i.definitionVi,
      definition_en: i.definitionEn,
      unit: i.unit,
      direction: i.direction,
      periodicity: i.periodicity,
      decision: i.decision,
    })),
  };
}

async function units(q: ApiQuery): Promise<ApiPage> {
  const [rows, total] = await Promise.all([
    db.province.findMany({
      select: {
        ...unitSelect,
        successor: { select: { slug: true } },
        predecessors: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
      },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      ...pageOf(q),
    }),
    db.province.count(),
  ]);
  return {
    total,
    rows: rows.map((u) => ({
      slug: u.slug,
      name_vi: u.nameVi,
      name_en: u.nameEn,
      kind: u.kind,
      valid_from: isoDate(u.validFrom),
      valid_to: isoDate(u.validTo),
      successor: u.successor?.slug ?? null,
      predecessors: u.predecessors.map((p) => p.slug),
    })),
  };
}

async function observations(q: ApiQuery): Promise<ApiPage> {
  const where = {
    ...publishedOnly,
    province: { slug: some(q.units) },
    indicator: { code: some(q.indicators), pillar: { code: some(q.pillars) } },
    periodEnd: { gte: q.from ?? undefined, lte: q.to ?? undefined },
  } satisfies Prisma.ObservationWhereInput;
  const [rows, total] = await Promise.all([
    db.observation.findMany({
      where,
      select: {
        ...observationSelect,
        province: { select: { slug: true } },
        indicator: { select: { code: true, pillar: { select: { code: true } } } },
        source: { select: sourceSelect },
      },
      orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { periodEnd: "asc" }, { id: "asc" }],
      ...pageOf(q),
    }),
    db.observation.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((o) => ({
      unit: o.province.slug,
      indicator: o.indicator.code,
      pillar: o.indicator.pillar.code,
      period: o.period,
      period_end: isoDate(o.periodEnd),
      value: o.value,
      qualifier: o.qualifier,
      as_of: o.asOf ? isoDate(o.asOf) : null,
      out_of: o.outOf,
      note: o.note,
      source_sentence: o.quote,
      conflict: o.conflict,
      ...sourceColumns(o.source),
    })),
  };
}

async function targets(q: ApiQuery): Promise<ApiPage> {
  const where = {
    province: { slug: some(q.units) },
    indicator: { code: some(q.indicators), pillar: { code: some(q.pillars) } },
  } satisfies Prisma.TargetWhereInput;
  const [rows, total] = await Promise.all([
    db.target.findMany({
      where,
      select: { year: true, comparator: true, value: true, scope: true, note: true, province: { select: { slug: true } }, indicator: { select: { code: true } }, source: { select: sourceSelect } },
      orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { year: "asc" }, { id: "asc" }],
      ...pageOf(q),
    }),
    db.target.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((t) => ({
      unit: t.province.slug,
      indicator: t.indicator.code,
      year: t.year,
      comparator: t.comparator,
      value: t.value,
      scope: t.scope,
      note: t.note,
      ...sourceColumns(t.source),
    })),
  };
}

async function dtiResults(q: ApiQuery): Promise<ApiPage> {
  const where = { province: { slug: some(q.units) }, year: some(q.years) } satisfies Prisma.DtiResultWhereInput;
  const [rows, total] = await Promise.all([
    db.dtiResult.findMany({
      where,
      select: { ...dtiResultSelect, province: { select: { slug: true } } },
      orderBy: [{ year: "desc" }, { rank: "asc" }, { id: "asc" }],
      ...pageOf(q),
    }),
    db.dtiResult.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      unit: r.province.slug,
      year: r.year,
      rank: r.rank,
      ranked_count: r.rankedCount,
      score: r.score,
      gov_score: r.govScore,
      gov_rank: r.govRank,
      econ_score: r.econScore,
      econ_rank: r.econRank,
      soc_score: r.socScore,
      soc_rank: r.socRank,
      region_rank: r.regionRank,
      note: r.noteVi,
      note_en: r.noteEn,
      unverified: unverifiedColumns(r.unverified),
      ...sourceColumns(r.source),
      also_source_key: r.alsoSource?.key ?? null,
      also_source_url: r.alsoSource?.url ?? null,
    })),
  };
}

export const apiReaders: Record<Resource, (query: ApiQuery) => Promise<ApiPage>> = {
  indicators,
  units,
  observations,
  targets,
  "dti-results": dtiResults,
};

const DTI_COLUMNS: Record<string, string> = { score: "score", govScore: "gov_score", govRank: "gov_rank", econScore: "econ_score", econRank: "econ_rank", socScore: "soc_score", socRank: "soc_rank", rank: "rank", rankedCount: "ranked_count", regionRank: "region_rank" };

/** The stored field names of a row's unverified values, as the API's column names. */
function unverifiedColumns(fields: string | null): string[] {
  return (fields ?? "").split(",").filter(Boolean).map((f) => DTI_COLUMNS[f] ?? f);
}
