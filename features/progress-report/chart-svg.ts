// A report's progress chart as one SVG document, drawn without a browser: the
// same picture is inlined in the report page (and so printed) and rendered to
// PNG for the Word file (features/progress-report/docx.ts). Each series has its own marker
// shape and dash as well as its colour, and targets are black dashed lines,
// so a greyscale print keeps them apart. Pure.
import { valueTicks } from "@/lib/domain/chart-scale";
import { formatNumber, formatValue, onHundredScale, type Locale, type Unit } from "@/lib/domain/format";
import { seriesColour } from "@/lib/domain/palette";

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

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
export const CHART_FONT = "DejaVu Sans";

const SHAPES = ["circle", "square", "triangle", "diamond"] as const;
const MARGIN = { left: 56, right: 20, top: 16, bottom: 64 };
const DAY = 86_400_000;

export function progressChartSvg(input: { title: string; unit: Unit; locale: Locale; series: readonly ChartSeries[]; targets: readonly ChartTarget[] }): string {
  const { unit, locale, series, targets } = input;
  const width = CHART_WIDTH;
  const height = CHART_HEIGHT;
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };

  const times = series.flatMap((s) => s.points.map((p) => p.t));
  const years = [...times.map((t) => new Date(t).getUTCFullYear()), ...targets.map((t) => t.year)];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear, 11, 31) + DAY;
  const values = [...series.flatMap((s) => s.points.map((p) => p.value)), ...targets.map((t) => t.value)];
  const top = onHundredScale(unit) ? 100 : Math.max(...values, 0) * 1.1 || 1;
  const ticks = valueTicks(top, unit);
  const yMax = Math.max(top, ticks.at(-1) ?? top);

  const x = (t: number) => plot.x + ((t - t0) / (t1 - t0)) * plot.w;
  const y = (v: number) => plot.y + plot.h - (v / yMax) * plot.h;
  const f = (n: number) => n.toFixed(1);
  const out: string[] = [];

  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}, sans-serif" font-size="11">`);
  out.push(`<title>${escapeXml(input.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);

  // Value axis: gridlines and labels.
  for (const tick of ticks) {
    out.push(`<line x1="${f(plot.x)}" x2="${f(plot.x + plot.w)}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="#d4d4d8" stroke-width="1"/>`);
    out.push(`<text x="${f(plot.x - 6)}" y="${f(y(tick) + 4)}" text-anchor="end" fill="#334155">${escapeXml(axisLabel(tick, unit, locale))}</text>`);
  }
  // Time axis: a label per year, thinned to about eight.
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const start = x(Date.UTC(year, 0, 1));
    out.push(`<line x1="${f(start)}" x2="${f(start)}" y1="${f(plot.y + plot.h)}" y2="${f(plot.y + plot.h + 4)}" stroke="#334155"/>`);
    if (year <= lastYear && (year - firstYear) % step === 0) {
      out.push(`<text x="${f(x(Date.UTC(year, 6, 1)))}" y="${f(plot.y + plot.h + 16)}" text-anchor="middle" fill="#334155">${year}</text>`);
    }
  }
  out.push(`<line x1="${f(plot.x)}" x2="${f(plot.x + plot.w)}" y1="${f(plot.y + plot.h)}" y2="${f(plot.y + plot.h)}" stroke="#334155"/>`);

  // Labels are placed one by one, each where it covers none placed before it (else where it covers least):
  // first each series' last value, beside its point, below it or to its left; then each target's, above or
  // below its line, at its end or at its start.
  // What a label must not cover: every figure's marker and every target's line, then the labels placed before it.
  const placed: Box[] = [
    ...series.flatMap((s) => s.points.map((p) => ({ x0: x(p.t) - 6, x1: x(p.t) + 6, y0: y(p.value) - 6, y1: y(p.value) + 6 }))),
    ...targets.map((target) => ({ x0: plot.x, x1: x(Date.UTC(target.year, 11, 31) + DAY), y0: y(target.value) - 1, y1: y(target.value) + 1 })),
  ];
  const axisBottom = plot.y + plot.h;
  const label = (text: string, candidates: ReadonlyArray<{ x: number; y: number; anchor: "start" | "end" }>, attributes: string) => {
    const boxes = candidates.map((c) => ({ ...c, box: textBox(text, c.x, c.y, c.anchor) })).filter((c) => c.box.x0 >= 0 && c.box.x1 <= width && c.box.y0 >= 0 && c.box.y1 <= axisBottom);
    const covered = (b: Box) => placed.reduce((sum, p) => sum + overlapArea(p, b), 0);
    const chosen = boxes.find((c) => covered(c.box) === 0) ?? [...boxes].sort((a, b) => covered(a.box) - covered(b.box))[0] ?? { ...candidates[0]!, box: textBox(text, candidates[0]!.x, candidates[0]!.y, candidates[0]!.anchor) };
    placed.push(chosen.box);
    out.push(`<text x="${f(chosen.x)}" y="${f(chosen.y)}"${chosen.anchor === "end" ? ' text-anchor="end"' : ""} ${attributes}>${escapeXml(text)}</text>`);
  };
  const labelLater: Array<() => void> = [];

  // Targets: black dashed, from the chart's start to the end of their year, labelled at their end (or start).
  for (const target of targets) {
    const end = x(Date.UTC(target.year, 11, 31) + DAY);
    out.push(`<line x1="${f(plot.x)}" x2="${f(end)}" y1="${f(y(target.value))}" y2="${f(y(target.value))}" stroke="#111827" stroke-width="1.5" stroke-dasharray="8 3 2 3"/>`);
  }
  for (const target of [...targets].sort((a, b) => a.year - b.year)) {
    const end = x(Date.UTC(target.year, 11, 31) + DAY);
    const at = y(target.value);
    labelLater.push(() =>
      label(
        target.label,
        [
          ...[-5, 15].map((dy) => ({ x: end - 2, y: at + dy, anchor: "end" as const })),
          ...[-5, 15].map((dy) => ({ x: plot.x + 4, y: at + dy, anchor: "start" as const })),
          ...[-19, 29].map((dy) => ({ x: end - 2, y: at + dy, anchor: "end" as const })),
        ],
        'fill="#111827" font-weight="bold"',
      ),
    );
  }

  // Series: a line with its own marker shape, the last value written beside its point.
  series.forEach((s, i) => {
    const colour = seriesColour(i);
    const shape = SHAPES[i % SHAPES.length]!;
    const points = [...s.points].sort((a, b) => a.t - b.t);
    if (points.length > 1) {
      const path = points.map((p, j) => `${j === 0 ? "M" : "L"}${f(x(p.t))},${f(y(p.value))}`).join("");
      out.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.25"${s.earlier ? ' stroke-dasharray="6 3"' : ""}/>`);
    }
    for (const p of points) out.push(marker(shape, x(p.t), y(p.value), colour, s.earlier));
    const last = points.at(-1);
    if (last) {
      const [px, py] = [x(last.t), y(last.value)];
      label(
        formatValue(last.value, unit, locale),
        [
          { x: px + 7, y: py - 7, anchor: "start" },
          { x: px + 7, y: py + 17, anchor: "start" },
          { x: px - 7, y: py - 7, anchor: "end" },
          { x: px - 7, y: py + 17, anchor: "end" },
          { x: px + 7, y: py - 21, anchor: "start" },
        ],
        'fill="#0f172a" font-weight="bold"',
      );
    }
  });

  for (const place of labelLater) place();

  // Legend: marker and name of each series, under the axis.
  let lx = plot.x;
  let ly = plot.y + plot.h + 36;
  series.forEach((s, i) => {
    const width = 22 + s.label.length * 6.4;
    if (lx + width > plot.x + plot.w && lx > plot.x) {
      lx = plot.x;
      ly += 16;
    }
    out.push(marker(SHAPES[i % SHAPES.length]!, lx + 5, ly - 4, seriesColour(i), s.earlier));
    out.push(`<text x="${f(lx + 14)}" y="${f(ly)}" fill="#0f172a">${escapeXml(s.label)}</text>`);
    lx += width + 12;
  });

  out.push("</svg>");
  return out.join("");
}

