import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { notFound } from "next/navigation";
import { TimeChartView } from "@/components/charts/Chart";
import { ChartLegend } from "@/components/charts/ChartLegend";
import { timeChartDesc } from "@/features/public-pages/chart-words";
import { rankLines } from "@/features/public-pages/rank-chart";
import { DtiTable } from "@/features/public-pages/DtiTable";
import { IndicatorCard, indicatorHref } from "@/components/IndicatorCard";
import { ProvinceFacts } from "@/features/public-pages/ProvinceFacts";
import { countBuckets, type StatusBucket } from "@/lib/domain/assessment";
import { published } from "@/features/published/published";
import { lowerFirst } from "@/lib/domain/format";
import { reportPeriodsFor } from "@/features/progress-report/periods";
import { clip, shareMetadata } from "@/features/public-pages/share";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const BUCKETS: StatusBucket[] = ["ACHIEVED", "ON_TRACK", "OFF_TRACK", "UNASSESSED", "NO_DATA"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [scorecard, t] = await Promise.all([published.scorecard(slug), getI18n()]);
  const { m } = t;
  if (!scorecard) return { title: m.errors.notFoundTitle };
  const rows = scorecard.pillars.flatMap((p) => p.rows);
  const counts = countBuckets(rows.map((r) => r.assessment.bucket));
  const latest = rows.flatMap((r) => (r.assessment.latest ? [r.assessment.latest] : [])).sort((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime())[0];
  const countText = BUCKETS.map((b) => `${counts[b]} ${lowerFirst(m.buckets[b])}`).join(", ");
  return shareMetadata({
    title: t.name(scorecard.province),
    description: clip(m.share.scorecard(t.name(scorecard.province), rows.length, countText, latest ? t.period(latest.period) : null)),
    path: `/provinces/${scorecard.province.slug}`,
    t,
    image: true,
  });
}

export default async function ProvinceScorecardPage({ params }: Props) {
  const { slug } = await params;
  const [scorecard, t] = await Promise.all([published.scorecard(slug), getI18n()]);
  const { m } = t;
  if (!scorecard) notFound();
  const { province, pillars } = scorecard;
  const dtiLines = rankLines([{ ...province, results: province.dtiResults }], t);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <IntentLink href={t.href("/")} className="underline underline-offset-2">
            {m.common.backToOverview}
          </IntentLink>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{m.scorecard.heading(t.name(province))}</h1>
        {province.successor ? (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            {m.scorecard.successor}{" "}
            <IntentLink href={t.href(`/provinces/${province.successor.slug}`)} className="underline">
              {t.name(province.successor)}
            </IntentLink>
          </p>
        ) : null}
        {province.predecessors.length > 0 ? (
          <p className="text-sm text-slate-700">{m.scorecard.predecessors(province.predecessors.map((p) => t.name(p)).join(", "))}</p>
        ) : null}
        <nav aria-label={m.scorecard.pillarNav} className="no-print">
          <ul className="flex flex-wrap gap-2 text-sm">
            {pillars.map((pillar) => (
              <li key={pillar.code}>
                <a href={`#${pillar.code}`} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:border-brand">
                  {t.name(pillar)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <nav aria-labelledby="reports" className="no-print rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <h2 id="reports" className="font-semibold">
          {m.report.linkFromScorecard}
        </h2>
        <p className="text-slate-700">{m.report.linkIntro}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {reportPeriodsFor(province, new Date()).map((p) => (
            <li key={p.code}>
              <IntentLink href={t.href(`/provinces/${province.slug}/report/${p.code}`)} className="link">
                {t.period(p.code)}
              </IntentLink>
            </li>
          ))}
        </ul>
      </nav>

      {province.facts.length > 0 ? (
        <section aria-labelledby="profile" className="space-y-3">
          <h2 id="profile" className="text-xl font-semibold">{m.scorecard.profile}</h2>
          <ProvinceFacts facts={province.facts} />
        </section>
      ) : null}

      {province.dtiResults.length > 0 ? (
        <section aria-labelledby="dti" className="space-y-3">
          <h2 id="dti" className="text-xl font-semibold">{m.scorecard.dti}</h2>
          {dtiLines[0] && dtiLines[0].points.length > 1 ? (
            <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-label={m.rankings.chartTitle}>
              <TimeChartView
                id="rank-chart"
                spec={{ title: m.rankings.chartTitle, desc: timeChartDesc(m.rankings.chartDesc(t.name(province)), dtiLines, [], "RANK", t), unit: "RANK", locale: t.locale, reversed: true, lines: dtiLines, segments: [] }}
              />
              <ChartLegend lines={dtiLines} segments={[]} />
            </figure>
          ) : null}
          <DtiTable
            firstColumn={m.rankings.year}
            caption={`${m.scorecard.dti} — ${t.name(province)}`}
            rows={province.dtiResults.map((r) => ({ key: String(r.year), heading: r.year, result: r }))}
          />
        </section>
      ) : null}

      {pillars.map((pillar) => {
        // What the unit itself has measured leads; its predecessors' history follows.
        const known = [
          ...pillar.rows.filter((r) => r.observations.length > 0),
          ...pillar.rows.filter((r) => r.observations.length === 0 && (r.predecessors.length > 0 || r.assessment.successorFigure !== null)),
        ];
        const unknown = pillar.rows.filter((r) => !known.includes(r));
        // Counted: the unit's own figures, not the history of the units before it.
        const measured = pillar.rows.filter((r) => r.observations.length > 0).length;
        return (
          <section key={pillar.code} id={pillar.code} aria-labelledby={`h-${pillar.code}`} className="render-on-view space-y-3 scroll-mt-4">
            <h2 id={`h-${pillar.code}`} className="text-xl font-semibold">
              {t.name(pillar)} <span className="text-sm font-normal text-slate-600">({m.scorecard.withData(measured, pillar.rows.length)})</span>
            </h2>
            {known.length > 0 ? (
              <div className="grid gap-3 md:grid-cols-2">
                {known.map((row) => (
                  <IndicatorCard key={row.indicator.code} row={row} unit={province.slug} successorName={province.successor ? t.name(province.successor) : undefined} />
                ))}
              </div>
            ) : null}
            {unknown.length > 0 ? (
              <div className="rounded-lg border border-dashed border-slate-300 bg-white p-3 text-sm">
                <p id={`no-data-${pillar.code}`} className="font-medium text-slate-700">
                  {m.scorecard.noDataList} ({unknown.length}):
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-1 gap-y-1 text-slate-700" aria-labelledby={`no-data-${pillar.code}`}>
                  {unknown.map((row, i) => (
                    <li key={row.indicator.code}>
                      <IntentLink href={t.href(indicatorHref(row.indicator.code))} className="link-listed">
                        {t.name(row.indicator)}
                      </IntentLink>
                      {i < unknown.length - 1 ? ";" : ""}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
