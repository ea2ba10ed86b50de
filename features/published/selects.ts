import type { Prisma } from "@/lib/generated/prisma/client";

/** What the public pages show of a source. */
export const sourceSelect = {
  key: true,
  kind: true,
  title: true,
  titleEn: true,
  publisher: true,
  publisherEn: true,
  author: true,
  publishedOn: true,
  url: true,
  file: true,
} satisfies Prisma.SourceSelect;

export type SourceView = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

/** A unit's name, kind and the days it existed between: what every list of units shows. */
export const unitSelect = {
  slug: true,
  nameVi: true,
  nameEn: true,
  kind: true,
  validFrom: true,
  validTo: true,
} satisfies Prisma.ProvinceSelect;

/** What the public is shown of a target: the year, what is to be reached, and the document that sets it. */
export const targetSelect = {
  year: true,
  comparator: true,
  value: true,
  scope: true,
  note: true,
  quote: true,
  source: { select: sourceSelect },
} satisfies Prisma.TargetSelect;

/** What every public page shows of an indicator. */
export const indicatorSelect = {
  id: true,
  code: true,
  nameVi: true,
  nameEn: true,
  definitionVi: true,
  definitionEn: true,
  unit: true,
  direction: true,
  decision: true,
} satisfies Prisma.IndicatorSelect;

/**
 * What the public is shown of a figure: its value as the source gives it, the
 * period it covers, and what the source says of it. Where it came from is
 * added by each reader: the source itself, or its id where many figures share
 * a source that is read once.
 */
export const observationSelect = {
  period: true,
  periodEnd: true,
  value: true,
  qualifier: true,
  asOf: true,
  outOf: true,
  note: true,
  quote: true,
  conflict: true,
} satisfies Prisma.ObservationSelect;

/** Only figures of published reports are ever public. */
export const publishedOnly = { report: { status: "PUBLISHED" } } satisfies Prisma.ObservationWhereInput;

/** A DTI result as published, with its source. */
export const dtiResultSelect = {
  year: true,
  rank: true,
  rankedCount: true,
  score: true,
  govScore: true,
  govRank: true,
  econScore: true,
  econRank: true,
  socScore: true,
  socRank: true,
  regionRank: true,
  noteVi: true,
  noteEn: true,
  unverified: true,
  source: { select: sourceSelect },
  alsoSource: { select: sourceSelect },
} satisfies Prisma.DtiResultSelect;
