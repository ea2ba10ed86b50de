// DTI ranks over the years as lines for the shared time chart: rank 1 at the top.
import { SHAPES } from "@/lib/charts/marks";
import type { TimeChartLine } from "@/lib/charts/time-chart";
import type { I18n, Named } from "@/lib/i18n/i18n";

interface RankedYear {
  year: number;
  rank: number | null;
  rankedCount: number | null;
}

/** A DTI result is the year's, and a rank chart holds nothing else: drawn in the middle of its year, over the year's label. */
const midYear = (year: number) => Date.UTC(year, 6, 1);

export function rankLines(units: Array<Named & { slug: string; results: readonly RankedYear[] }>, { m, name }: I18n): TimeChartLine[] {
  return units.map((u, i) => ({
    key: u.slug,
    label: name(u),
    colour: i,
    shape: SHAPES[i % SHAPES.length] ?? "circle",
    lineage: false,
    points: yearsSpanned(u.results).map((year) => {
      const r = u.results.find((x) => x.year === year);
      // A year without a published rank breaks the line rather than bridging it.
      return r && r.rank !== null
        ? { t: midYear(year), value: r.rank, caption: m.rankings.rankCaption(r.rank, r.rankedCount, year), label: r.rankedCount ? `${r.rank}/${r.rankedCount}` : String(r.rank) }
        : { t: midYear(year), value: null, caption: m.common.noData };
    }),
  }));
}

function yearsSpanned(results: readonly RankedYear[]): number[] {
  const years = results.filter((r) => r.rank !== null).map((r) => r.year);
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
