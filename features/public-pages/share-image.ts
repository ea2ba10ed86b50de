// The picture a shared link shows (og:image), 1200×630, as one SVG: the
// site's name, the page's title, its latest figures with their period and
// source, and the progress chart of the report and its Word file
// (lib/charts/time-chart.ts) set in beside them. Rendered to PNG
// by lib/server/png.ts with the same fonts. Every line is fitted to its place
// (text-fit.ts): a long name wraps or ends in an ellipsis, it never runs
// over. Pure.
import { escapeXml } from "@/lib/charts/marks";
import { CHART_FONT, CHART_HEIGHT, CHART_WIDTH } from "@/lib/charts/time-chart";
import { ellipsize, fitSize, textWidth, wrapLines } from "@/features/public-pages/text-fit";

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareFigure {
  /** Whose or what figure it is: a unit's name, or an indicator's. */
  label: string;
  /** The figure as its source gives it ("hơn 70.000"); null: no data. */
  value: string | null;
  period: string | null;
  /** "Nguồn: …", where there is room for it. */
  source: string | null;
}

export interface ShareCard {
  site: string;
  /** What kind of page: a scorecard, an indicator, a report. */
  kind: string;
  title: string;
  subtitle: string | null;
  /** The chart's own title, above it. */
  chartTitle: string | null;
  /** A progress chart's SVG; null where there is nothing to draw. */
  chart: string | null;
  figures: ShareFigure[];
  /** "Chưa có số liệu" in the page's language. */
  noData: string;
}

const BRAND = "#0b4f8a";
const INK = "#0f172a";
const MUTED = "#475569";
const PAD = 40;
const BAND = 64;
const BOTTOM = SHARE_IMAGE.height - 24;
const PANEL = { x: 820, width: SHARE_IMAGE.width - 820 - PAD };
const CHART_AREA = { x: PAD, width: PANEL.x - PAD - 32 };

export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const out: string[] = [];
  const text = (x: number, y: number, size: number, content: string, options: { bold?: boolean; fill?: string; anchor?: "end" } = {}) =>
    out.push(
      `<text x="${x}" y="${y}" font-size="${size}"${options.bold ? ' font-weight="bold"' : ""} fill="${options.fill ?? INK}"${options.anchor ? ` text-anchor="${options.anchor}"` : ""}>${escapeXml(content)}</text>`,
    );

  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}, sans-serif">`);
  out.push(`<title>${escapeXml(card.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<rect width="${width}" height="${BAND}" fill="${BRAND}"/>`);
  // The site's name at the left, the kind of page at the right, each in what the other leaves.
  const kindWidth = Math.min(textWidth(card.kind, 22), 460);
  text(PAD, 42, 26, ellipsize(card.site, width - 2 * PAD - kindWidth - 32, 26, true), { bold: true, fill: "#ffffff" });
  text(width - PAD, 41, 22, ellipsize(card.kind, kindWidth, 22), { fill: "#ffffff", anchor: "end" });

  // The title: on one line if it fits at a readable size, else on two; smaller before it is cut.
  const titleWidth = width - 2 * PAD;
  const whole = card.title.replace(/\s+/g, " ").trim();
  const fits = (size: number, lines: number) => wrapLines(whole, titleWidth, size, lines, true).join(" ") === whole;
  const oneLine = [46, 42, 38].find((size) => fits(size, 1));
  const titleSize = oneLine ?? [46, 40, 34].find((size) => fits(size, 2)) ?? 34;
  let y = BAND + 16;
  for (const line of wrapLines(whole, titleWidth, titleSize, oneLine ? 1 : 2, true)) {
    y += titleSize * 1.2;
    text(PAD, Math.round(y - titleSize * 0.25), titleSize, line, { bold: true });
  }
  // The subtitle on two lines where the title took one.
  for (const line of card.subtitle ? wrapLines(card.subtitle, titleWidth, 24, oneLine ? 2 : 1) : []) {
    y += 32;
    text(PAD, Math.round(y - 4), 24, line, { fill: MUTED });
  }
  const top = Math.round(y + 24);
  out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${top - 10}" y2="${top - 10}" stroke="#e2e8f0" stroke-width="2"/>`);

  chartArea(card, top, out, text);
  figurePanel(card, top, text);

  out.push("</svg>");
  return out.join("");
}

type Text = (x: number, y: number, size: number, content: string, options?: { bold?: boolean; fill?: string; anchor?: "end" }) => void;

