// The headline indicators' progress charts of a report, in one language: the
// SVG the page inlines and the Word file renders to PNG, and the share images
// draw (features/public-pages/share-cards.ts).
import type { HeadlineChart } from "@/features/progress-report/chart-data";
import type { I18n } from "@/lib/i18n/i18n";
import { progressChartSvg } from "@/lib/charts/time-chart";

export interface ReportChart {
  code: string;
  title: string;
  /** The chart's figures in words, for readers who cannot see it. */
  alt: string;
  svg: string;
}

export function reportCharts(report: { charts: readonly HeadlineChart[] }, t: I18n): ReportChart[] {
  return report.charts.map((chart) => {
    const title = t.name(chart);
    const series = chart.series.map((s) => ({
      label: s.own ? t.name(s) : t.m.report.predecessor(t.name(s)),
      earlier: !s.own,
      points: s.points.map((p) => ({ t: p.periodEnd.getTime(), value: p.value, period: p.period })),
    }));
    const targets = chart.targets.map((target) => ({ year: target.year, value: target.value, label: t.m.report.chartTarget(target.year, t.value(target.value, chart.unit)) }));
    const figures = [
      ...series.map((s) => `${s.label} — ${s.points.map((p) => `${t.value(p.value, chart.unit)} (${t.periodOf(p)})`).join(", ")}`),
      ...targets.map((target) => target.label),
    ].join("; ");
    return { code: chart.code, title, alt: t.m.report.chartAlt(title, figures), svg: progressChartSvg({ title, unit: chart.unit, locale: t.locale, series, targets }) };
  });
}
