// What each public page's share image says (share-image.ts), in the page's
// language, from the published reads the page itself shows: a scorecard, an
// indicator with the units chosen in its address, a progress report. The
// chart is the report's and Word file's (lib/charts/time-chart.ts);
// a missing figure is "no data", never 0. Pure.
import { headlineCharts } from "@/features/progress-report/chart-data";
import { reportCharts } from "@/features/progress-report/charts";
import { progressChartSvg, type ChartTarget } from "@/lib/charts/time-chart";
import { REPORT_VERDICTS } from "@/features/progress-report/facts";
import type { ProgressReport } from "@/features/progress-report/reads";
import { sourceLine } from "@/features/progress-report/words";
import type { IndicatorView } from "@/features/public-pages/indicators";
import type { Scorecard } from "@/features/public-pages/scorecard";
import type { ShareCard, ShareFigure } from "@/features/public-pages/share-image";
import type { SourceView } from "@/features/published/selects";
import { countBuckets, type StatusBucket } from "@/lib/domain/assessment";
import { lowerFirst, type Qualifier, type Unit } from "@/lib/domain/format";
import type { I18n } from "@/lib/i18n/i18n";

const BUCKETS: StatusBucket[] = ["ACHIEVED", "ON_TRACK", "OFF_TRACK", "UNASSESSED", "NO_DATA"];

type Figure = { period: string; asOf?: Date | null; value: number; qualifier: Qualifier; outOf?: number | null; source: SourceView };

function figure(label: string, latest: Figure | null, unit: Unit, t: I18n): ShareFigure {
  if (!latest) return { label, value: null, period: null, source: null };
  return { label, value: t.figure(latest, unit), period: t.periodOf(latest), source: `${t.m.common.source}: ${sourceLine(latest.source, t)}` };
}

export function scorecardCard(scorecard: Scorecard, t: I18n): ShareCard {
  const { m } = t;
  const { province, pillars } = scorecard;
  const rows = pillars.flatMap((p) => p.rows);
  const charts = reportCharts({ charts: headlineCharts(province, pillars) }, t);
  const rowOf = (code: string) => rows.find((r) => r.indicator.code === code);
  // The first headline chart with a figure of the unit's own; else the first drawn; else the first indicator with a figure.
  const chart = charts.find((c) => rowOf(c.code)?.assessment.latest) ?? charts[0] ?? null;
  const row = chart ? rowOf(chart.code) : rows.find((r) => r.assessment.latest);
  const buckets = countBuckets(rows.map((r) => r.assessment.bucket));
  const counts = BUCKETS.filter((b) => buckets[b] > 0).map((b) => `${buckets[b]} ${lowerFirst(m.buckets[b])}`);
  return {
    site: m.site.title,
    kind: m.share.image.scorecard,
    title: t.name(province),
    subtitle: province.successor ? m.share.image.merged(t.name(province.successor)) : m.share.image.counts(rows.length, counts.join(", ")),
    chartTitle: chart?.title ?? null,
    chart: chart?.svg ?? null,
    figures: [...(row ? [figure(t.name(row.indicator), row.assessment.latest, row.indicator.unit, t)] : []), ...dtiFigure(scorecard, t)],
    noData: m.common.noData,
  };
}

/** The unit's latest DTI rank as the ministry published it, where one is confirmed. */
function dtiFigure({ province }: Scorecard, t: I18n): ShareFigure[] {
  const latest = province.dtiResults.filter((r) => r.rank !== null && !(r.unverified ?? "").split(",").includes("rank")).at(-1);
  if (!latest || latest.rank === null) return [];
  return [figure(t.m.share.image.dtiRank, { period: String(latest.year), value: latest.rank, qualifier: "EXACT", outOf: latest.rankedCount, source: latest.source }, "RANK", t)];
}

export function indicatorCard(view: IndicatorView, t: I18n): ShareCard {
  const { m } = t;
  const { indicator, chosen, series } = view;
  const own = chosen.filter((c) => c.role === "own");
  const drawn = series.filter((s) => s.points.length > 0);
  // Each chosen unit's target the page's path aims at; one line for a target several units share.
  const targets: ChartTarget[] = [];
  for (const c of own) {
    const target = c.pathTarget;
    if (!target || targets.some((d) => d.year === target.year && d.value === target.value)) continue;
    const sharing = own.filter((o) => o.pathTarget?.year === target.year && o.pathTarget.value === target.value);
    const label = m.report.chartTarget(target.year, t.value(target.value, indicator.unit));
    targets.push({ year: target.year, value: target.value, label: sharing.length === own.length ? label : `${sharing.map((o) => t.name(o.unit)).join(", ")} — ${lowerFirst(label)}` });
  }
  const title = t.name(indicator);
  return {
    site: m.site.title,
    kind: m.share.image.indicator,
    title,
    subtitle: `${t.name(indicator.pillar)} · ${m.units[indicator.unit]}`,
    chartTitle: null,
    chart:
      drawn.length > 0
        ? progressChartSvg({
            title,
            unit: indicator.unit,
            locale: t.locale,
            series: drawn.map((s) => ({
              label: s.role === "own" ? t.name(s.unit) : `${t.name(s.unit)} — ${m.indicators[s.role]}`,
              earlier: s.role === "predecessor",
              points: s.points.map((p) => ({ t: p.t, value: p.value })),
            })),
            targets,
          })
        : null,
    figures: own.map((c) => figure(t.name(c.unit), c.assessment.latest, indicator.unit, t)),
    noData: m.common.noData,
  };
}

export function reportCard(report: ProgressReport, t: I18n): ShareCard {
  const { m } = t;
  const { facts } = report;
  const rows = facts.pillars.flatMap((p) => p.rows);
  const charts = reportCharts(report, t);
  const rowOf = (code: string) => rows.find((r) => r.indicator.code === code);
  const chart = charts.find((c) => rowOf(c.code)?.latest) ?? charts[0] ?? null;
  const row = chart ? rowOf(chart.code) : rows.find((r) => r.latest);
  const counts = REPORT_VERDICTS.filter((v) => facts.counts[v] > 0).map((v) => `${facts.counts[v]} ${lowerFirst(m.report.verdicts[v])}`);
  return {
    site: m.site.title,
    kind: m.share.image.report,
    title: m.report.subtitle(t.name(report.unit), t.period(report.period.code)),
    subtitle: m.share.image.counts(facts.total, counts.join(", ")),
    chartTitle: chart?.title ?? null,
    chart: chart?.svg ?? null,
    figures: row ? [figure(t.name(row.indicator), row.latest, row.indicator.unit, t)] : [],
    noData: m.common.noData,
  };
}
