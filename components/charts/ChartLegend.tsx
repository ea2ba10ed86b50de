import { colourOf, DASHES, Marker, SHAPES, type SegmentKind } from "@/components/charts/marks";
import { INK, LINE_WIDTH } from "@/lib/charts/marks";
import type { TimeChartLine, TimeChartSegment } from "@/lib/charts/time-chart";
import { useI18n } from "@/lib/i18n/server";

/** The chart's key in HTML: readable without the chart's script, and in print. */
export function ChartLegend({ lines, segments }: { lines: readonly TimeChartLine[]; segments: readonly TimeChartSegment[] }) {
  const { m } = useI18n();
  const kinds = (["target", "needed", "projection", "join"] as const).filter((k) => segments.some((s) => s.kind === k));
  const targets = segments.filter((s) => s.kind === "target");
  return (
    <figcaption className="mt-2 space-y-1 text-xs text-slate-700">
      <span className="sr-only">{m.indicators.legend}</span>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {lines.map((l) => (
          <li key={l.key} className="inline-flex items-center gap-1.5">
            <svg width="22" height="14" aria-hidden="true">
              <line x1="0" y1="7" x2="22" y2="7" stroke={colourOf(l.colour)} strokeWidth={l.lineage ? LINE_WIDTH.earlier : LINE_WIDTH.own} strokeDasharray={l.lineage ? DASHES.earlier : undefined} />
              <Marker cx={11} cy={7} shape={l.shape} colour={colourOf(l.colour)} hollow={l.lineage} size={4} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      {targets.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {targets.map((t) => (
            <li key={t.key} className="inline-flex items-center gap-1.5">
              <svg width="28" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="28" y2="4" stroke={t.colour === "ink" ? INK : colourOf(t.colour)} strokeWidth="2" strokeDasharray={DASHES.target} />
              </svg>
              {t.label}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {kinds.map((kind: SegmentKind) => (
          <li key={kind} className="inline-flex items-center gap-1.5">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" stroke="#334155" strokeWidth="2" strokeDasharray={DASHES[kind]} />
            </svg>
            {m.indicators.kinds[kind]}: {m.indicators.kindHelp[kind]}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}

/** The comparison's key in HTML: each unit's colour and marker, and the target's tick. */
export function CompareLegend({ series, targetLabel }: { series: ReadonlyArray<{ key: string; label: string }>; targetLabel: string }) {
  return (
    <figcaption className="mt-2 text-xs text-slate-700">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {series.map((s, i) => (
          <li key={s.key} className="inline-flex items-center gap-1.5">
            <svg width="28" height="14" aria-hidden="true">
              <Marker cx={6} cy={7} shape={SHAPES[i % SHAPES.length]!} colour={colourOf(i)} hollow={false} size={3.5} />
              <rect x="13" y="2" width="15" height="10" fill={colourOf(i)} />
            </svg>
            {s.label}
          </li>
        ))}
        <li className="inline-flex items-center gap-1.5">
          <svg width="6" height="14" aria-hidden="true">
            <rect x="1" width="3" height="14" fill={INK} />
          </svg>
          {targetLabel}
        </li>
      </ul>
    </figcaption>
  );
}
