// Figures over time as one SVG document, drawn without a browser: the web
// pages inline it (so it reads before any script runs, and prints), the
// progress report inlines it, and its Word file and the share images render
// it to PNG. One line per unit with its own colour and marker shape, a unit
// before or after a merger dashed with hollow markers, targets and the other
// kinds of segment each with their dash, ranks with rank 1 at the top, and a
// line that breaks where a period has no figure. Pure.
import { valueTicks } from "@/lib/domain/chart-scale";
import { formatNumber, formatValue, type Locale, type Unit } from "@/lib/domain/format";
import {
  colourOf,
  DASHES,
  escapeXml,
  INK,
  JOIN_COLOUR,
  LINE_WIDTH,
  markerSvg,
  overlapArea,
  shapeOf,
  textBox,
  type Box,
  type MarkerShape,
  type SegmentKind,
} from "@/lib/charts/marks";

export interface TimePoint {
  t: number;
  /** A period without a figure: the line breaks there. */
  value: number | null;
  /** The figure in words with its period, for the tooltip. */
  caption?: string;
  /** The figure as written on the chart, where not the value in its unit ("17/63" for a rank). */
  label?: string;
}

/** One unit's figures. `lineage` lines (a predecessor or successor) are thinner and dashed, with hollow markers. */
export interface TimeChartLine {
  key: string;
  label: string;
  colour: number;
  shape: MarkerShape;
  lineage: boolean;
  points: TimePoint[];
}

export interface TimeChartSegment {
  key: string;
  kind: SegmentKind;
  /** The unit's colour, or ink for a line of no unit's own. */
  colour: number | "ink";
  label: string;
  /** Written on the chart beside the line's end ("Mục tiêu 2025: 80%"). */
  mark?: string;
  from: { t: number; value: number };
  to: { t: number; value: number };
}

export interface TimeChartSpec {
  title: string;
  /** What the chart shows in words: units, period range, latest figures, targets. */
  desc?: string;
  unit: Unit;
  locale: Locale;
  lines: readonly TimeChartLine[];
  segments: readonly TimeChartSegment[];
  events?: ReadonlyArray<{ t: number; label: string }>;
  /** Rank 1 at the top. */
  reversed?: boolean;
  /** Each line's marker and name under the axis (the Word file and share images have no HTML key). */
  legend?: boolean;
  /** Said in the frame when no line has a figure. */
  noData?: string;
}

