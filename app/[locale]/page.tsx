import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { SourceCitation } from "@/components/SourceCitation";
import { BucketIcon, StatusBadge } from "@/components/StatusBadge";
import { SuccessorVerdictNote } from "@/components/SuccessorVerdictNote";
import { TargetText } from "@/components/TargetText";
import { LatestFigure } from "@/components/LatestFigure";
import { ScrollHint } from "@/components/ui/Table";
import { dtiRank, dtiScore } from "@/features/public-pages/DtiTable";
import { indicatorHref } from "@/components/IndicatorCard";
import type { StatusBucket } from "@/lib/domain/assessment";
import { changeBetween } from "@/lib/domain/change";
import type { ProvinceOverview, UnitSummary } from "@/features/public-pages/overview";
import { published } from "@/features/published/published";
import type { ObservationView } from "@/features/public-pages/scorecard";
import type { Unit } from "@/lib/domain/format";
import { getI18n, useI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getI18n();
  return shareMetadata({ title: t.m.overview.heading, description: clip(t.m.overview.intro), path: "/", t });
}

const BUCKETS: StatusBucket[] = ["ACHIEVED", "ON_TRACK", "OFF_TRACK", "UNASSESSED", "NO_DATA"];

export default async function OverviewPage() {
  const { m } = await getI18n();
  const overview = await published.overview();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.overview.heading}</h1>
        <p className="max-w-3xl text-slate-700">{m.overview.intro}</p>
        <p className="max-w-3xl text-sm text-slate-600">{m.overview.merger}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        {overview.featured.map((item) => (
          <ProvinceColumn key={item.province.slug} item={item} />
        ))}
      </div>
      {overview.others.length > 0 ? <OtherUnits units={overview.others} /> : null}
    </div>
  );
}

/** Status headings with their icons, the same in every count table. */
function BucketHeadings() {
  const { m } = useI18n();
  return BUCKETS.map((b) => (
    <th key={b} scope="col" className="px-1 py-1 text-center font-normal">
      <span className="flex flex-col items-center gap-0.5">
        <BucketIcon bucket={b} />
        <span className="text-[11px] leading-tight sm:text-xs">{m.buckets[b]}</span>
      </span>
    </th>
  ));
}

function DtiCell({ dti }: { dti: UnitSummary["latestDti"] }) {
  const t = useI18n();
  const { m } = t;
  if (!dti || dti.rank === null) return <span className="text-slate-600">{m.common.noData}</span>;
  return (
    <span className="tabular-nums">
      {dtiRank(t, dti.rank, dti.rankedCount)} <span className="text-slate-600">({dti.year})</span>
    </span>
  );
}

