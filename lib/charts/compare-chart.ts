// Units side by side as one SVG document: one group of horizontal bars per
// indicator (long Vietnamese names read better across than under a column),
// a bar per unit in its colour with its marker shape at the bar's foot, its
// figure and period written on it, and its target as an ink tick. A unit
// without a figure gets its slot with "no data" in words, never a zero-length
// bar. On a narrow frame each indicator's name goes above its bars. Pure.
import { formatValue, type Locale } from "@/lib/domain/format";
import { colourOf, escapeXml, INK, markerSvg, shapeOf } from "@/lib/charts/marks";
import { svgHead, type ChartFrame } from "@/lib/charts/time-chart";

export interface CompareChartSeries {
  key: string;
  label: string;
}

/** One row per indicator: `values[key]` and `targets[key]` per unit, in percent. */
export interface CompareChartRow {
  label: string;
  values: Record<string, number | null>;
  targets: Record<string, number | null>;
  /** The period of each unit's figure ("2022", "6T đầu 2023"), on its bar and in the tooltip. */
  periods: Record<string, string | null>;
}

export interface CompareChartSpec {
  title: string;
  desc?: string;
  locale: Locale;
  rows: readonly CompareChartRow[];
  series: readonly CompareChartSeries[];
  noData: string;
}

/** Narrower than this, an indicator's name goes above its bars. */
export const WIDE_FROM = 560;

const f = (n: number) => n.toFixed(1);

/** The chart and the height it takes at the frame's width. */
export function compareChartSvg(spec: CompareChartSpec, frame: Omit<ChartFrame, "height">): { svg: string; height: number } {
  const { width } = frame;
  const fs = frame.fontSize ?? 11;
  const wide = width >= WIDE_FROM;
  const charW = fs * 0.6;
  const labelColumn = wide ? Math.min(220, Math.round(width * 0.3)) : 0;
  const plot = { x: labelColumn + 18, w: width - labelColumn - 18 - 12 };
  const bar = fs + 6;
  const gap = 4;
  const x = (v: number) => plot.x + (Math.max(0, Math.min(100, v)) / 100) * plot.w;

  const body: string[] = [];
  let top = 8;
  for (const row of spec.rows) {
    const name = wrap(row.label, Math.floor((wide ? labelColumn - 8 : width - 8) / charW), 4);
    const barsHeight = spec.series.length * (bar + gap) - gap;
    if (!wide) {
      name.forEach((line, i) => body.push(`<text x="4" y="${f(top + fs + i * (fs + 3))}" fill="#334155" font-weight="bold">${escapeXml(line)}</text>`));
      top += name.length * (fs + 3) + 6;
    } else {
      const middle = top + barsHeight / 2 - ((name.length - 1) * (fs + 3)) / 2 + fs * 0.36;
      name.forEach((line, i) => body.push(`<text x="${labelColumn - 4}" y="${f(middle + i * (fs + 3))}" text-anchor="end" fill="#334155">${escapeXml(line)}</text>`));
    }
    spec.series.forEach((s, i) => {
      const y0 = top + i * (bar + gap);
      const text = y0 + bar / 2 + fs * 0.36;
      const colour = colourOf(i);
      body.push(`<g class="chart-series" data-series="${escapeXml(s.key)}">`);
      body.push(markerSvg(shapeOf(i), plot.x - 9, y0 + bar / 2, colour, false, ' class="chart-point"', 4));
      const value = row.values[s.key];
      if (typeof value !== "number") {
        body.push(`<text x="${f(plot.x + 4)}" y="${f(text)}" font-style="italic" fill="#475569">${escapeXml(spec.noData)}</text>`);
      } else {
        const end = x(value);
        body.push(`<rect x="${f(plot.x)}" y="${f(y0)}" width="${f(end - plot.x)}" height="${bar}" fill="${colour}" class="chart-bar"/>`);
        // The figure with its period where it fits, inside the bar or after it; else the figure alone (the period is in the table).
        const short = formatValue(value, "PERCENT", spec.locale);
        const period = row.periods[s.key];
        const full = period ? `${short} · ${period}` : short;
        const room = (t: string) => t.length * charW * 1.08 + 8;
        const after = plot.x + plot.w - end;
        const inside = end - plot.x;
        const [textOut, within] =
          inside >= room(full) ? [full, true] : after >= room(full) ? [full, false] : inside >= room(short) ? [short, true] : [short, false];
        body.push(
          `<text x="${f(within ? end - 4 : end + 4)}" y="${f(text)}"${within ? ' text-anchor="end"' : ""} font-weight="bold" fill="${within ? "#ffffff" : "#0f172a"}">${escapeXml(textOut)}</text>`,
        );
      }
      const target = row.targets[s.key];
      if (typeof target === "number") body.push(`<rect x="${f(x(target) - 1.5)}" y="${f(y0 - 3)}" width="3" height="${bar + 6}" fill="${INK}" class="chart-target"/>`);
      body.push("</g>");
    });
    top += Math.max(barsHeight, wide ? name.length * (fs + 3) : 0) + 16;
  }

  // The scale under the bars: 0–100 %, gridlines through every group.
  const axis = top;
  const grid: string[] = [];
  for (let v = 0; v <= 100; v += wide ? 20 : 25) {
    grid.push(`<line x1="${f(x(v))}" x2="${f(x(v))}" y1="4" y2="${f(axis)}" stroke="#e2e8f0" stroke-dasharray="3 3"/>`);
    grid.push(`<text x="${f(x(v))}" y="${f(axis + fs + 4)}" text-anchor="${v === 100 ? "end" : "middle"}" fill="#334155">${formatValue(v, "PERCENT", spec.locale)}</text>`);
  }
  grid.push(`<line x1="${f(plot.x)}" x2="${f(plot.x + plot.w)}" y1="${f(axis)}" y2="${f(axis)}" stroke="#334155"/>`);
  const height = Math.round(axis + fs + 10);

  const svg = [
    svgHead(spec, frame, height, fs),
    ...grid,
    ...body,
    "</svg>",
  ].join("");
  return { svg, height };
}

/** Words to lines of at most `width` characters; past `maxLines`, the last ends in an ellipsis. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && (current + " " + word).length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