/** The box a line of text takes, 11 px bold: wide enough for DejaVu Sans, so two labels said apart never touch. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const CHAR_WIDTH = 7.5;
const TEXT_HEIGHT = 11;

export function textBox(text: string, x: number, y: number, anchor: "start" | "middle" | "end"): Box {
  const w = text.length * CHAR_WIDTH;
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - TEXT_HEIGHT + 2, y1: y + 3 };
}

export function overlaps(a: Box, b: Box): boolean {
  return overlapArea(a, b) > 0;
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

function axisLabel(value: number, unit: Unit, locale: Locale): string {
  return unit === "PERCENT" ? `${formatNumber(value, locale)}%` : formatNumber(value, locale);
}

function marker(shape: (typeof SHAPES)[number], cx: number, cy: number, colour: string, hollow: boolean): string {
  const paint = `fill="${hollow ? "#ffffff" : colour}" stroke="${colour}" stroke-width="1.75"`;
  const s = 4.5;
  const f = (n: number) => n.toFixed(1);
  switch (shape) {
    case "circle":
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${s}" ${paint}/>`;
    case "square":
      return `<rect x="${f(cx - s)}" y="${f(cy - s)}" width="${2 * s}" height="${2 * s}" ${paint}/>`;
    case "triangle":
      return `<polygon points="${f(cx)},${f(cy - s - 1)} ${f(cx + s + 1)},${f(cy + s)} ${f(cx - s - 1)},${f(cy + s)}" ${paint}/>`;
    case "diamond":
      return `<polygon points="${f(cx)},${f(cy - s - 1)} ${f(cx + s + 1)},${f(cy)} ${f(cx)},${f(cy + s + 1)} ${f(cx - s - 1)},${f(cy)}" ${paint}/>`;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}
