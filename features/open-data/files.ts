import "server-only";
// The open-data files: every row of a resource of the API (features/open-data/schema.ts),
// unpaged, as CSV or JSON, with the same columns; and what the data page says
// about each: rows, size, last change, the first rows, and the sources the
// figures rest on. Published figures only, as everywhere public.
import { EVERY_ROW } from "@/features/open-data/query";
import { resourceCsv } from "@/features/open-data/respond";
import type { Resource } from "@/features/open-data/schema";
import { apiReaders, type ApiRow } from "@/features/open-data/api-reads";
import { dtiResultSelect, publishedOnly } from "@/features/published/selects";
import { db } from "@/lib/server/db";

/** In the order the data page lists them. */
export const OPEN_DATASETS = ["observations", "targets", "dti-results", "indicators", "units"] as const satisfies readonly Resource[];
export type OpenDataset = (typeof OPEN_DATASETS)[number];
export type OpenDataFormat = "csv" | "json";

/** Earlier names of files, still answered. */
const ALIASES: Record<string, string> = { "dti.csv": "dti-results.csv" };

/** `observations.csv` → the dataset and format it names, or null. */
export function openDataFileOf(name: string): { dataset: OpenDataset; format: OpenDataFormat } | null {
  const match = /^([a-z-]+)\.(csv|json)$/.exec(ALIASES[name] ?? name);
  if (!match || !(OPEN_DATASETS as readonly string[]).includes(match[1]!)) return null;
  return { dataset: match[1] as OpenDataset, format: match[2] as OpenDataFormat };
}

export async function openDataFile(dataset: OpenDataset, format: OpenDataFormat): Promise<string> {
  const { rows } = await apiReaders[dataset](EVERY_ROW);
  return format === "csv" ? resourceCsv(dataset, rows) : `${JSON.stringify({ data: rows })}\n`;
}

export interface DatasetSummary {
  dataset: OpenDataset;
  rows: number;
  csvBytes: number;
  jsonBytes: number;
  /** When its content last changed: the latest publication for figures, the latest edit otherwise. */
  updatedAt: Date | null;
  preview: ApiRow[];
}

export interface SourceUse {
  key: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  publisherEn: string | null;
  url: string | null;
  publishedOn: Date | null;
  figures: number;
  targets: number;
  dtiResults: number;
}

const PREVIEW_ROWS = 5;

async function lastChange(dataset: OpenDataset): Promise<Date | null> {
  switch (dataset) {
    case "observations":
      return (await db.report.aggregate({ where: { status: "PUBLISHED" }, _max: { publishedAt: true } }))._max.publishedAt;
    case "targets":
      return (await db.target.aggregate({ _max: { updatedAt: true } }))._max.updatedAt;
    case "dti-results":
      return (await db.dtiResult.aggregate({ _max: { updatedAt: true } }))._max.updatedAt;
    case "indicators":
      return (await db.indicator.aggregate({ _max: { updatedAt: true } }))._max.updatedAt;
    case "units":
      return (await db.province.aggregate({ _max: { updatedAt: true } }))._max.updatedAt;
  }
}

/** What the data page says of each dataset. */
export async function openDataCatalog(): Promise<DatasetSummary[]> {
  return Promise.all(
    OPEN_DATASETS.map(async (dataset) => {
      const [{ rows }, updatedAt] = await Promise.all([apiReaders[dataset](EVERY_ROW), lastChange(dataset)]);
      return {
        dataset,
        rows: rows.length,
        csvBytes: Buffer.byteLength(resourceCsv(dataset, rows)),
        jsonBytes: Buffer.byteLength(`${JSON.stringify({ data: rows })}\n`),
        updatedAt,
        preview: rows.slice(0, PREVIEW_ROWS),
      };
    }),
  );
}

/** Every source something public rests on, with how many published figures, targets and DTI results cite it; most cited first. */
export async function listSourceUses(): Promise<SourceUse[]> {
  const [figures, targets, dti] = await Promise.all([
    db.observation.groupBy({ by: ["sourceId"], where: publishedOnly, _count: { _all: true } }),
    db.target.groupBy({ by: ["sourceId"], _count: { _all: true } }),
    db.dtiResult.groupBy({ by: ["sourceId"], _count: { _all: true } }),
  ]);
  const count = (rows: Array<{ sourceId: number; _count: { _all: number } }>) => new Map(rows.map((r) => [r.sourceId, r._count._all]));
  const [byFigures, byTargets, byDti] = [count(figures), count(targets), count(dti)];
  const ids = [...new Set([...byFigures.keys(), ...byTargets.keys(), ...byDti.keys()])];
  const sources = await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, title: true, titleEn: true, publisher: true, publisherEn: true, url: true, publishedOn: true } });
  return sources
    .map(({ id, ...source }) => ({ ...source, figures: byFigures.get(id) ?? 0, targets: byTargets.get(id) ?? 0, dtiResults: byDti.get(id) ?? 0 }))
    .sort((a, b) => b.figures + b.targets + b.dtiResults - (a.figures + a.targets + a.dtiResults) || a.title.localeCompare(b.title, "vi"));
}

/** DTI results of every province as published, newest year first, best rank first. */
export async function listDtiResults() {
  return db.dtiResult.findMany({
    select: { ...dtiResultSelect, province: { select: { slug: true, nameVi: true, nameEn: true } } },
    orderBy: [{ year: "desc" }, { rank: "asc" }],
  });
}