export interface ChartFrame {
  width: number;
  height: number;
  fontSize?: number;
  /** Prefix of the title's and description's ids: an inline chart is named by them. */
  id?: string;
  /** As wide as its container, its height following (the web pages); else its own size in pixels. */
  fluid?: boolean;
  /**
   * The id of a description kept outside the drawing, which the drawing points to instead of carrying
   * its own: a page that draws one chart at several widths says it once.
   */
  describedBy?: string;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
export const CHART_FONT = "DejaVu Sans";

const DAY = 86_400_000;
const yearOf = (t: number) => new Date(t).getUTCFullYear();
const f = (n: number) => n.toFixed(1);

export function timeChartSvg(spec: TimeChartSpec, frame: ChartFrame = { width: CHART_WIDTH, height: CHART_HEIGHT }): string {
  const { unit, locale, segments, reversed = false } = spec;
  const events = spec.events ?? [];
  const { width, height } = frame;
  const fs = frame.fontSize ?? 11;
  const out: string[] = [openSvg(spec, frame)];
  const lines = spec.lines.filter((l) => l.points.some((p) => p.value !== null));
  const values = [...lines.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value]))), ...segments.flatMap((s) => [s.from.value, s.to.value])];
  if (values.length === 0) {
    if (spec.noData) out.push(`<text x="${f(width / 2)}" y="${f(height / 2)}" text-anchor="middle" font-style="italic" fill="#475569">${escapeXml(spec.noData)}</text>`);
    out.push("</svg>");
    return out.join("");
  }

  // The value axis: rank 1 at the top of a rank chart, else zero at the bottom.
  const ticks = valueTicks(Math.max(...values), unit);
  const [lo, hi] = [ticks[0] ?? 0, ticks.at(-1) ?? 1];
  const tickText = (v: number) => (unit === "PERCENT" ? `${formatNumber(v, locale)}%` : formatNumber(v, locale));
  const charW = fs * 0.62;
  const legendRows = spec.legend ? legendLayout(spec.lines, width, fs) : [];
  const margin = {
    left: Math.max(...ticks.map((v) => tickText(v).length)) * charW + 12,
    right: 16,
    top: 16,
    bottom: fs + 14 + (legendRows.length > 0 ? legendRows.length * (fs + 5) + 12 : 0),
  };
  const plot = { x: margin.left, y: margin.top, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const bottom = plot.y + plot.h;

  const times = [...lines.flatMap((l) => l.points.map((p) => p.t)), ...segments.flatMap((s) => [s.from.t, s.to.t]), ...events.map((e) => e.t)];
  const firstYear = yearOf(Math.min(...times));
  const lastYear = yearOf(Math.max(...times) - 1);
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear + 1, 0, 1);
  const x = (t: number) => plot.x + ((t - t0) / (t1 - t0)) * plot.w;
  const y = (v: number) => (reversed ? plot.y + ((v - lo) / (hi - lo)) * plot.h : bottom - ((v - lo) / (hi - lo)) * plot.h);

  for (const tick of ticks) {
    out.push(`<line x1="${f(plot.x)}" x2="${f(plot.x + plot.w)}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="#d4d4d8" stroke-width="1"/>`);
    out.push(`<text x="${f(plot.x - 6)}" y="${f(y(tick) + fs * 0.36)}" text-anchor="end" fill="#334155">${escapeXml(tickText(tick))}</text>`);
  }
  // The time axis: each year a band from 1 January to 1 January, its label in the middle, thinned where bands are narrow.
  const band = plot.w / (lastYear - firstYear + 1);
  const step = Math.max(1, Math.ceil((4 * charW + 8) / band));
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const start = x(Date.UTC(year, 0, 1));
    if (year > firstYear && year <= lastYear) out.push(`<line x1="${f(start)}" x2="${f(start)}" y1="${f(plot.y)}" y2="${f(bottom)}" stroke="#eef2f6"/>`);
    out.push(`<line x1="${f(start)}" x2="${f(start)}" y1="${f(bottom)}" y2="${f(bottom + 4)}" stroke="#334155"/>`);
    if (year <= lastYear && (lastYear - year) % step === 0) {
      out.push(`<text x="${f(start + band / 2)}" y="${f(bottom + fs + 4)}" text-anchor="middle" fill="#334155">${year}</text>`);
    }
  }
  out.push(`<line x1="${f(plot.x)}" x2="${f(plot.x + plot.w)}" y1="${f(bottom)}" y2="${f(bottom)}" stroke="#334155"/>`);

  // Labels are placed one by one, each where it covers nothing placed before it (else, where a label must be
  // written, where it covers least): first the events', then each line's latest figure, then each segment's mark.
  const placed: Box[] = [
    ...lines.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [{ x0: x(p.t) - 6, x1: x(p.t) + 6, y0: y(p.value) - 6, y1: y(p.value) + 6 }]))),
    ...segments.filter((s) => s.kind === "target").map((s) => ({ x0: x(s.from.t), x1: x(s.to.t), y0: y(s.to.value) - 1, y1: y(s.to.value) + 1 })),
  ];
  const texts: string[] = [];
  const label = (text: string, candidates: ReadonlyArray<{ x: number; y: number; anchor: "start" | "end" }>, attributes: string, required: boolean) => {
    const boxes = candidates
      .map((c) => ({ ...c, box: textBox(text, c.x, c.y, c.anchor, fs) }))
      .filter((c) => c.box.x0 >= 2 && c.box.x1 <= width - 4 && c.box.y0 >= 0 && c.box.y1 <= bottom);
    const covered = (b: Box) => placed.reduce((sum, p) => sum + overlapArea(p, b), 0);
    const clear = boxes.find((c) => covered(c.box) === 0);
    if (!clear && !required) return;
    const first = candidates[0]!;
    const chosen = clear ?? [...boxes].sort((a, b) => covered(a.box) - covered(b.box))[0] ?? { ...first, box: textBox(text, first.x, first.y, first.anchor, fs) };
    placed.push(chosen.box);
    texts.push(`<text x="${f(chosen.x)}" y="${f(chosen.y)}"${chosen.anchor === "end" ? ' text-anchor="end"' : ""} ${attributes}>${escapeXml(text)}</text>`);
  };

  for (const event of events) {
    const at = x(event.t);
    out.push(`<line x1="${f(at)}" x2="${f(at)}" y1="${f(plot.y)}" y2="${f(bottom)}" stroke="#64748b" stroke-dasharray="4 2" class="chart-event"/>`);
    label(event.label, [{ x: at + 4, y: plot.y + fs, anchor: "start" }, { x: at - 4, y: plot.y + fs, anchor: "end" }], 'fill="#334155"', true);
  }

  for (const s of segments) {
    const stroke = s.kind === "join" ? JOIN_COLOUR : s.colour === "ink" ? INK : colourOf(s.colour);
    out.push(
      `<path class="chart-segment" data-kind="${s.kind}" d="M${f(x(s.from.t))},${f(y(s.from.value))}L${f(x(s.to.t))},${f(y(s.to.value))}" fill="none" stroke="${stroke}" stroke-width="${s.kind === "target" ? 2 : 1.5}" stroke-dasharray="${DASHES[s.kind]}"/>`,
    );
  }

  // A label a reader needs (the latest figure where there are few lines, a target) is always written.
  const few = lines.length <= 2;
  for (const l of lines) {
    const colour = colourOf(l.colour);
    out.push(`<g class="chart-series" data-series="${escapeXml(l.key)}">`);
    for (const run of runs(l.points)) {
      if (run.length < 2) continue;
      const d = run.map((p, j) => `${j === 0 ? "M" : "L"}${f(x(p.t))},${f(y(p.value))}`).join("");
      out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${l.lineage ? LINE_WIDTH.earlier : LINE_WIDTH.own}"${l.lineage ? ` stroke-dasharray="${DASHES.earlier}"` : ""} class="chart-line"/>`);
    }
    for (const p of l.points) if (p.value !== null) out.push(markerSvg(l.shape, x(p.t), y(p.value), colour, l.lineage, ' class="chart-point"'));
    out.push("</g>");
    const last = [...l.points].reverse().find((p) => p.value !== null);
    if (last && last.value !== null) {
      const [px, py] = [x(last.t), y(last.value)];
      const [near, far] = [fs * 0.64, fs * 1.55];
      label(
        last.label ?? formatValue(last.value, unit, locale),
        [
          { x: px + 7, y: py - near, anchor: "start" },
          { x: px + 7, y: py + far, anchor: "start" },
          { x: px - 7, y: py - near, anchor: "end" },
          { x: px - 7, y: py + far, anchor: "end" },
          { x: px + 7, y: py - near - fs * 1.3, anchor: "start" },
        ],
        'fill="#0f172a" font-weight="bold"',
        few,
      );
    }
  }

  const marks = segments.filter((s) => s.mark).sort((a, b) => a.to.t - b.to.t);
  for (const [i, s] of marks.entries()) {
    if (marks.slice(0, i).some((o) => o.mark === s.mark && o.to.value === s.to.value)) continue;
    const [end, start, at] = [x(s.to.t), x(s.from.t), y(s.to.value)];
    const [above, below] = [-fs * 0.45, fs * 1.36];
    label(
      s.mark!,
      [
        ...[above, below].map((dy) => ({ x: end - 2, y: at + dy, anchor: "end" as const })),
        // On the line, just past its end: a target ending before the chart does.
        { x: end + 6, y: at + fs * 0.36, anchor: "start" as const },
        ...[above, below].map((dy) => ({ x: start + 4, y: at + dy, anchor: "start" as const })),
        ...[above - fs * 1.3, below + fs * 1.3].map((dy) => ({ x: end - 2, y: at + dy, anchor: "end" as const })),
      ],
      `fill="${INK}" font-weight="bold"`,
      spec.legend === true || few,
    );
  }
  out.push(...texts);

  legendRows.forEach((row, r) => {
    const ly = bottom + fs + 14 + (r + 1) * (fs + 5);
    for (const item of row) {
      const l = spec.lines[item.index]!;
      out.push(markerSvg(l.shape, item.x + 5, ly - fs * 0.36, colourOf(l.colour), l.lineage));
      out.push(`<text x="${f(item.x + 14)}" y="${f(ly)}" fill="#0f172a">${escapeXml(l.label)}</text>`);
    }
  });

  out.push("</svg>");
  return out.join("");
}

