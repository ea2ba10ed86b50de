// A chart's description in the page's words, for readers who cannot see it:
// its unit, the years it spans, each unit's latest figure with its period (or
// that it has none) and each target. It names the chart's SVG, beside the
// table twin that holds every figure.
import type { CompareChartRow, CompareChartSeries } from "@/lib/charts/compare-chart";
import type { TimeChartLine, TimeChartSegment } from "@/lib/charts/time-chart";
import type { Unit } from "@/lib/domain/format";
import type { I18n } from "@/lib/i18n/i18n";

const yearOf = (t: number) => new Date(t).getUTCFullYear();

export function timeChartDesc(lead: string, lines: readonly TimeChartLine[], segments: readonly TimeChartSegment[], unit: Unit, { m, value }: I18n): string {
  const times = [...lines.flatMap((l) => l.points.filter((p) => p.value !== null).map((p) => p.t)), ...segments.map((s) => s.to.t)];
  const sentences = [lead, m.charts.unit(m.units[unit])];
  if (times.length > 0) sentences.push(m.charts.span(yearOf(Math.min(...times)), yearOf(Math.max(...times))));
  for (const l of lines) {
    const latest = [...l.points].reverse().find((p) => p.value !== null);
    sentences.push(latest ? m.charts.latest(l.label, latest.caption ?? value(latest.value!, unit)) : m.charts.noData(l.label));
  }
  for (const s of segments) if (s.kind === "target") sentences.push(m.charts.target(s.label, value(s.to.value, unit)));
  return sentences.join(" ");
}

export function compareChartDesc(lead: string, rows: readonly CompareChartRow[], series: readonly CompareChartSeries[], { m, value }: I18n): string {
  return [
    lead,
    ...rows.map((row) =>
      m.charts.compareRow(
        row.label,
        series
          .map((s) => {
            const figure = row.values[s.key];
            const target = row.targets[s.key];
            const said = typeof figure === "number" ? `${value(figure, "PERCENT")}${row.periods[s.key] ? ` (${row.periods[s.key]})` : ""}` : m.common.noData.toLowerCase();
            return `${s.label} ${said}${typeof target === "number" ? `, ${m.charts.compareTarget(value(target, "PERCENT"))}` : ""}`;
          })
          .join("; "),
      ),
    ),
  ].join(" ");
}
