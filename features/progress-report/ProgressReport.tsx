import { HeadRow, Table, cell, numericCell, rowClass } from "@/components/ui/Table";
import type { ProgressReport as Report } from "@/features/progress-report/reads";
import type { SourceView } from "@/features/published/selects";
import { useI18n } from "@/lib/i18n/server";
import type { I18n } from "@/lib/i18n/i18n";
import { periodEnd } from "@/lib/domain/period";
import { REPORT_VERDICTS, type ReportRow } from "@/features/progress-report/facts";
import { reportCharts } from "@/features/progress-report/charts";
import { CHART_WIDTH } from "@/lib/charts/time-chart";
import { changeText, closedLines, noDataText, dtiText, dtiTrendText, figureText, paceText, paragraphText, sourceLine, targetsText, verdictText } from "@/features/progress-report/words";

/**
 * A unit's progress report for a period, as the People's Committee reads it:
 * summary, each pillar in words and in a table, the headline charts, what is
 * behind and what has no figures, and every source. `internal` marks figures
 * not yet published on every printed page.
 */
export function ProgressReport({ report, internal, docxHref }: { report: Report; internal: boolean; docxHref: string }) {
  const t = useI18n();
  const { m } = t;
  const { facts, period, unit } = report;
  const periodName = t.period(period.code);
  const marked = internal && facts.hasUnpublished;
  return (
    <article className="report space-y-8" aria-labelledby="report-heading">
      {marked ? (
        <p className="report-mark rounded border border-amber-400 bg-amber-50 px-3 py-1 text-sm font-semibold">
          {m.report.internalBanner}
        </p>
      ) : null}
      <header className="space-y-2">
        <h1 id="report-heading" className="text-2xl font-bold sm:text-3xl">
          {m.report.heading}
        </h1>
        <p className="text-lg font-medium">{m.report.subtitle(t.name(unit), periodName)}</p>
        <p className="text-sm text-slate-700">{m.report.asOf(t.date(periodEnd(period)))}</p>
        <p className="text-sm text-slate-700">{internal ? m.report.internalNote : m.report.publicNote}</p>
        <p className="no-print flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={docxHref} className="link" download>
            {m.report.download}
          </a>
        </p>
      </header>

      <section aria-labelledby="summary" className="space-y-3">
        <h2 id="summary" className="text-xl font-semibold">
          {m.report.summary}
        </h2>
        <p className="text-sm text-slate-700">{m.report.summaryIntro}</p>
        <Table scrollHint={m.common.scrollHint} caption={m.report.summary} minWidth="36rem" stacked>
          <HeadRow labels={[m.report.pillar, ...REPORT_VERDICTS.map((v) => m.report.verdicts[v]), m.report.indicatorCount]} />
          <tbody>
            {facts.pillars.map((pillar) => (
              <tr key={pillar.code} className={rowClass} data-pillar={pillar.code}>
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {t.name(pillar)}
                </th>
                {REPORT_VERDICTS.map((v) => (
                  <td key={v} className={numericCell} data-label={m.report.verdicts[v]}>
                    {pillar.counts[v]}
                  </td>
                ))}
                <td className={numericCell} data-label={m.report.indicatorCount}>
                  {pillar.total}
                </td>
              </tr>
            ))}
            <tr className={`${rowClass} font-semibold`} data-pillar="ALL">
              <th scope="row" className={`${cell} text-left`}>
                {m.report.total}
              </th>
              {REPORT_VERDICTS.map((v) => (
                <td key={v} className={numericCell} data-label={m.report.verdicts[v]}>
                  {facts.counts[v]}
                </td>
              ))}
              <td className={numericCell} data-label={m.report.indicatorCount}>
                {facts.total}
              </td>
            </tr>
          </tbody>
        </Table>
        {closedLines(facts, t).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <span className="font-medium">{m.report.dti}:</span> {dtiText(facts, t)}
          {facts.dti.latest ? <SourceRef source={facts.dti.latest.source} numbers={facts.sourceNumbers} /> : null}
        </p>
        {dtiTrendText(facts) ? (
          <p>
            <span className="font-medium">{m.report.dtiTrend}:</span> {dtiTrendText(facts)}
          </p>
        ) : null}
      </section>

      {facts.pillars.map((pillar) => (
        <section key={pillar.code} aria-labelledby={`r-${pillar.code}`} className="render-on-view space-y-3" data-pillar={pillar.code}>
          <h2 id={`r-${pillar.code}`} className="text-xl font-semibold">
            {t.name(pillar)}
          </h2>
          <p>{paragraphText(pillar, t)}</p>
          <Table scrollHint={m.common.scrollHint} caption={t.name(pillar)} minWidth="60rem" stacked>
            <HeadRow
              labels={[m.report.columns.indicator, m.report.columns.latest, m.report.columns.previous, m.report.columns.change, m.report.columns.targets, m.report.columns.verdict, m.report.columns.pace, m.report.columns.source]}
            />
            <tbody>
              {pillar.rows.map((row) => (
                <IndicatorRow key={row.indicator.code} row={row} numbers={facts.sourceNumbers} t={t} />
              ))}
            </tbody>
          </Table>
        </section>
      ))}

      {report.charts.length > 0 ? (
        <section aria-labelledby="charts" className="render-on-view space-y-4">
          <h2 id="charts" className="text-xl font-semibold">
            {m.report.charts}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {reportCharts(report, t).map((chart) => (
              <figure key={chart.code} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3" data-chart={chart.code}>
                {/* Drawn on the server from the figures (lib/charts/time-chart.ts): the same picture as in the Word file. */}
                {/* Never drawn narrower than its own width, so its 11 px labels stay 11 px: on a phone it scrolls sideways. */}
                <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={chart.title}>
                  <div role="img" aria-label={chart.alt} className="w-full [&>svg]:h-auto [&>svg]:w-full" style={{ minWidth: CHART_WIDTH }} dangerouslySetInnerHTML={{ __html: chart.svg }} />
                </div>
                <figcaption className="mt-1 text-sm font-medium">{chart.title}</figcaption>
              </figure>
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="behind" className="render-on-view space-y-2">
        <h2 id="behind" className="text-xl font-semibold">
          {m.report.behind} ({facts.behind.length})
        </h2>
        {facts.behind.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {facts.behind.map((row) => (
              <li key={row.indicator.code}>
                {t.name(row.indicator)}: {row.latest ? figureText(row.latest, row.indicator.unit, t) : m.common.noData} — {verdictText(row, t)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{m.report.noneBehind}</p>
        )}
      </section>

      <section aria-labelledby="no-data" className="render-on-view space-y-2">
        <h2 id="no-data" className="text-xl font-semibold">
          {m.report.noData} ({facts.noData.length})
        </h2>
        {facts.noData.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {facts.noData.map((row) => (
              <li key={row.indicator.code}>
                {noDataText(row, t)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{m.report.noneMissing}</p>
        )}
      </section>

      <section aria-labelledby="sources" className="render-on-view space-y-2">
        <h2 id="sources" className="text-xl font-semibold">
          {m.report.sources}
        </h2>
        <ol className="space-y-1 text-sm">
          {facts.sources.map((source, i) => (
            <li key={source.key} id={`source-${i + 1}`} data-source={source.key}>
              {m.report.sourceRef(i + 1)} {sourceLine(source, t)}
              {source.url ? (
                <>
                  {" "}
                  <a href={source.url} className="break-all underline underline-offset-2" rel="noopener noreferrer">
                    {source.url}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function IndicatorRow({ row, numbers, t }: { row: ReportRow<SourceView>; numbers: Record<string, number>; t: I18n }) {
  const { m } = t;
  const unit = row.indicator.unit;
  return (
    <tr
      className={rowClass}
      // How exactly the source states each figure the change is computed from: a check reads these beside the printed change.
      data-figures={[row.latest, row.previous].map((f) => (f ? `${f.qualifier}${f.asOf ? "+AS_OF" : ""}` : "NONE")).join(" ")}
    >
      <th scope="row" className={`${cell} max-w-xs text-left font-normal`}>
        {t.name(row.indicator)}
        {row.predecessors.map((p) => (
          <span key={p.unit.slug} className="mt-1 block text-xs text-slate-600" data-predecessor={p.unit.slug}>
            {m.report.predecessor(t.name(p.unit))}: {figureText(p.latest, unit, t)} <SourceRef source={p.latest.source} numbers={numbers} />
          </span>
        ))}
      </th>
      <td className={cell} data-label={m.report.columns.latest}>
        {row.latest ? (
          <>
            <span className="font-semibold tabular-nums">{t.figure(row.latest, unit)}</span>{" "}
            <span className="text-slate-600">({t.periodOf(row.latest)})</span>
            {row.latest.unpublished ? <Unpublished t={t} /> : null}
          </>
        ) : (
          <span className="text-slate-600">{m.common.noData}</span>
        )}
      </td>
      <td className={cell} data-label={m.report.columns.previous}>
        {row.previous ? (
          <>
            <span className="tabular-nums">{t.figure(row.previous, unit)}</span> <span className="text-slate-600">({t.periodOf(row.previous)})</span>
            {row.previous.unpublished ? <Unpublished t={t} /> : null}
          </>
        ) : (
          "—"
        )}
      </td>
      <td className={numericCell} data-label={m.report.columns.change}>
        {changeText(row, t)}
      </td>
      <td className={cell} data-label={m.report.columns.targets}>
        {targetsText(row, t)}
      </td>
      <td className={cell} data-label={m.report.columns.verdict} data-wide>
        <span>{verdictText(row, t)}</span>
        {row.successorFigure ? (
          <span className="block text-xs text-slate-600">
            {figureText(row.successorFigure, unit, t)} <SourceRef source={row.successorFigure.source} numbers={numbers} />
          </span>
        ) : null}
      </td>
      <td className={cell} data-label={m.report.columns.pace}>
        {paceText(row, t)}
      </td>
      <td className={`${cell} whitespace-nowrap text-xs`} data-label={m.report.columns.source}>
        {[row.latest?.source, row.previous?.source, ...row.targets.map((target) => target.source)]
          .filter((s, i, all): s is SourceView => s !== undefined && all.findIndex((x) => x?.key === s.key) === i)
          .map((s) => (
            <SourceRef key={s.key} source={s} numbers={numbers} />
          ))}
      </td>
    </tr>
  );
}

function Unpublished({ t }: { t: I18n }) {
  return (
    <span className="ml-1 inline-block rounded border border-amber-400 bg-amber-50 px-1 text-xs font-semibold">
      {t.m.report.unpublished}
    </span>
  );
}

function SourceRef({ source, numbers }: { source: SourceView; numbers: Record<string, number> }) {
  const n = numbers[source.key];
  return n ? (
    // A 24 px target at least (app/globals.css): the number alone is a few pixels wide.
    <a href={`#source-${n}`} className="source-ref">
      [{n}]
    </a>
  ) : null;
}
