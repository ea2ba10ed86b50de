import "server-only";
import { countBuckets } from "@/lib/assessment";
import { listReportingProvinces } from "@/lib/data/provinces";
import { getScorecard, type Scorecard } from "@/lib/data/scorecard";

export interface ProvinceOverview {
  scorecard: Scorecard;
  latestDti: Scorecard["province"]["dtiResults"][number] | null;
  pillarCounts: Array<{ code: string; nameVi: string; counts: ReturnType<typeof countBuckets>; total: number }>;
  headline: Scorecard["pillars"][number]["rows"];
}

/**
 * The reporting provinces side by side: An Giang and Hậu Giang first (the
 * first two by sort order), then the units that exist today, then the other
 * units dissolved in 2025. DTI, status counts per pillar, headline indicators.
 */
export async function getOverview(): Promise<ProvinceOverview[]> {
  const provinces = await listReportingProvinces();
  const scorecards = (await Promise.all(provinces.map((p) => getScorecard(p.slug)))).filter((s): s is Scorecard => s !== null);
  const place = (s: Scorecard, index: number) => (index < 2 ? 0 : s.province.validTo === null ? 1 : 2);
  return scorecards
    .map((scorecard, index) => ({ scorecard, place: place(scorecard, index) }))
    .sort((a, b) => a.place - b.place)
    .map(({ scorecard }) => scorecard)
    .map((scorecard) => ({
      scorecard,
      latestDti: scorecard.province.dtiResults.at(-1) ?? null,
      pillarCounts: scorecard.pillars.map((pillar) => ({
        code: pillar.code,
        nameVi: pillar.nameVi,
        counts: countBuckets(pillar.rows.map((r) => r.assessment.bucket)),
        total: pillar.rows.length,
      })),
      headline: scorecard.pillars.flatMap((p) => p.rows).filter((r) => r.indicator.isHeadline),
    }));
}
