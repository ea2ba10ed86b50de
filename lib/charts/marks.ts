// The marks every chart shares — the web pages' (server SVG and the recharts
// one drawn on intent), the progress report's, its Word file's and the share
// images': a colour-blind-safe palette (lib/domain/palette.ts) with a second
// cue beside colour — a marker shape per unit and a dash pattern per kind of
// line — so a greyscale print still tells them apart. Pure.
import { seriesColour } from "@/lib/domain/palette";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "star" | "cross";
export type SegmentKind = "target" | "needed" | "projection" | "join";

export const SHAPES: readonly MarkerShape[] = ["circle", "square", "triangle", "diamond", "star", "cross"];
export const shapeOf = (i: number): MarkerShape => SHAPES[((i % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
export const colourOf = seriesColour;

/** Each kind of line its own dash; `earlier` is a unit's line before (or after) a merger. */
export const DASHES: Record<SegmentKind | "earlier", string> = { target: "10 3 2 3", needed: "2 3", projection: "7 4", join: "1 3", earlier: "6 3" };
/** Lines of no unit's own (a target the report draws for its one unit, a join between units). */
export const INK = "#111827";
export const JOIN_COLOUR = "#64748b";
export const MARKER_SIZE = 4.5;
export const LINE_WIDTH = { own: 2.5, earlier: 1.75 } as const;

/** A marker's element and geometry, the same for an SVG string and for React. */
export type Mark =
  | { tag: "circle"; attrs: { cx: number; cy: number; r: number } }
  | { tag: "rect"; attrs: { x: number; y: number; width: number; height: number } }
  | { tag: "polygon"; attrs: { points: string } }
  | { tag: "path"; attrs: { d: string } };

const f = (n: number) => Number(n.toFixed(1));

export function markShape(shape: MarkerShape, cx: number, cy: number, s = MARKER_SIZE): Mark {
  switch (shape) {
    case "square":
      return { tag: "rect", attrs: { x: f(cx - s), y: f(cy - s), width: 2 * s, height: 2 * s } };
    case "triangle":
      return { tag: "polygon", attrs: { points: pts([[cx, cy - s - 1], [cx + s + 1, cy + s], [cx - s - 1, cy + s]]) } };
    case "diamond":
      return { tag: "polygon", attrs: { points: pts([[cx, cy - s - 1], [cx + s + 1, cy], [cx, cy + s + 1], [cx - s - 1, cy]]) } };
    case "star":
      return { tag: "polygon", attrs: { points: pts(star(cx, cy, s + 1.5)) } };
    case "cross":
      return { tag: "path", attrs: { d: `M${f(cx - s)},${f(cy - s)}L${f(cx + s)},${f(cy + s)}M${f(cx + s)},${f(cy - s)}L${f(cx - s)},${f(cy + s)}` } };
    default:
      return { tag: "circle", attrs: { cx: f(cx), cy: f(cy), r: s } };
  }
}

/** How a marker is painted: a cross is a stroke only; an earlier unit's marker is hollow. */
export function markPaint(shape: MarkerShape, colour: string, hollow: boolean) {
  return shape === "cross" ? { fill: "none", stroke: colour, strokeWidth: 2.5 } : { fill: hollow ? "#ffffff" : colour, stroke: colour, strokeWidth: 1.75 };
}

/** The marker as SVG markup. */
export function markerSvg(shape: MarkerShape, cx: number, cy: number, colour: string, hollow: boolean, extra = "", size = MARKER_SIZE): string {
  const { tag, attrs } = markShape(shape, cx, cy, size);
  const paint = markPaint(shape, colour, hollow);
  const geometry = Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  return `<${tag} ${geometry} fill="${paint.fill}" stroke="${paint.stroke}" stroke-width="${paint.strokeWidth}"${extra}/>`;
}

function pts(points: Array<[number, number]>): string {
  return points.map(([x, y]) => `${f(x)},${f(y)}`).join(" ");
}

function star(cx: number, cy: number, r: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r / 2.2;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as [number, number];
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** The box a line of text takes at a font size (11 px by default): wide enough for DejaVu Sans bold, so two labels said apart never touch. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function textBox(text: string, x: number, y: number, anchor: "start" | "middle" | "end", size = 11): Box {
  const w = textWidth(text, size);
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - size + 2, y1: y + 3 };
}

/** A bold line's width in DejaVu Sans, on the generous side: "%", "M" and "W" are wider than most letters. */
export function textWidth(text: string, size = 11): number {
  let em = 0;
  for (const c of text) em += c === "%" ? 1.05 : /[MWmw—]/.test(c) ? 1.0 : c === " " ? 0.38 : 0.68;
  return em * size;
}

export function overlaps(a: Box, b: Box): boolean {
  return overlapArea(a, b) > 0;
}

export function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}
