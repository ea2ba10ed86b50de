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

/** The reporting provinces side by side: DTI, status counts per pillar, headline indicators. */
export async function getOverview(): Promise<ProvinceOverview[]> {
  const provinces = await listReportingProvinces();
  const scorecards = await Promise.all(provinces.map((p) => getScorecard(p.slug)));
  return scorecards
    .filter((s): s is Scorecard => s !== null)
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
