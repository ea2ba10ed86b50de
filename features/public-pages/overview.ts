import "server-only";
import { countBuckets, type StatusBucket } from "@/lib/domain/assessment";
import { listReportingProvinces } from "@/features/published/provinces";
import { getScorecard, type Scorecard } from "@/features/public-pages/scorecard";

type Dti = Scorecard["province"]["dtiResults"][number];

export interface UnitHeader {
  slug: string;
  nameVi: string;
  nameEn: string;
  successor: { slug: string; nameVi: string; nameEn: string } | null;
}

/** A unit shown in full: DTI, status counts per pillar, headline indicators. */
export interface ProvinceOverview {
  province: UnitHeader;
  latestDti: Dti | null;
  pillarCounts: Array<{ code: string; nameVi: string; nameEn: string; counts: Record<StatusBucket, number>; total: number }>;
  headline: Scorecard["pillars"][number]["rows"];
}

/** Any other reporting unit, in one line: DTI and status counts over all its indicators. */
export interface UnitSummary {
  province: UnitHeader;
  latestDti: Dti | null;
  counts: Record<StatusBucket, number>;
  total: number;
}

export interface Overview {
  featured: ProvinceOverview[];
  others: UnitSummary[];
}

/**
 * An Giang and Hậu Giang side by side (the first two reporting units by sort
 * order), then the units that carry their story on since the 2025 merger,
 * each in full; every other reporting unit in a summary line, the units that
 * exist today before those dissolved in 2025.
 */
export async function getOverview(): Promise<Overview> {
  const provinces = await listReportingProvinces();
  const scorecards = (await Promise.all(provinces.map((p) => getScorecard(p.slug)))).filter((s): s is Scorecard => s !== null);
  const pair = scorecards.slice(0, 2);
  const successors = new Set(pair.flatMap((s) => (s.province.successor ? [s.province.successor.slug] : [])));
  const featured = [...pair, ...scorecards.filter((s) => successors.has(s.province.slug))];
  const others = scorecards
    .filter((s) => !featured.includes(s))
    .sort((a, b) => Number(a.province.validTo !== null) - Number(b.province.validTo !== null));

  return {
    featured: featured.map((scorecard) => ({
      province: header(scorecard),
      latestDti: scorecard.province.dtiResults.at(-1) ?? null,
      pillarCounts: scorecard.pillars.map((pillar) => ({
        code: pillar.code,
        nameVi: pillar.nameVi,
        nameEn: pillar.nameEn,
        counts: countBuckets(pillar.rows.map((r) => r.assessment.bucket)),
        total: pillar.rows.length,
      })),
      headline: scorecard.pillars.flatMap((p) => p.rows).filter((r) => r.indicator.isHeadline),
    })),
    others: others.map((scorecard) => {
      const rows = scorecard.pillars.flatMap((p) => p.rows);
      return { province: header(scorecard), latestDti: scorecard.province.dtiResults.at(-1) ?? null, counts: countBuckets(rows.map((r) => r.assessment.bucket)), total: rows.length };
    }),
  };
}

function header({ province }: Scorecard): UnitHeader {
  return {
    slug: province.slug,
    nameVi: province.nameVi,
    nameEn: province.nameEn,
    successor: province.successor && { slug: province.successor.slug, nameVi: province.successor.nameVi, nameEn: province.successor.nameEn },
  };
}
