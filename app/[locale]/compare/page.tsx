import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { CompareChartView } from "@/components/charts/Chart";
import { CompareLegend } from "@/components/charts/ChartLegend";
import { compareChartDesc } from "@/features/public-pages/chart-words";
import { SourceCitation } from "@/components/SourceCitation";
import { StatusBadge } from "@/components/StatusBadge";
import { SuccessorVerdictNote } from "@/components/SuccessorVerdictNote";
import { TargetText } from "@/components/TargetText";
import { compareHref } from "@/features/public-pages/compare-params";
import { published } from "@/features/published/published";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [search, t] = await Promise.all([searchParams, getI18n()]);
  const { m } = t;
  const params = await published.compareParams(search);
  const comparison = await published.comparison(params);
  if (!comparison) return { title: m.compare.heading };
  return shareMetadata({
    title: `${m.compare.heading}: ${t.name(comparison.pillar)}`,
    description: clip(m.share.compare(t.name(comparison.pillar), comparison.provinces.map((p) => t.name(p)))),
    path: compareHref(params),
    t,
  });
}

export default async function ComparePage({ searchParams }: Props) {
  const [search, provinces, pillars, t] = await Promise.all([searchParams, published.reportingProvinces(), published.pillars(), getI18n()]);
  const { m } = t;
  const params = await published.compareParams(search);
  const comparison = await published.comparison(params);

  const chartRows = (comparison?.rows ?? [])
    .filter((row) => row.indicator.unit === "PERCENT" && row.cells.some((c) => c.assessment.latest !== null))
    .map((row) => ({
      label: t.name(row.indicator),
      values: Object.fromEntries(row.cells.map((c) => [c.slug, c.assessment.latest?.value ?? null])),
      targets: Object.fromEntries(row.cells.map((c) => [c.slug, c.assessment.target?.value ?? null])),
      periods: Object.fromEntries(row.cells.map((c) => [c.slug, c.assessment.latest ? t.period(c.assessment.latest.period, true) : null])),
    }));

  const chartSeries = (comparison?.provinces ?? []).map((p) => ({ key: p.slug, label: t.name(p) }));

  // Latest figures of different periods are compared: say so, with each period.
  const periodsShown = new Set(
    (comparison?.rows ?? [])
      .filter((row) => row.indicator.unit === "PERCENT")
      .flatMap((row) => row.cells.flatMap((c) => (c.assessment.latest ? [t.periodOf(c.assessment.latest)] : []))),
  );
  const csvHref = t.href(compareHref(params).replace("/compare?", "/compare/csv?"));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.compare.heading}</h1>
        <p className="max-w-3xl text-slate-700">{m.compare.intro}</p>
      </header>

      {/* Keyed by the choice: after a pillar link is followed, the form shows that choice, not the one it was rendered with. */}
      <form key={compareHref(params)} method="get" action={t.href("/compare")} className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset>
          <legend className="text-sm font-medium">{m.compare.provinces}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {provinces.map((p) => (
              <label key={p.slug} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="p" value={p.slug} defaultChecked={params.provinces.includes(p.slug)} className="h-4 w-4" />
                {t.name(p)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col text-sm font-medium">
          {m.compare.pillar}
          <select name="pillar" defaultValue={params.pillar} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 font-normal">
            {pillars.map((p) => (
              <option key={p.code} value={p.code}>
                {t.name(p)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
          {m.compare.apply}
        </button>
      </form>

      <nav aria-label={m.compare.pillar} className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {pillars.map((p) => (
            <li key={p.code}>
              <IntentLink
                href={t.href(compareHref({ ...params, pillar: p.code }))}
                aria-current={p.code === params.pillar ? "page" : undefined}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white"
              >
                {t.name(p)}
              </IntentLink>
            </li>
          ))}
        </ul>
      </nav>

      {comparison ? (
        <>
          <section aria-labelledby="chart" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="chart" className="text-lg font-semibold">{m.compare.chartTitle(t.name(comparison.pillar))}</h2>
            {chartRows.length > 0 ? (
              <>
                <figure aria-label={m.compare.chartTitle(t.name(comparison.pillar))}>
                  <CompareChartView
                    id="compare-chart"
                    spec={{
                      title: m.compare.chartTitle(t.name(comparison.pillar)),
                      desc: compareChartDesc(m.compare.chartTitle(t.name(comparison.pillar)), chartRows, chartSeries, t),
                      locale: t.locale,
                      rows: chartRows,
                      series: chartSeries,
                      noData: m.common.noData,
                    }}
                    targetLabel={m.compare.targetMarker}
                  />
                  <CompareLegend series={chartSeries} targetLabel={m.compare.targetMarker} />
                </figure>
                {periodsShown.size > 1 ? (
                  <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm">
                    {m.compare.mixedPeriods([...periodsShown].join("; "))}
                  </p>
                ) : null}
                <p className="text-xs text-slate-600">{m.compare.chartNote}</p>
              </>
            ) : (
              <p className="text-sm text-slate-600">{m.compare.noPercent}</p>
            )}
          </section>

          <section aria-labelledby="table" className="space-y-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="table" className="text-lg font-semibold">{m.common.showTable}</h2>
              <a href={csvHref} className="text-sm link" download>
                {m.indicators.csv}
              </a>
            </div>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[40rem] border-collapse text-sm">
                <caption className="sr-only">{m.compare.tableCaption(t.name(comparison.pillar))}</caption>
                <thead>
                  <tr className="border-b border-slate-300 bg-slate-50 text-left">
                    <th scope="col" className="p-2">{m.common.indicator}</th>
                    {comparison.provinces.map((p) => (
                      <th key={p.slug} scope="col" className="p-2">{t.name(p)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {comparison.rows.map((row) => (
                    <tr key={row.indicator.code} className="border-b border-slate-200 align-top">
                      <th scope="row" className="max-w-xs p-2 text-left font-normal">
                        <IntentLink href={t.href(`/indicators/${row.indicator.code}?${comparison.provinces.map((p) => `p=${p.slug}`).join("&")}`)} className="underline-offset-2 hover:underline">
                          {t.name(row.indicator)}
                        </IntentLink>
                      </th>
                      {row.cells.map(({ slug, assessment }) => (
                        <td key={slug} className="p-2" data-province={slug}>
                          <p className="font-semibold tabular-nums">
                            {assessment.latest
                              ? t.figure(assessment.latest, row.indicator.unit)
                              : m.common.noData}
                          </p>
                          {assessment.latest ? <p className="text-xs text-slate-600">{t.periodOf(assessment.latest)}</p> : null}
                          {assessment.target ? (
                            <p className="text-xs">
                              {m.common.target}: <TargetText target={assessment.target} unit={row.indicator.unit} />
                            </p>
                          ) : null}
                          <div className="mt-1">
                            <StatusBadge progress={assessment.progress} bucket={assessment.bucket} />
                          </div>
                          {assessment.successorFigure ? (
                            <SuccessorVerdictNote
                              figure={assessment.successorFigure}
                              unit={row.indicator.unit}
                              successorName={t.name(comparison.provinces.find((p) => p.slug === slug)?.successor ?? { nameVi: "", nameEn: "" })}
                            />
                          ) : null}
                          {assessment.latest ? (
                            <p className="mt-1 text-xs text-slate-600">
                              {m.common.source}: <SourceCitation source={assessment.latest.source} />
                            </p>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : (
        <p>{m.compare.chooseTwo}</p>
      )}
    </div>
  );
}
