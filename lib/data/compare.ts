import "server-only";
import { getScorecard, type Scorecard, type ScorecardRow } from "@/lib/data/scorecard";

export interface ComparisonRow {
  indicator: ScorecardRow["indicator"];
  cells: Array<{ slug: string; assessment: ScorecardRow["assessment"] }>;
}

export interface Comparison {
  provinces: Array<{ slug: string; nameVi: string; successorSlug: string | null; successorName: string | null }>;
  pillar: { code: string; nameVi: string };
  rows: ComparisonRow[];
}

/** The chosen provinces' latest figures and targets on every indicator of one pillar. */
export async function getComparison(slugs: readonly string[], pillarCode: string): Promise<Comparison | null> {
  const scorecards = (await Promise.all(slugs.map((slug) => getScorecard(slug)))).filter((s): s is Scorecard => s !== null);
  const first = scorecards[0]?.pillars.find((p) => p.code === pillarCode);
  if (!first) return null;
  const pillarOf = (s: Scorecard) => s.pillars.find((p) => p.code === pillarCode)?.rows ?? [];
  return {
    provinces: scorecards.map((s) => ({ slug: s.province.slug, nameVi: s.province.nameVi, successorSlug: s.province.successor?.slug ?? null, successorName: s.province.successor?.nameVi ?? null })),
    pillar: { code: first.code, nameVi: first.nameVi },
    rows: first.rows.map(({ indicator }) => ({
      indicator,
      cells: scorecards.map((s) => {
        const row = pillarOf(s).find((r) => r.indicator.code === indicator.code);
        if (!row) throw new Error(`Indicator ${indicator.code} missing from ${s.province.slug}'s scorecard`);
        return { slug: s.province.slug, assessment: row.assessment };
      }),
    })),
  };
}
