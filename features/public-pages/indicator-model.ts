// Turns an indicator's assembled series into what the chart, its legend, the
// table twin and the CSV show, so all four show the same points.
import { SHAPES } from "@/lib/charts/marks";
import type { TimeChartLine, TimeChartSegment } from "@/lib/charts/time-chart";
import type { IndicatorView } from "@/features/public-pages/indicators";
import type { SourceView } from "@/features/published/selects";
import type { I18n } from "@/lib/i18n/i18n";
import { chartRows, targetTime, type ChartRow } from "@/lib/domain/series";
import { MERGER_DAY } from "@/lib/domain/succession";

export function scopeLabel(scope: "PROVINCIAL" | "NATIONAL", { m }: I18n) {
  return scope === "NATIONAL" ? m.common.national : m.common.provincial;
}

export function indicatorChart(view: IndicatorView, t: I18n) {
  const { indicator, chosen, series } = view;
  const { m } = t;
  // A unit's predecessors and successor share its colour; their markers differ.
  const group = new Map(chosen.filter((c) => c.role === "own").map((c, i) => [c.unit.slug, i]));

  const lines: TimeChartLine[] = series.filter((s) => s.points.length > 0).map((s, i) => ({
    key: s.unit.slug,
    label: s.role === "own" ? t.name(s.unit) : `${t.name(s.unit)} — ${m.indicators[s.role]}`,
    colour: group.get(s.chosen) ?? 0,
    shape: SHAPES[i % SHAPES.length] ?? "circle",
    lineage: s.role !== "own",
    points: s.points.map((p, j) => {
      const o = s.observations.find((x) => x.period === p.period) ?? s.observations[j];
      return { t: p.t, value: p.value, caption: `${o ? t.figure(o, indicator.unit) : t.value(p.value, indicator.unit)} (${t.periodOf(p)})` };
    }),
  }));

  const segments: TimeChartSegment[] = [];
  // A dissolved unit's last figure joins its successor's first, drawn apart from both lines.
  for (const s of series) {
    const next = series.find((n) => n.unit.slug === s.unit.successorSlug);
    const last = s.points.at(-1);
    const first = next?.points[0];
    // Ranks out of different numbers of units (13th of 63, 21st of 34) are places in two tables: never one line.
    const outOf = (series: typeof s | undefined, period: string | undefined) => series?.observations.find((o) => o.period === period)?.outOf ?? null;
    const sameTable = outOf(s, last?.period) === outOf(next, first?.period);
    if (next && last && first && sameTable) {
      segments.push({ key: `join-${s.unit.slug}`, kind: "join", colour: 0, label: m.indicators.kinds.join, from: last, to: first });
    }
  }
  for (const c of chosen) {
    const colour = group.get(c.via) ?? 0;
    const start = Math.min(...series.filter((s) => s.chosen === c.unit.slug).flatMap((s) => s.points.map((p) => p.t)), targetTime(c.targets[0]?.year ?? 2025) - 365 * 86_400_000 * 3);
    for (const goal of c.targets) {
      segments.push({
        key: `target-${c.unit.slug}-${goal.year}`,
        kind: "target",
        colour,
        label: m.indicators.targetLabel(goal.year, t.name(c.unit), scopeLabel(goal.scope, t)),
        mark: m.report.chartTarget(goal.year, t.value(goal.value, indicator.unit)),
        from: { t: start, value: goal.value },
        to: { t: targetTime(goal.year), value: goal.value },
      });
    }
    if (c.needed) segments.push({ key: `needed-${c.unit.slug}`, kind: "needed", colour, label: `${m.indicators.kinds.needed} — ${t.name(c.unit)}`, from: c.needed[0], to: c.needed[1] });
    if (c.projection) {
      segments.push({ key: `projection-${c.unit.slug}`, kind: "projection", colour, label: `${m.indicators.kinds.projection} — ${t.name(c.unit)}`, from: c.projection.from, to: c.projection.to });
    }
  }
  const events = series.some((s) => s.role !== "own") || series.some((s) => s.unit.validFrom?.getTime() === MERGER_DAY) ? [{ t: MERGER_DAY, label: m.indicators.merger }] : [];
  return { lines, segments, events };
}

export interface IndicatorTableRow extends ChartRow {
  unitName: string;
  /** The figure as the source states it ("hơn 98,62%"); the bare value for computed rows. */
  display: string;
  qualifier: string | null;
  /** The day a to-date figure stands at. */
  asOf: Date | null;
  scope: string | null;
  source: SourceView | null;
}

/** Every point the chart draws, once, with what a reader needs to trust it. */
export function indicatorTable(view: IndicatorView, t: I18n): IndicatorTableRow[] {
  const { indicator, chosen, series } = view;
  const rows = chartRows({
    series: series.map((s) => ({ unit: s.unit.slug, points: s.points })),
    targets: chosen.flatMap((c) => c.targets.map((t) => ({ unit: c.unit.slug, year: t.year, value: t.value }))),
    needed: chosen.flatMap((c) => (c.needed ? [{ unit: c.unit.slug, from: c.needed[0], to: c.needed[1] }] : [])),
    projections: chosen.flatMap((c) => (c.projection ? [{ unit: c.unit.slug, from: c.projection.from, to: c.projection.to }] : [])),
  });
  const unitName = new Map(series.map((s) => [s.unit.slug, t.name(s.unit)]));
  return rows.map((row) => {
    const observation = row.kind === "observed" ? series.find((s) => s.unit.slug === row.unit)?.observations.find((o) => o.period === row.period) : undefined;
    const target = row.kind === "target" ? chosen.find((c) => c.unit.slug === row.unit)?.targets.find((goal) => goal.year === row.year) : undefined;
    const record = observation ?? target;
    return {
      ...row,
      // Computed points (needed path, trend) are given to two decimals, as the page shows them.
      value: record ? row.value : Math.round(row.value * 100) / 100,
      unitName: unitName.get(row.unit) ?? row.unit,
      display: observation ? t.figure(observation, indicator.unit) : t.value(row.value, indicator.unit),
      qualifier: observation?.qualifier ?? target?.comparator ?? null,
      asOf: observation?.asOf ?? null,
      scope: target ? target.scope : null,
      source: record?.source ?? null,
    };
  });
}