/** The chart, as large as the space under its title allows, at the chart's own proportions. */
function chartArea(card: ShareCard, top: number, out: string[], text: Text) {
  let y = top;
  if (card.chartTitle) {
    y += 24;
    text(CHART_AREA.x, y, 20, ellipsize(card.chartTitle, CHART_AREA.width, 20, true), { bold: true, fill: "#334155" });
    y += 8;
  }
  const room = BOTTOM - y;
  if (!card.chart) {
    out.push(`<rect x="${CHART_AREA.x}" y="${y}" width="${CHART_AREA.width}" height="${room}" rx="8" fill="#f8fafc" stroke="#cbd5e1" stroke-dasharray="6 4"/>`);
    text(CHART_AREA.x + CHART_AREA.width / 2 - textWidth(card.noData, 30) / 2, Math.round(y + room / 2 + 10), 30, card.noData, { fill: MUTED });
    return;
  }
  const scale = Math.min(CHART_AREA.width / CHART_WIDTH, room / CHART_HEIGHT);
  out.push(placed(card.chart, CHART_AREA.x, y, CHART_WIDTH * scale, CHART_HEIGHT * scale));
}

/** One line of the figure panel: its text, size and the height it takes. */
interface Row {
  text: string;
  size: number;
  bold?: boolean;
  fill: string;
  advance: number;
}

/**
 * The lines of one figure, from the roomiest to the densest: its label and
 * period on up to two lines each under a large figure; the period on one
 * line under a smaller figure; the label over one line of figure and period,
 * on two lines and then on one, so that six units fit.
 */
type Density = 0 | 1 | 2 | 3;

function figureRows(figure: ShareFigure, density: Density, several: boolean, noData: string): Row[] {
  const { width } = PANEL;
  const label = (lines: number, size: number) => wrapLines(figure.label, width, size, lines, true).map((text) => ({ text, size, bold: true, fill: "#334155", advance: size + 6 }));
  if (density >= 2) {
    const line = figure.value ? `${figure.value}${figure.period ? ` · ${figure.period}` : ""}` : noData;
    return [...label(density === 2 ? 2 : 1, 18), { text: ellipsize(line, width, 18), size: 18, fill: figure.value ? BRAND : MUTED, advance: 24 }];
  }
  const largest = density === 1 ? 32 : several ? 44 : 56;
  const size = figure.value ? fitSize(figure.value, width, largest, 24, true) : 28;
  const value: Row = figure.value
    ? { text: ellipsize(figure.value, width, size, true), size, bold: true, fill: BRAND, advance: Math.round(size * 1.15) }
    : { text: noData, size, fill: MUTED, advance: 36 };
  const period = figure.period ? wrapLines(figure.period, width, 20, density === 0 ? 2 : 1).map((text) => ({ text, size: 20, fill: MUTED, advance: 26 })) : [];
  return [...label(2, 20), value, ...period];
}

/**
 * Each figure under its label with its period, every figure shown (at the
 * first density at which all fit), and the sources in the room left.
 */
function figurePanel(card: ShareCard, top: number, text: Text) {
  const { x, width } = PANEL;
  if (card.figures.length === 0) return;
  const several = card.figures.length > 1;
  const GAP = [18, 14, 8, 8] as const;
  const plan = (density: Density) => {
    const rows = card.figures.map((figure) => figureRows(figure, density, several, card.noData));
    const height = rows.reduce((sum, r) => sum + r.reduce((h, row) => h + row.advance, 0) + GAP[density], 0);
    return { density, rows, room: BOTTOM - top - height };
  };
  const { density, rows, room } = [plan(0), plan(1), plan(2)].find((p) => p.room >= 0) ?? plan(3);
  const sourced = density >= 2 ? 0 : card.figures.filter((f) => f.source).length;
  const sourceLines = sourced === 0 ? 0 : Math.max(0, Math.min(several ? 3 : 6, Math.floor((room - sourced * 6) / sourced / 20)));
  let y = top;
  card.figures.forEach((figure, i) => {
    for (const row of rows[i]!) {
      y += row.advance;
      text(x, Math.round(y - row.advance * 0.22), row.size, row.text, { bold: row.bold, fill: row.fill });
    }
    if (figure.source && sourceLines > 0) {
      y += 6;
      for (const line of wrapLines(figure.source, width, 16, sourceLines)) text(x, (y += 20) - 4, 16, line, { fill: MUTED });
    }
    y += GAP[density];
  });
}

/** A whole SVG document set in at (x, y), scaled to width × height. */
function placed(svg: string, x: number, y: number, width: number, height: number): string {
  const open = /^<svg\b([^>]*)>/.exec(svg);
  if (!open) throw new Error("not an SVG document");
  const attributes = open[1]!.replace(/\s(?:xmlns|width|height)="[^"]*"/g, "");
  return `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"${attributes}>${svg.slice(open[0].length)}`;
}
