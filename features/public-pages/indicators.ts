import "server-only";
import { cache } from "react";
import { assessIndicator, type Assessment } from "@/lib/domain/assessment";
import { db } from "@/lib/server/db";
import { carriedTargets, type CarriedFrom } from "@/lib/domain/succession";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indicatorSelect, observationSelect, publishedOnly, sourceSelect, targetSelect } from "@/features/published/selects";
import { listReportingProvinces } from "@/features/published/provinces";
import { listUnits, type UnitSummary } from "@/features/published/units";
import { MAX_UNITS } from "@/features/public-pages/compare-params";
import { lineage, neededPath, toPoints, trendProjection, type LineageRole, type SeriesPoint, type TimedValue } from "@/lib/domain/series";

const indicatorDetailSelect = {
  ...indicatorSelect,
  periodicity: true,
  minValue: true,
  maxValue: true,
  pillar: { select: { code: true, nameVi: true, nameEn: true } },
} satisfies Prisma.IndicatorSelect;

const indicatorObservationSelect = {
  ...observationSelect,
  province: { select: { slug: true } },
  source: { select: sourceSelect },
} satisfies Prisma.ObservationSelect;

const indicatorTargetSelect = {
  ...targetSelect,
  province: { select: { slug: true } },
} satisfies Prisma.TargetSelect;

export type IndicatorDetail = Prisma.IndicatorGetPayload<{ select: typeof indicatorDetailSelect }>;
export type IndicatorObservation = Prisma.ObservationGetPayload<{ select: typeof indicatorObservationSelect }>;
export type IndicatorTarget = Prisma.TargetGetPayload<{ select: typeof indicatorTargetSelect }>;
/** A unit's own target, or one it carries on from a predecessor (lib/domain/succession.ts). */
export type CarriedTarget = IndicatorTarget & { carriedFrom: CarriedFrom | null };

/** Every pillar's indicators, each with how many units have published figures for it. */
export const listIndicatorCatalog = cache(async () => {
  const [pillars, pairs, codes] = await Promise.all([
    db.pillar.findMany({
      select: {
        code: true,
        nameVi: true,
        nameEn: true,
        kind: true,
        indicators: { select: { code: true, nameVi: true, nameEn: true, unit: true, periodicity: true, decision: true }, orderBy: { sortOrder: "asc" } },
      },
      orderBy: { sortOrder: "asc" },
    }),
    db.observation.groupBy({ by: ["indicatorId", "provinceId"], where: publishedOnly, _count: { _all: true } }),
    db.indicator.findMany({ select: { id: true, code: true } }).then((rows) => new Map(rows.map((i) => [i.id, i.code]))),
  ]);
  const units = new Map<string, number>();
  const figures = new Map<string, number>();
  for (const p of pairs) {
    const code = codes.get(p.indicatorId);
    if (!code) continue;
    units.set(code, (units.get(code) ?? 0) + 1);
    figures.set(code, (figures.get(code) ?? 0) + p._count._all);
  }
  return pillars.map((pillar) => ({
    ...pillar,
    indicators: pillar.indicators.map((i) => ({ ...i, unitCount: units.get(i.code) ?? 0, figureCount: figures.get(i.code) ?? 0 })),
  }));
});

/** An indicator's name and pillar, for a page title; null when the code is unknown. */
export const findIndicatorTitle = cache(async (code: string) =>
  db.indicator.findUnique({ where: { code }, select: { nameVi: true, pillar: { select: { nameVi: true } } } }),
);

/** One unit's line on the chart. */
export interface UnitSeries {
  unit: UnitSummary;
  role: LineageRole;
  /** The chosen unit this line is drawn for (itself, or the unit it continues or precedes). */
  chosen: string;
  observations: IndicatorObservation[];
  points: SeriesPoint[];
}

export interface ChosenUnitView {
  unit: UnitSummary;
  /** "own" for a unit chosen in the URL; a predecessor or successor comes with the unit `via`. */
  role: LineageRole;
  /** The unit this one became, for a unit merged away. */
  successor: UnitSummary | null;
  via: string;
  /** The unit's own published figures, oldest first. */
  observations: IndicatorObservation[];
  targets: CarriedTarget[];
  assessment: Assessment<IndicatorObservation, CarriedTarget>;
  /**
   * The target the needed path and the trend aim at: for a unit that exists
   * today, its next target whose year has not passed; otherwise the headline one.
   */
  pathTarget: CarriedTarget | null;
  /** Straight path from the first figure to `pathTarget`. */
  needed: [TimedValue, TimedValue] | null;
  /** The current trend carried on to `pathTarget`'s year. */
  projection: ReturnType<typeof trendProjection>;
}

export interface IndicatorView {
  indicator: IndicatorDetail;
  /** Units to choose from: those with figures for this indicator and every reporting unit. */
  available: UnitSummary[];
  chosen: ChosenUnitView[];
  series: UnitSeries[];
  asOf: Date;
}