function openSvg(spec: TimeChartSpec, frame: ChartFrame): string {
  return svgHead(spec, frame, frame.height, frame.fontSize ?? 11);
}

/** A chart's opening: its size, its name and description (or the id of the one it points to), and its white ground. */
export function svgHead(spec: { title: string; desc?: string }, frame: Omit<ChartFrame, "height">, height: number, fontSize: number): string {
  const { width, id, describedBy } = frame;
  const size = frame.fluid ? ' style="display:block;width:100%;height:auto"' : ` width="${width}" height="${height}"`;
  const description = describedBy ?? (spec.desc && id ? `${id}-desc` : null);
  const named = id ? ` role="img" aria-labelledby="${id}-title"${description ? ` aria-describedby="${description}"` : ""}` : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${size} viewBox="0 0 ${width} ${height}"${named} font-family="${CHART_FONT}, sans-serif" font-size="${fontSize}">`,
    `<title${id ? ` id="${id}-title"` : ""}>${escapeXml(spec.title)}</title>`,
    spec.desc && !describedBy ? `<desc${id ? ` id="${id}-desc"` : ""}>${escapeXml(spec.desc)}</desc>` : "",
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ].join("");
}

/** The stretches of a line between periods without a figure. */
function runs(points: readonly TimePoint[]): Array<Array<{ t: number; value: number }>> {
  const out: Array<Array<{ t: number; value: number }>> = [[]];
  for (const p of [...points].sort((a, b) => a.t - b.t)) {
    if (p.value === null) out.push([]);
    else out.at(-1)!.push({ t: p.t, value: p.value });
  }
  return out.filter((r) => r.length > 0);
}

function legendLayout(lines: readonly TimeChartLine[], width: number, fs: number) {
  const rows: Array<Array<{ index: number; x: number }>> = [[]];
  const left = 56;
  let lx = left;
  lines.forEach((l, index) => {
    const w = 22 + l.label.length * fs * 0.58;
    if (lx + w > width - 16 && lx > left) {
      rows.push([]);
      lx = left;
    }
    rows.at(-1)!.push({ index, x: lx });
    lx += w + 12;
  });
  return lines.length > 0 ? rows : [];
}

/** A report's series: its unit's own figures and, before a merger, each predecessor's. */
export interface ChartSeries {
  label: string;
  /** A predecessor's series (before a merger): drawn dashed, markers hollow. */
  earlier: boolean;
  points: Array<{ t: number; value: number }>;
}

export interface ChartTarget {
  year: number;
  value: number;
  label: string;
}

/** The progress report's chart (and its Word file's, and a share image's): its series and its targets in ink, with a key under the axis. */
export function progressChartSvg(input: { title: string; unit: Unit; locale: Locale; series: readonly ChartSeries[]; targets: readonly ChartTarget[] }): string {
  const start = Math.min(...input.series.flatMap((s) => s.points.map((p) => p.t)), ...input.targets.map((t) => Date.UTC(t.year, 0, 1)));
  const begin = Date.UTC(new Date(start).getUTCFullYear(), 0, 1);
  return timeChartSvg({
    title: input.title,
    unit: input.unit,
    locale: input.locale,
    legend: true,
    lines: input.series.map((s, i) => ({ key: String(i), label: s.label, colour: i, shape: shapeOf(i), lineage: s.earlier, points: s.points })),
    segments: input.targets.map((t) => ({
      key: `target-${t.year}`,
      kind: "target",
      colour: "ink",
      label: t.label,
      mark: t.label,
      from: { t: begin, value: t.value },
      to: { t: Date.UTC(t.year, 11, 31) + DAY, value: t.value },
    })),
  });
}
