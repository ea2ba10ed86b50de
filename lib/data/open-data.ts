import "server-only";
import { db } from "@/lib/db";
import { dtiResultSelect, publishedOnly } from "@/lib/data/selects";
import { toCsv } from "@/lib/csv";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The open-data files: every published figure, target and DTI result, with sources. */
export const openDataFiles = {
  "observations.csv": async () => {
    const rows = await db.observation.findMany({
      where: publishedOnly,
      select: {
        period: true,
        value: true,
        qualifier: true,
        note: true,
        quote: true,
        conflict: true,
        province: { select: { slug: true, nameVi: true } },
        indicator: { select: { code: true, nameVi: true, unit: true, pillar: { select: { code: true } } } },
        source: { select: { key: true, title: true, publishedOn: true, url: true } },
      },
      orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { periodEnd: "asc" }],
    });
    return toCsv(
      ["province", "province_name", "pillar", "indicator", "indicator_name", "unit", "period", "value", "qualifier", "note", "source_sentence", "conflict", "source_key", "source_title", "source_date", "source_url"],
      rows.map((r) => [r.province.slug, r.province.nameVi, r.indicator.pillar.code, r.indicator.code, r.indicator.nameVi, r.indicator.unit, r.period, r.value, r.qualifier, r.note, r.quote, r.conflict, r.source.key, r.source.title, isoDate(r.source.publishedOn), r.source.url]),
    );
  },
  "targets.csv": async () => {
    const rows = await db.target.findMany({
      select: {
        year: true,
        comparator: true,
        value: true,
        scope: true,
        note: true,
        province: { select: { slug: true, nameVi: true } },
        indicator: { select: { code: true, nameVi: true, unit: true } },
        source: { select: { key: true, title: true, publishedOn: true, url: true } },
      },
      orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { year: "asc" }],
    });
    return toCsv(
      ["province", "province_name", "indicator", "indicator_name", "unit", "year", "comparator", "value", "scope", "note", "source_key", "source_title", "source_date", "source_url"],
      rows.map((r) => [r.province.slug, r.province.nameVi, r.indicator.code, r.indicator.nameVi, r.indicator.unit, r.year, r.comparator, r.value, r.scope, r.note, r.source.key, r.source.title, isoDate(r.source.publishedOn), r.source.url]),
    );
  },
  "dti.csv": async () => {
    const rows = await listDtiResults();
    return toCsv(
      ["province", "province_name", "year", "rank", "ranked_count", "score", "gov_score", "gov_rank", "econ_score", "econ_rank", "soc_score", "soc_rank", "region_rank", "note", "source_key", "source_title", "source_url"],
      rows.map((r) => [r.province.slug, r.province.nameVi, r.year, r.rank, r.rankedCount, r.score, r.govScore, r.govRank, r.econScore, r.econRank, r.socScore, r.socRank, r.regionRank, r.noteVi, r.source.key, r.source.title, r.source.url]),
    );
  },
} as const;

export type OpenDataFile = keyof typeof openDataFiles;

export function isOpenDataFile(name: string): name is OpenDataFile {
  return Object.hasOwn(openDataFiles, name);
}

/** DTI results of every province as published, newest year first, best rank first. */
export async function listDtiResults() {
  return db.dtiResult.findMany({
    select: { ...dtiResultSelect, province: { select: { slug: true, nameVi: true } } },
    orderBy: [{ year: "desc" }, { rank: "asc" }],
  });
}
