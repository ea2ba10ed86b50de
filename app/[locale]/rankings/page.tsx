import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { TimeChartView } from "@/components/charts/Chart";
import { ChartLegend } from "@/components/charts/ChartLegend";
import { timeChartDesc } from "@/features/public-pages/chart-words";
import { MAX_UNITS, unitParams } from "@/features/public-pages/compare-params";
import { rankLines } from "@/features/public-pages/rank-chart";
import { DtiTable } from "@/features/public-pages/DtiTable";
import { published } from "@/features/published/published";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getI18n();
  const { m } = t;
  const years = (await published.dtiResults()).map((r) => r.year);
  const description = years.length > 0 ? m.share.rankings(Math.min(...years), Math.max(...years)) : m.rankings.intro;
  return shareMetadata({ title: m.rankings.heading, description: clip(description), path: "/rankings", t });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEFAULT_UNITS = ["an-giang", "hau-giang"];

export default async function RankingsPage({ searchParams }: Props) {
  const [results, search, t] = await Promise.all([published.dtiResults(), searchParams, getI18n()]);
  const { m } = t;
  const years = [...new Set(results.map((r) => r.year))];

  // Units with a rank in more than one year can be followed over time.
  const byUnit = new Map<string, { slug: string; nameVi: string; nameEn: string; results: typeof results }>();
  for (const r of results) {
    const entry = byUnit.get(r.province.slug) ?? { slug: r.province.slug, nameVi: r.province.nameVi, nameEn: r.province.nameEn, results: [] };
    entry.results.push(r);
    byUnit.set(r.province.slug, entry);
  }
  const followable = [...byUnit.values()].filter((u) => u.results.filter((r) => r.rank !== null).length > 1);
  const requested = unitParams(search);
  const chosenSlugs = (requested.length > 0 ? requested : DEFAULT_UNITS).filter((s) => followable.some((u) => u.slug === s)).slice(0, MAX_UNITS);
  const chosen = chosenSlugs.map((s) => byUnit.get(s)!).map((u) => ({ ...u, results: [...u.results].sort((a, b) => a.year - b.year) }));
  const lines = rankLines(chosen, t);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.rankings.heading}</h1>
        <p className="max-w-3xl text-slate-700">{m.rankings.intro}</p>
        <p>
          <a href="/data/dti-results.csv" className="text-sm link" download>
            {m.common.downloadCsv}
          </a>
        </p>
      </header>

      <section aria-labelledby="rank-chart" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="rank-chart" className="text-lg font-semibold">{m.rankings.chartTitle}</h2>
        <form method="get" className="no-print flex flex-wrap items-end gap-4">
          <fieldset>
            <legend className="text-sm font-medium">{m.rankings.choose}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {followable.map((u) => (
                <label key={u.slug} className="inline-flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="p" value={u.slug} defaultChecked={chosenSlugs.includes(u.slug)} className="h-4 w-4" />
                  {t.name(u)}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
            {m.rankings.show}
          </button>
        </form>
        {lines.length > 0 ? (
          <figure aria-label={m.rankings.chartTitle}>
            <TimeChartView
              id="rank-chart"
              spec={{
                title: m.rankings.chartTitle,
                desc: timeChartDesc(m.rankings.chartDesc(chosen.map((u) => t.name(u)).join(", ")), lines, [], "RANK", t),
                unit: "RANK",
                locale: t.locale,
                reversed: true,
                lines,
                segments: [],
              }}
            />
            <ChartLegend lines={lines} segments={[]} />
          </figure>
        ) : null}
      </section>

      <nav aria-label={m.rankings.years} className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {years.map((year) => (
            <li key={year}>
              <a href={`#y-${year}`} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:border-brand">
                DTI {year}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {years.map((year) => {
        const rows = results.filter((r) => r.year === year);
        return (
          <section key={year} aria-labelledby={`y-${year}`} className="scroll-mt-4 space-y-2">
            <h2 id={`y-${year}`} className="text-lg font-semibold">DTI {year}</h2>
            <p className="text-sm text-slate-600">{m.rankings.rowsOf(rows.length, rows[0]?.rankedCount ?? null)}</p>
            <DtiTable
              firstColumn={m.common.province}
              caption={`DTI ${year}`}
              rows={rows.map((r) => ({
                key: r.province.slug,
                province: r.province.slug,
                result: r,
                heading: (
                  <IntentLink href={t.href(`/provinces/${r.province.slug}`)} className="underline-offset-2 hover:underline">
                    {t.name(r.province)}
                  </IntentLink>
                ),
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
