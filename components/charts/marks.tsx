// The marks every chart and its legend share: a colour-blind-safe palette
// (lib/domain/palette.ts, the report's charts' too) with a second cue beside
// colour — a marker shape per unit and a dash pattern per kind of line.
import { seriesColour } from "@/lib/domain/palette";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";
export type SegmentKind = "target" | "needed" | "projection" | "join";

export const SHAPES: readonly MarkerShape[] = ["circle", "square", "triangle", "diamond", "star", "cross"];
export const colourOf = seriesColour;

export const DASHES: Record<SegmentKind, string> = { target: "10 3 2 3", needed: "2 3", projection: "7 4", join: "1 3" };

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** The marker's shape tells the units apart where colours cannot. */
export function Marker({
  cx = 0,
  cy = 0,
  shape,
  colour,
  hollow,
  size = 5,
  className,
}: DotProps & { shape: MarkerShape; colour: string; hollow: boolean; size?: number; className?: string }) {
  const paint = { fill: hollow ? "#fff" : colour, stroke: colour, strokeWidth: 1.75, className };
  const s = size;
  switch (shape) {
    case "square":
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...paint} />;
    case "triangle":
      return <polygon points={`${cx},${cy - s - 1} ${cx + s + 1},${cy + s} ${cx - s - 1},${cy + s}`} {...paint} />;
    case "diamond":
      return <polygon points={`${cx},${cy - s - 1} ${cx + s + 1},${cy} ${cx},${cy + s + 1} ${cx - s - 1},${cy}`} {...paint} />;
    case "cross":
      return <path d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx + s},${cy - s}L${cx - s},${cy + s}`} stroke={colour} strokeWidth={2.5} className={className} />;
    case "star":
      return <polygon points={star(cx, cy, s + 1.5)} {...paint} />;
    default:
      return <circle cx={cx} cy={cy} r={s} {...paint} />;
  }
}

function star(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r / 2.2;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
}
