import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { notFound } from "next/navigation";
import { TimeChartView } from "@/components/charts/Chart";
import { ChartLegend } from "@/components/charts/ChartLegend";
import { timeChartDesc } from "@/features/public-pages/chart-words";
import { indicatorChart, indicatorTable, scopeLabel } from "@/features/public-pages/indicator-model";
import { statusSentence } from "@/features/public-pages/status-sentence";
import { SourceCitation } from "@/components/SourceCitation";
import { OtherVerdicts } from "@/components/OtherVerdicts";
import { StatusBadge } from "@/components/StatusBadge";
import { SuccessorVerdictNote } from "@/components/SuccessorVerdictNote";
import { TargetText } from "@/components/TargetText";
import { HeadRow, Table, cell, numericCell, rowClass } from "@/components/ui/Table";
import { MAX_UNITS } from "@/features/public-pages/compare-params";
import { published } from "@/features/published/published";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code }, search, t] = await Promise.all([params, searchParams, getI18n()]);
  const { m } = t;
  const view = await published.indicatorView(code, search);
  if (!view) return { title: m.errors.notFoundTitle };
  const figures = view.chosen.map(({ unit, assessment: { latest } }) =>
    latest ? m.share.figure(t.name(unit), t.figure(latest, view.indicator.unit), t.periodOf(latest)) : m.share.noFigure(t.name(unit)),
  );
  const query = new URLSearchParams(view.chosen.map((c) => ["p", c.unit.slug])).toString();
  return shareMetadata({
    title: t.name(view.indicator),
    description: clip(m.share.indicator(t.name(view.indicator), figures)),
    path: `/indicators/${view.indicator.code}${query ? `?${query}` : ""}`,
    t,
    image: true,
  });
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const [{ code }, search, t] = await Promise.all([params, searchParams, getI18n()]);
  const { m } = t;
  const view = await published.indicatorView(code, search);
  if (!view) notFound();
  const { indicator, chosen, series, available } = view;
  const chart = indicatorChart(view, t);
  const rows = indicatorTable(view, t);
  const query = new URLSearchParams(chosen.map((c) => ["p", c.unit.slug]));
  const hasFigures = series.some((s) => s.points.length > 0);
  const observations = series.flatMap((s) => s.observations.map((o) => ({ unit: s.unit, o })));
  const title = m.indicators.chartTitle(t.name(indicator));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <IntentLink href={t.href("/indicators")} className="underline underline-offset-2">
            {m.indicators.all}
          </IntentLink>{" "}
          › <IntentLink href={t.href(`/indicators#${indicator.pillar.code}`)} className="underline underline-offset-2">{t.name(indicator.pillar)}</IntentLink>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.name(indicator)}</h1>
        <p className="text-sm text-slate-700">
          {m.units[indicator.unit]} · {m.indicators.direction[indicator.direction]} · {m.indicators.periodicity[indicator.periodicity]}
          {indicator.decision ? (
            <>
              {" · "}
              {m.indicators.decision}: <span className="whitespace-nowrap">{indicator.decision}</span>
            </>
          ) : null}
        </p>
      </header>

      <form method="get" className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset>
          <legend className="text-sm font-medium">
            {m.indicators.units} <span className="font-normal text-slate-600">({m.indicators.maxUnits(MAX_UNITS)})</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {[...available, ...chosen.map((c) => c.unit).filter((u) => !available.some((a) => a.slug === u.slug))].map((u) => (
              <label key={u.slug} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="p" value={u.slug} defaultChecked={chosen.some((c) => c.unit.slug === u.slug)} className="h-4 w-4" />
                {t.name(u)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
          {m.indicators.show}
        </button>
      </form>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="chart" className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="chart" className="text-lg font-semibold">{title}</h2>
          {hasFigures ? (
            <figure aria-label={title}>
              <TimeChartView
                id="progress-chart"
                spec={{
                  title,
                  desc: timeChartDesc(m.indicators.chartDesc(series.map((s) => t.name(s.unit)).join(", ")), chart.lines, chart.segments, indicator.unit, t),
                  unit: indicator.unit,
                  locale: t.locale,
                  lines: chart.lines,
                  segments: chart.segments,
                  events: chart.events,
                  noData: m.common.noData,
                }}
              />
              <ChartLegend lines={chart.lines} segments={chart.segments} />
            </figure>
          ) : (
            <p className="text-sm text-slate-600">{m.indicators.noFigures}</p>
          )}
        </section>

        <section aria-labelledby="status" className="space-y-3">
          <h2 id="status" className="text-lg font-semibold">{m.indicators.statusHeading}</h2>
          {chosen.map((c) => (
            <article key={c.unit.slug} className="space-y-1.5 rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-labelledby={`status-${c.unit.slug}`}>
              <h3 id={`status-${c.unit.slug}`} className="font-semibold">
                <IntentLink href={t.href(`/provinces/${c.unit.slug}`)} className="underline-offset-2 hover:underline">{t.name(c.unit)}</IntentLink>
                {c.role !== "own" ? <span className="font-normal text-slate-600"> — {m.indicators[c.role]}</span> : null}
              </h3>
              <p>
                <span className="text-lg font-semibold tabular-nums">
                  {c.assessment.latest ? t.figure(c.assessment.latest, indicator.unit) : m.common.noData}
                </span>{" "}
                {c.assessment.latest ? <span className="text-slate-600">{t.periodOf(c.assessment.latest)}</span> : null}
              </p>
              {c.assessment.target ? (
                <p>
                  {m.common.target}: <TargetText target={c.assessment.target} unit={indicator.unit} />
                </p>
              ) : null}
              {c.assessment.latest || c.assessment.successorFigure ? (
                <StatusBadge progress={c.assessment.progress} bucket={c.assessment.bucket} targetYear={c.assessment.target?.year} />
              ) : null}
              {c.assessment.successorFigure ? (
                <SuccessorVerdictNote
                  figure={c.assessment.successorFigure}
                  unit={indicator.unit}
                  successorName={t.name(series.find((s) => s.unit.slug === c.unit.successorSlug)?.unit ?? { nameVi: "", nameEn: "" })}
                />
              ) : null}
              <p className="text-slate-700">{statusSentence(c, indicator.unit, indicator.direction, t)}</p>
              <OtherVerdicts assessment={c.assessment} unit={indicator.unit} successorName={c.successor ? t.name(c.successor) : undefined} />
            </article>
          ))}
        </section>
      </div>

      <section aria-labelledby="table" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="table" className="text-lg font-semibold">{m.indicators.table}</h2>
          <a href={t.href(`/indicators/${indicator.code}/csv?${query.toString()}`)} className="text-sm link" download>
            {m.indicators.csv}
          </a>
        </div>
        <Table scrollHint={m.common.scrollHint} caption={m.indicators.tableCaption(t.name(indicator))}>
          <HeadRow labels={[m.indicators.columns.unit, m.indicators.columns.kind, m.indicators.columns.period, m.indicators.columns.value, m.indicators.columns.source]} />
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.unit}-${r.kind}-${r.t}-${i}`} className={rowClass} data-kind={r.kind} data-unit={r.unit} data-value={r.value} data-period={r.period ?? r.year ?? ""}>
                <th scope="row" className={`${cell} text-left font-normal`}>{r.unitName}</th>
                <td className={cell}>
                  {m.indicators.kinds[r.kind]}
                  {r.scope ? <span className="text-slate-600"> ({scopeLabel(r.scope as "PROVINCIAL" | "NATIONAL", t)})</span> : null}
                </td>
                <td className={numericCell}>{r.period ? t.periodOf({ period: r.period, asOf: r.asOf }) : r.kind === "projection" || r.kind === "needed" ? t.date(new Date(r.t)) : r.year}</td>
                <td className={numericCell}>{r.display}</td>
                <td className={`${cell} text-xs`}>
                  {r.source ? <SourceCitation source={r.source} /> : <span className="text-slate-600">{r.kind === "projection" ? m.indicators.fitted : "—"}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="definition" className="space-y-3">
        <h2 id="definition" className="text-lg font-semibold">{m.indicators.definition}</h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {t.definition(indicator) ? (
            <>
              <dt className="font-medium">{m.indicators.definitionTerm}</dt>
              <dd>{t.definition(indicator)}</dd>
            </>
          ) : null}
          <dt className="font-medium">{m.indicators.unit}</dt>
          <dd>{m.units[indicator.unit]}</dd>
          <dt className="font-medium">{m.indicators.direction_}</dt>
          <dd>{m.indicators.direction[indicator.direction]}</dd>
          <dt className="font-medium">{m.indicators.periodicity_}</dt>
          <dd>{m.indicators.periodicity[indicator.periodicity]}</dd>
          <dt className="font-medium">{m.indicators.decision}</dt>
          <dd>{indicator.decision ?? m.indicators.none}</dd>
        </dl>
        <h3 className="font-semibold">{m.indicators.sourcesHeading}</h3>
        <ul className="space-y-2 text-sm">
          {observations.map(({ unit, o }) => (
            <li key={`${unit.slug}-${o.period}`} className="rounded border border-slate-200 bg-white p-2" data-figure={`${unit.slug}/${o.period}`}>
              <p>
                <span className="font-medium">{t.name(unit)}</span>, {t.periodOf(o)}: <span className="font-semibold tabular-nums">{t.figure(o, indicator.unit)}</span>
              </p>
              <p className="text-xs">
                {m.common.source}: <SourceCitation source={o.source} />
              </p>
              {o.note ? <p className="text-xs text-slate-600">{m.common.note}: <span lang="vi">{o.note}</span></p> : null}
              {o.conflict ? (
                <p role="note" className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs">
                  <span aria-hidden="true">⚠ </span>
                  <strong>{m.indicators.conflict}:</strong> <span lang="vi">{o.conflict}</span>
                </p>
              ) : null}
              {o.quote ? (
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer text-slate-600">{m.indicators.quote}</summary>
                  <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic" lang="vi">{o.quote}</blockquote>
                </details>
              ) : null}
            </li>
          ))}
          {chosen.flatMap((c) =>
            c.targets.map((goal) => (
              <li key={`${c.unit.slug}-target-${goal.year}`} className="rounded border border-slate-200 bg-white p-2">
                <p>
                  <span className="font-medium">{t.name(c.unit)}</span>, {m.common.target} {goal.year}: <TargetText target={goal} unit={indicator.unit} />
                </p>
                <p className="text-xs">
                  {m.common.source}: <SourceCitation source={goal.source} />
                </p>
                {goal.note ? <p className="text-xs text-slate-600">{m.common.note}: <span lang="vi">{goal.note}</span></p> : null}
                {goal.quote ? (
                  <details className="mt-1 text-xs">
                    <summary className="cursor-pointer text-slate-600">{m.indicators.quote}</summary>
                    <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic" lang="vi">{goal.quote}</blockquote>
                  </details>
                ) : null}
              </li>
            )),
          )}
        </ul>
      </section>
    </div>
  );
}