/** Every other reporting unit in one line each; the scorecard is a click away. */
function OtherUnits({ units }: { units: UnitSummary[] }) {
  const t = useI18n();
  const { m } = t;
  return (
    <section aria-labelledby="other-units" className="render-on-view space-y-2 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="other-units" className="text-xl font-semibold">
        {m.overview.others}
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">{m.overview.othersIntro}</p>
      <ScrollHint text={m.common.scrollHint} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2 text-left">{m.common.unit}</th>
              <th scope="col" className="px-1 py-1 text-left">{m.overview.dtiLatest}</th>
              <BucketHeadings />
            </tr>
          </thead>
          <tbody>
            {units.map(({ province, latestDti, counts }) => (
              <tr key={province.slug} className="border-b border-slate-200" data-unit={province.slug}>
                <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                  <IntentLink href={t.href(`/provinces/${province.slug}`)} className="underline-offset-2 hover:underline">
                    {t.name(province)}
                  </IntentLink>
                  {province.successor ? <span className="block text-xs font-normal text-slate-600">{m.overview.mergedInto(t.name(province.successor))}</span> : null}
                </th>
                <td className="px-1 py-1.5">
                  <DtiCell dti={latestDti} />
                </td>
                {BUCKETS.map((b) => (
                  <td key={b} className="t-count">
                    {counts[b]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ProvinceColumn({ item }: { item: ProvinceOverview }) {
  const t = useI18n();
  const { m } = t;
  const { province } = item;
  const dti = item.latestDti;
  return (
    <section aria-labelledby={`p-${province.slug}`} className="render-on-view min-w-0 space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-province={province.slug}>
      <header className="space-y-1">
        <h2 id={`p-${province.slug}`} className="text-xl font-semibold">
          <IntentLink href={t.href(`/provinces/${province.slug}`)} className="underline-offset-4 hover:underline">
            {t.name(province)}
          </IntentLink>
        </h2>
        {province.successor ? <p className="text-sm text-slate-600">{m.overview.mergedInto(t.name(province.successor))}</p> : null}
      </header>

      <div className="rounded-lg bg-slate-50 p-3" role="group" aria-labelledby={`dti-${province.slug}`}>
        <h3 id={`dti-${province.slug}`} className="text-sm font-medium text-slate-600">
          {m.overview.dtiLatest}
        </h3>
        {dti ? (
          <p className="mt-1">
            <span className="text-2xl font-semibold tabular-nums">
              {dti.rank !== null ? `${m.rankings.rank} ${dtiRank(t, dti.rank, dti.rankedCount)}` : m.rankings.notPublished}
            </span>{" "}
            <span className="text-sm text-slate-600">({dti.year})</span>
            {dti.score !== null ? (
              <span className="block text-sm">
                {m.overview.dtiScore}: {dtiScore(t, dti.score)}
              </span>
            ) : null}
          </p>
        ) : (
          <p className="mt-1 text-slate-600">{m.overview.noDti}</p>
        )}
        {dti ? (
          <p className="mt-1 text-xs text-slate-600">
            {m.common.source}: <SourceCitation source={dti.source} />
          </p>
        ) : null}
      </div>

      {/* Fits a phone's card: the headings wrap rather than push the last count out of sight. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-sm font-medium text-slate-600">{m.overview.pillarSummary}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2 text-left">{m.compare.pillar}</th>
              <BucketHeadings />
            </tr>
          </thead>
          <tbody>
            {item.pillarCounts.map((p) => (
              <tr key={p.code} className="border-b border-slate-200">
                <th scope="row" className="py-1.5 pr-2 text-left font-medium hyphens-auto">
                  <IntentLink href={t.href(`/provinces/${province.slug}#${p.code}`)} className="hover:underline">
                    {t.name(p)}
                  </IntentLink>
                </th>
                {BUCKETS.map((b) => (
                  <td key={b} className="t-count">
                    {p.counts[b]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div>
        <h3 className="mb-2 text-sm font-medium text-slate-600">{m.overview.headline}</h3>
        <ul className="divide-y divide-slate-200">
          {item.headline.map(({ indicator, assessment, observations }) => (
            <li key={indicator.code} className="py-2">
              <p className="text-sm">
                <IntentLink href={t.href(indicatorHref(indicator.code, province.slug))} className="underline-offset-2 hover:underline">
                  {t.name(indicator)}
                </IntentLink>
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <LatestFigure
                  latest={assessment.latest ? { figure: t.figure(assessment.latest, indicator.unit), period: t.periodOf(assessment.latest) } : null}
                  className="font-semibold tabular-nums"
                  periodClassName="text-slate-600"
                />
                {assessment.target ? (
                  <span>
                    {m.common.target}: <TargetText target={assessment.target} unit={indicator.unit} />
                  </span>
                ) : null}
                <StatusBadge progress={assessment.progress} bucket={assessment.bucket} targetYear={assessment.target?.year} />
              </div>
              <Change observations={observations} unit={indicator.unit} />
              {assessment.successorFigure && province.successor ? (
                <SuccessorVerdictNote figure={assessment.successorFigure} unit={indicator.unit} successorName={t.name(province.successor)} />
              ) : null}
              {assessment.latest ? (
                <p className="mt-0.5 text-xs text-slate-600">
                  {m.common.source}: <SourceCitation source={assessment.latest.source} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <IntentLink href={t.href(`/provinces/${province.slug}`)} className="text-sm link">
          {m.common.viewScorecard}: {t.name(province)}
        </IntentLink>
      </p>
    </section>
  );
}

/** What moved: the latest figure against the one before it. */
function Change({ observations, unit }: { observations: readonly ObservationView[]; unit: Unit }) {
  const t = useI18n();
  const { m } = t;
  const [previous, latest] = observations.slice(-2);
  if (!previous || !latest) return null;
  // As much as the two figures support: a range ("hơn 99%") gives no exact amount, a quarter against a year says so.
  const change = changeBetween(previous, latest);
  const text =
    change.direction === "SAME" && change.samePeriodKind
      ? m.overview.unchanged(t.periodOf(previous))
      : m.overview.moved(t.change(change, unit), t.periodOf(previous), t.figure(previous, unit));
  return (
    <p className="mt-0.5 text-xs text-slate-700">
      {text}
    </p>
  );
}
