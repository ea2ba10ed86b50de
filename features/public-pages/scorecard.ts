import "server-only";
import { cache } from "react";
import { assessIndicator, type Assessment } from "@/lib/domain/assessment";
import { db } from "@/lib/server/db";
import { carriedTargets, type CarriedFrom } from "@/lib/domain/succession";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dtiResultSelect, indicatorSelect, observationSelect, publishedOnly, sourceSelect, targetSelect, type SourceView, unitSelect } from "@/features/published/selects";

const provinceSelect = {
  id: true,
  ...unitSelect,
  successor: { select: { id: true, slug: true, nameVi: true, nameEn: true } },
  predecessors: { select: { id: true, slug: true, nameVi: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
  facts: {
    select: { key: true, value: true, qualifier: true, unit: true, textVi: true, textEn: true, period: true, source: { select: sourceSelect } },
    orderBy: { id: "asc" },
  },
  dtiResults: {
    select: dtiResultSelect,
    orderBy: { year: "asc" },
  },
} satisfies Prisma.ProvinceSelect;

const scorecardIndicatorSelect = { ...indicatorSelect, isHeadline: true } satisfies Prisma.IndicatorSelect;

/** A figure with its unit and indicator; its source is read once for all the figures citing it. */
export const scorecardObservationSelect = {
  ...observationSelect,
  provinceId: true,
  indicatorId: true,
  sourceId: true,
} satisfies Prisma.ObservationSelect;

export const scorecardTargetSelect = {
  ...targetSelect,
  provinceId: true,
  indicatorId: true,
} satisfies Prisma.TargetSelect;

export type ProvinceProfile = Prisma.ProvinceGetPayload<{ select: typeof provinceSelect }>;
export type IndicatorView = Prisma.IndicatorGetPayload<{ select: typeof scorecardIndicatorSelect }>;
export type ObservationView = Prisma.ObservationGetPayload<{ select: typeof scorecardObservationSelect }> & {
  source: SourceView;
  /** Approved but not yet published: only a read for the unit's own officials (getScorecardThrough) has these. */
  unpublished?: boolean;
};
export type TargetView = Prisma.TargetGetPayload<{ select: typeof scorecardTargetSelect }> & {
  /** A predecessor's target the unit carries on (lib/domain/succession.ts); null for the unit's own. */
  carriedFrom: CarriedFrom | null;
};

export interface PredecessorSeries {
  unit: { slug: string; nameVi: string; nameEn: string };
  observations: ObservationView[];
}

export interface ScorecardRow {
  indicator: IndicatorView;
  observations: ObservationView[];
  /** For a unit formed by a merger: each predecessor's published figures on this indicator. */
  predecessors: PredecessorSeries[];
  assessment: Assessment<ObservationView, TargetView>;
}

export interface ScorecardPillar {
  code: string;
  kind: "PILLAR" | "FOUNDATION";
  nameVi: string;
  nameEn: string;
  rows: ScorecardRow[];
}

export interface Scorecard {
  province: ProvinceProfile;
  pillars: ScorecardPillar[];
  asOf: Date;
}

/** A province's published figures, per pillar and indicator, assessed against its targets. */
export const getScorecard = cache(async (slug: string, asOf: Date = new Date()): Promise<Scorecard | null> => readScorecard(slug, { asOf, withApproved: false }));

/**
 * The scorecard as it stood at the end of a period: figures of periods ending
 * by `until` (the period's last day) only, judged once that day is over (so a
 * year report's target of that year has its final verdict), DTI results of
 * years up to its year. With `withApproved`, figures of approved reports not yet published
 * are in it too, each marked `unpublished` — for the unit's officials only.
 */
export const getScorecardThrough = cache(
  async (slug: string, until: Date, withApproved: boolean): Promise<Scorecard | null> =>
    readScorecard(slug, { asOf: new Date(until.getTime() + 86_400_000), until, withApproved }),
);

async function readScorecard(slug: string, options: { asOf: Date; until?: Date; withApproved: boolean }): Promise<Scorecard | null> {
  const { asOf, until, withApproved } = options;
  const found = await db.province.findUnique({ where: { slug }, select: provinceSelect });
  if (!found) return null;
  const province = until ? { ...found, dtiResults: found.dtiResults.filter((r) => r.year <= until.getUTCFullYear()) } : found;

  const [pillars, observationRows, targets] = await Promise.all([
    db.pillar.findMany({
      select: { code: true, kind: true, nameVi: true, nameEn: true, indicators: { select: scorecardIndicatorSelect, orderBy: { sortOrder: "asc" } } },
      orderBy: { sortOrder: "asc" },
    }),
    readObservations(
      {
        provinceId: { in: [province.id, ...province.predecessors.map((p) => p.id), ...(province.successor ? [province.successor.id] : [])] },
        ...(until ? { periodEnd: { lte: until } } : {}),
      },
      withApproved,
    ),
    db.target.findMany({ where: { provinceId: { in: [province.id, ...province.predecessors.map((p) => p.id)] } }, select: scorecardTargetSelect, orderBy: { year: "asc" } }),
  ]);

  // Years of quarters share a handful of sources: fetch each once, not per figure.
  const sourceIds = [...new Set(observationRows.map((o) => o.sourceId))];
  const sources = new Map(
    (await db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, ...sourceSelect } })).map(({ id, ...source }) => [id, source]),
  );
  const observations: ObservationView[] = observationRows.map(({ published, ...o }) => {
    const source = sources.get(o.sourceId);
    if (!source) throw new Error(`Observation source ${o.sourceId} not found`);
    return published ? { ...o, source } : { ...o, source, unpublished: true };
  });

  const byIndicator = <T extends { indicatorId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) map.set(row.indicatorId, [...(map.get(row.indicatorId) ?? []), row]);
    return map;
  };
  const observationsOf = byIndicator(observations.filter((o) => o.provinceId === province.id));
  const predecessorIds = new Set(province.predecessors.map((p) => p.id));
  const predecessorObservationsOf = byIndicator(observations.filter((o) => predecessorIds.has(o.provinceId)));
  const successorObservationsOf = byIndicator(observations.filter((o) => o.provinceId === province.successor?.id));
  const ownTargetsOf = byIndicator(targets.filter((t) => t.provinceId === province.id));
  const predecessorTargetsOf = byIndicator(targets.filter((t) => predecessorIds.has(t.provinceId)));
  // A merged unit carries on its predecessors' targets for the years it has none of its own.
  const targetsOf = (indicatorId: number) =>
    carriedTargets({
      own: ownTargetsOf.get(indicatorId) ?? [],
      unitStart: province.validFrom,
      predecessors: province.predecessors.map((p) => ({ unit: p, targets: (predecessorTargetsOf.get(indicatorId) ?? []).filter((t) => t.provinceId === p.id) })),
    });

  return {
    province,
    asOf,
    pillars: pillars.map((pillar) => ({
      code: pillar.code,
      kind: pillar.kind,
      nameVi: pillar.nameVi,
      nameEn: pillar.nameEn,
      rows: pillar.indicators.map((indicator) => {
        const series = observationsOf.get(indicator.id) ?? [];
        const earlier = predecessorObservationsOf.get(indicator.id) ?? [];
        return {
          indicator,
          observations: series,
          predecessors: province.predecessors
            .map(({ id, slug, nameVi, nameEn }) => ({ unit: { slug, nameVi, nameEn }, observations: earlier.filter((o) => o.provinceId === id) }))
            .filter((p) => p.observations.length > 0),
          assessment: assessIndicator({
            direction: indicator.direction,
            observations: series,
            targets: targetsOf(indicator.id),
            asOf,
            unitEnd: province.validTo,
            successor: province.successor ? { unitEnd: province.validTo, observations: successorObservationsOf.get(indicator.id) ?? [] } : undefined,
          }),
        };
      }),
    })),
  };
}

/**
 * Figures of published reports, oldest first; with `withApproved` also those of
 * approved reports not yet published, each saying which it is. Only then is
 * each figure's report read: the public path asks for published ones alone.
 */
async function readObservations(where: Prisma.ObservationWhereInput, withApproved: boolean) {
  const orderBy = { periodEnd: "asc" } as const;
  if (!withApproved) return (await db.observation.findMany({ where: { ...where, ...publishedOnly }, select: scorecardObservationSelect, orderBy })).map((o) => ({ ...o, published: true }));
  const rows = await db.observation.findMany({
    where: { ...where, report: { status: { in: ["PUBLISHED", "APPROVED"] } } },
    select: { ...scorecardObservationSelect, report: { select: { status: true } } },
    orderBy,
  });
  return rows.map(({ report, ...o }) => ({ ...o, published: report.status === "PUBLISHED" }));
}
