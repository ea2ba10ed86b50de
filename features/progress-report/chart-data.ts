// The headline indicators' series of a scorecard, for progress charts: the
// unit's own figures and, for a unit formed by a merger, each predecessor's;
// every target the unit is judged on. The report's charts, the Word file's
// and the share images draw from this. Pure.
import type { ObservationView, ScorecardPillar, TargetView } from "@/features/public-pages/scorecard";
import type { Unit } from "@/lib/domain/format";

export interface HeadlineChart {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  series: Array<{ slug: string; nameVi: string; nameEn: string; own: boolean; points: Array<{ period: string; periodEnd: Date; value: number }> }>;
  targets: Array<Pick<TargetView, "year" | "value">>;
}

export function headlineCharts(unit: { slug: string; nameVi: string; nameEn: string }, pillars: readonly ScorecardPillar[]): HeadlineChart[] {
  return pillars.flatMap((pillar) =>
    pillar.rows
      .filter((row) => row.indicator.isHeadline && (row.observations.length > 0 || row.predecessors.length > 0))
      .map((row) => ({
        code: row.indicator.code,
        nameVi: row.indicator.nameVi,
        nameEn: row.indicator.nameEn,
        unit: row.indicator.unit,
        series: [
          ...row.predecessors.map((p) => ({ ...p.unit, own: false, points: p.observations.map(point) })),
          ...(row.observations.length > 0 ? [{ slug: unit.slug, nameVi: unit.nameVi, nameEn: unit.nameEn, own: true, points: row.observations.map(point) }] : []),
        ],
        // Every target the unit is judged on (a 2026 one beside 2025 and 2030); none that passed to a successor.
        targets: row.assessment.verdicts.filter((v) => !v.passedOn).map(({ target }) => ({ year: target.year, value: target.value })),
      })),
  );
}

const point = (o: ObservationView) => ({ period: o.period, periodEnd: o.periodEnd, value: o.value });
