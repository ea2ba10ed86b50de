// The one chart wrapper of the public pages: each chart is drawn on the server
// as SVG (lib/charts) — readable before any script runs, without script, and in
// print — at a few widths, of which the container shows the one that keeps its
// labels at least 11 px; recharts takes its place on intent (ChartOnIntent).
import { ChartOnIntent } from "@/components/charts/ChartOnIntent";
import { compareChartSvg, WIDE_FROM, type CompareChartSpec } from "@/lib/charts/compare-chart";
import { timeChartSvg, type TimeChartSpec } from "@/lib/charts/time-chart";

/** Each drawing's width in the SVG's own units, and from which container width it is shown: never scaled below 11 px text. */
const FRAMES = [
  { width: 320, height: 240, fontSize: 12, className: "block @min-[26rem]:hidden" },
  { width: 416, height: 260, fontSize: 11, className: "hidden @min-[26rem]:block @min-[35rem]:hidden" },
  { width: 560, height: 290, fontSize: 11, className: "hidden @min-[35rem]:block @min-[46rem]:hidden" },
  { width: 736, height: 320, fontSize: 11, className: "hidden @min-[46rem]:block @min-[60rem]:hidden" },
  { width: 960, height: 360, fontSize: 11, className: "hidden @min-[60rem]:block" },
] as const;

/** The drawings, and the words describing them once for all widths (hidden: a description is read where a drawing points to it). */
function Drawings({ svgs, descId, desc }: { svgs: Array<{ svg: string; className: string }>; descId: string; desc?: string }) {
  return (
    <div className="@container">
      {svgs.map(({ svg, className }, i) => (
        <div key={i} className={className} dangerouslySetInnerHTML={{ __html: svg }} />
      ))}
      {desc ? (
        <p id={descId} hidden>
          {desc}
        </p>
      ) : null}
    </div>
  );
}

export function TimeChartView({ id, spec }: { id: string; spec: TimeChartSpec & { desc: string } }) {
  const descId = `${id}-desc`;
  const svgs = FRAMES.map((frame) => ({ className: frame.className, svg: timeChartSvg(spec, { ...frame, id: `${id}-${frame.width}`, fluid: true, describedBy: descId }) }));
  return (
    <ChartOnIntent
      chart={{
        kind: "time",
        props: { title: spec.title, desc: spec.desc, unit: spec.unit, locale: spec.locale, lines: spec.lines, segments: spec.segments, events: [...(spec.events ?? [])], reversed: spec.reversed },
      }}
    >
      <Drawings svgs={svgs} descId={descId} desc={spec.desc} />
    </ChartOnIntent>
  );
}

export function CompareChartView({ id, spec, targetLabel }: { id: string; spec: CompareChartSpec; targetLabel: string }) {
  const descId = `${id}-desc`;
  const svgs = FRAMES.map((frame) => ({
    className: frame.className,
    svg: compareChartSvg(spec, { width: frame.width, fontSize: frame.fontSize, id: `${id}-${frame.width}`, fluid: true, describedBy: spec.desc ? descId : undefined }).svg,
  }));
  return (
    <ChartOnIntent minWidth={WIDE_FROM} chart={{ kind: "compare", props: { rows: [...spec.rows], series: [...spec.series], title: spec.title, noDataLabel: spec.noData, targetLabel, locale: spec.locale } }}>
      <Drawings svgs={svgs} descId={descId} desc={spec.desc} />
    </ChartOnIntent>
  );
}
