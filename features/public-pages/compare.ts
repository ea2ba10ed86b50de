import "server-only";
import { assessIndicator, type Assessment } from "@/lib/domain/assessment";
import { db } from "@/lib/server/db";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { carriedTargets } from "@/lib/domain/succession";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indicatorSelect, publishedOnly, sourceSelect, type SourceView } from "@/features/published/selects";
import { scorecardObservationSelect, scorecardTargetSelect, type TargetView } from "@/features/public-pages/scorecard";

const unitSelect = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  validFrom: true,
  validTo: true,
  successor: { select: { id: true, slug: true, nameVi: true, nameEn: true } },
  predecessors: { select: { id: true, slug: true, nameVi: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ProvinceSelect;

// The scorecard's figures: the comparison must judge each cell as the scorecard does.
type FigureRow = Prisma.ObservationGetPayload<{ select: typeof scorecardObservationSelect }>;

/** What judging a series needs of each figure (lib/domain/verdict.ts: JudgedFigure); the rest is read for the figures shown only. */
const seriesSelect = { id: true, provinceId: true, indicatorId: true, period: true, value: true, qualifier: true, asOf: true } satisfies Prisma.ObservationSelect;
type SeriesFigure = Prisma.ObservationGetPayload<{ select: typeof seriesSelect }> & { periodEnd: Date };
export type ComparedFigure = FigureRow & { source: SourceView };
export type ComparedIndicator = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

export interface ComparisonRow {
  indicator: ComparedIndicator;
  cells: Array<{ slug: string; assessment: Assessment<ComparedFigure, TargetView> }>;
}

export interface Comparison {
  provinces: Array<{ slug: string; nameVi: string; nameEn: string; successorSlug: string | null; successor: { nameVi: string; nameEn: string } | null }>;
  pillar: { code: string; nameVi: string; nameEn: string };
  rows: ComparisonRow[];
}

/**
 * The chosen units' latest figures and targets on every indicator of one
 * pillar, judged as each unit's scorecard judges them (lib/domain/assessment.ts on
 * the same published series and targets). Reads only that pillar's figures,
 * and the sources of the figures shown, not each unit's whole scorecard.
 */
export async function getComparison(slugs: readonly string[], pillarCode: string, asOf: Date = new Date()): Promise<Comparison | null> {
  const [found, pillar] = await Promise.all([
    db.province.findMany({ where: { slug: { in: [...slugs] } }, select: unitSelect }),
    db.pillar.findUnique({
      where: { code: pillarCode },
      select: { code: true, nameVi: true, nameEn: true, indicators: { select: indicatorSelect, orderBy: { sortOrder: "asc" } } },
    }),
  ]);
  const units = slugs.flatMap((slug) => found.filter((u) => u.slug === slug));
  if (!pillar || units.length === 0) return null;

  const indicatorIds = pillar.indicators.map((i) => i.id);
  const unitIds = units.map((u) => u.id);
  // A unit merged away is judged on its successor's figure for a target year it did not finish (lib/domain/succession.ts).
  const successorIds = units.flatMap((u) => (u.successor ? [u.successor.id] : []));
  const [series, targets] = await Promise.all([
    // Every published figure of the units on the pillar, with as few columns as judging needs (the
    // assessment orders them): of the thousands read, the cells show a few dozen, read in full below.
    db.observation.findMany({
      where: { provinceId: { in: [...new Set([...unitIds, ...successorIds])] }, indicatorId: { in: indicatorIds }, ...publishedOnly },
      select: seriesSelect,
    }),
    db.target.findMany({
      where: { provinceId: { in: [...unitIds, ...units.flatMap((u) => u.predecessors.map((p) => p.id))] }, indicatorId: { in: indicatorIds } },
      select: scorecardTargetSelect,
      orderBy: { year: "asc" },
    }),
  ]);

  const key = (provinceId: number, indicatorId: number) => `${provinceId}:${indicatorId}`;
  const group = <T extends { provinceId: number; indicatorId: number }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const k = key(row.provinceId, row.indicatorId);
      const list = map.get(k);
      if (list) list.push(row);
      else map.set(k, [row]);
    }
    return (provinceId: number, indicatorId: number) => map.get(key(provinceId, indicatorId)) ?? [];
  };
  // The last day of a period is a function of its code (lib/domain/period.ts), as the stored one was written.
  const ends = new Map<string, Date>();
  const endOf = (code: string) => ends.get(code) ?? ends.set(code, periodEnd(parsePeriod(code)!)).get(code)!;
  const figuresOf = group(series.map((f): SeriesFigure => ({ ...f, periodEnd: endOf(f.period) })));
  const targetsOf = group(targets);

  const judged = pillar.indicators.map((indicator) => ({
    indicator,
    cells: units.map((unit) => ({
      slug: unit.slug,
      assessment: assessIndicator({
        direction: indicator.direction,
        observations: figuresOf(unit.id, indicator.id),
        // As on the scorecard: a merged unit carries on its predecessors' targets for the years it has none of its own.
        targets: carriedTargets({
          own: targetsOf(unit.id, indicator.id),
          unitStart: unit.validFrom,
          predecessors: unit.predecessors.map((p) => ({ unit: p, targets: targetsOf(p.id, indicator.id) })),
        }),
        asOf,
        unitEnd: unit.validTo,
        successor: unit.successor ? { unitEnd: unit.validTo, observations: figuresOf(unit.successor.id, indicator.id) } : undefined,
      }),
    })),
  }));

  // The figures the comparison shows, in full with their sources: the latest of each cell and any successor's figure a verdict rests on.
  const shownIds = judged.flatMap((row) =>
    row.cells.flatMap(({ assessment: a }) => [a.latest, a.successorFigure, ...a.verdicts.map((v) => v.evidence?.figure ?? null)].flatMap((f) => (f ? [f.id] : []))),
  );
  const shown = new Map(
    (await db.observation.findMany({ where: { id: { in: [...new Set(shownIds)] } }, select: { id: true, ...scorecardObservationSelect, source: { select: sourceSelect } } })).map(
      ({ id, ...figure }) => [id, figure],
    ),
  );
  const withSource = (figure: SeriesFigure | null): ComparedFigure | null => {
    if (!figure) return null;
    const full = shown.get(figure.id);
    if (!full) throw new Error(`Observation ${figure.id} not found`);
    return full;
  };

  const withEvidenceSource = <V extends { evidence: { figure: SeriesFigure; whose: "OWN" | "SUCCESSOR" } | null }>(verdict: V) => ({
    ...verdict,
    evidence: verdict.evidence ? { ...verdict.evidence, figure: withSource(verdict.evidence.figure)! } : null,
  });

  return {
    provinces: units.map((u) => ({
      slug: u.slug,
      nameVi: u.nameVi,
      nameEn: u.nameEn,
      successorSlug: u.successor?.slug ?? null,
      successor: u.successor ? { nameVi: u.successor.nameVi, nameEn: u.successor.nameEn } : null,
    })),
    pillar: { code: pillar.code, nameVi: pillar.nameVi, nameEn: pillar.nameEn },
    rows: judged.map(({ indicator, cells }) => ({
      indicator,
      cells: cells.map(({ slug, assessment }) => ({
        slug,
        assessment: {
          ...assessment,
          latest: withSource(assessment.latest),
          successorFigure: withSource(assessment.successorFigure),
          verdicts: assessment.verdicts.map(withEvidenceSource),
          headline: assessment.headline && withEvidenceSource(assessment.headline),
          open: assessment.open && withEvidenceSource(assessment.open),
        },
      })),
    })),
  };
}