/** The units chosen in the URL that exist; none → the first two with figures. */
export function chooseUnits(requested: readonly string[], available: readonly UnitSummary[], all: readonly UnitSummary[]): UnitSummary[] {
  const known = new Map(all.map((u) => [u.slug, u]));
  const picked = [...new Set(requested)].map((s) => known.get(s)).filter((u): u is UnitSummary => u !== undefined);
  return (picked.length > 0 ? picked : available.slice(0, 2)).slice(0, MAX_UNITS);
}

/** An indicator's published series for the chosen units and their predecessors or successors, with targets and projections. */
export async function getIndicatorView(code: string, requested: readonly string[], asOf: Date = new Date()): Promise<IndicatorView | null> {
  const indicator = await db.indicator.findUnique({ where: { code }, select: indicatorDetailSelect });
  if (!indicator) return null;
  const [units, withFigures, reporting] = await Promise.all([
    listUnits(),
    db.observation.findMany({ where: { indicatorId: indicator.id, ...publishedOnly }, select: { provinceId: true }, distinct: ["provinceId"] }),
    listReportingProvinces(),
  ]);
  const unitIds = new Set(withFigures.map((o) => o.provinceId));
  const withData = units.filter((u) => unitIds.has(u.id));
  // Any reporting unit may be chosen: one without figures still shows its targets.
  const available = units.filter((u) => unitIds.has(u.id) || reporting.some((r) => r.slug === u.slug));
  const requestedUnits = chooseUnits(requested, withData, units);

  // Each chosen unit brings its lineage; a unit drawn for one choice is not drawn twice.
  const drawn = new Map<string, { role: LineageRole; chosen: string }>();
  for (const u of requestedUnits) drawn.set(u.slug, { role: "own", chosen: u.slug });
  for (const u of requestedUnits) {
    for (const entry of lineage(u.slug, units)) if (!drawn.has(entry.slug)) drawn.set(entry.slug, { role: entry.role, chosen: u.slug });
  }
  const slugs = [...drawn.keys()];
  const [observations, targets] = await Promise.all([
    db.observation.findMany({
      where: { indicatorId: indicator.id, province: { slug: { in: slugs } }, ...publishedOnly },
      select: indicatorObservationSelect,
      orderBy: { periodEnd: "asc" },
    }),
    db.target.findMany({
      where: { indicatorId: indicator.id, province: { slug: { in: slugs } } },
      select: indicatorTargetSelect,
      orderBy: { year: "asc" },
    }),
  ]);

  const unitBySlug = new Map(units.map((u) => [u.slug, u]));
  const series: UnitSeries[] = slugs
    .map((slug) => {
      const own = observations.filter((o) => o.province.slug === slug);
      const { role, chosen } = drawn.get(slug)!;
      return { unit: unitBySlug.get(slug)!, role, chosen, observations: own, points: toPoints(own) };
    })
    .filter((s) => s.role === "own" || s.points.length > 0);

  // A predecessor or successor with figures is shown as fully as the unit it came with.
  const chosenUnits = [...requestedUnits, ...series.filter((s) => s.role !== "own").map((s) => s.unit)].slice(0, MAX_UNITS);

  const bounds = { min: indicator.minValue, max: indicator.maxValue };
  const chosen = chosenUnits.map((unit): ChosenUnitView => {
    const own = series.find((s) => s.unit.slug === unit.slug);
    // A merged unit carries on its predecessors' targets for the years it has none of its own, as on its scorecard.
    const unitTargets = carriedTargets({
      own: targets.filter((t) => t.province.slug === unit.slug),
      unitStart: unit.validFrom,
      predecessors: units.filter((u) => u.successorSlug === unit.slug).map((u) => ({ unit: u, targets: targets.filter((t) => t.province.slug === u.slug) })),
    });
    const successor = series.find((s) => s.unit.slug === unit.successorSlug);
    const assessment = assessIndicator({
      direction: indicator.direction,
      observations: own?.observations ?? [],
      targets: unitTargets,
      asOf,
      unitEnd: unit.validTo,
      successor: successor ? { unitEnd: unit.validTo, observations: successor.observations } : undefined,
    });
    const points = own?.points ?? [];
    // The needed path and the trend aim at what the unit works towards now; a unit that no longer exists keeps its headline target.
    const target = assessment.open?.target ?? assessment.target;
    const { role, chosen: via } = drawn.get(unit.slug)!;
    return {
      unit,
      role,
      successor: unitBySlug.get(unit.successorSlug ?? "") ?? null,
      via,
      observations: own?.observations ?? [],
      targets: unitTargets,
      assessment,
      pathTarget: target,
      needed: target ? neededPath(points, target) : null,
      projection: target ? trendProjection(points, target.year, bounds) : null,
    };
  });
  return { indicator, available, chosen, series, asOf };
}
