// The recharts chart's markers: the shapes of the server-drawn charts (lib/charts/marks.ts), as React elements.
import { createElement } from "react";
import { markPaint, markShape, type MarkerShape } from "@/lib/charts/marks";

export { colourOf, DASHES, SHAPES, type MarkerShape, type SegmentKind } from "@/lib/charts/marks";

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** The marker's shape tells the units apart where colours cannot. */
export function Marker({ cx = 0, cy = 0, shape, colour, hollow, size, className }: DotProps & { shape: MarkerShape; colour: string; hollow: boolean; size?: number; className?: string }) {
  const { tag, attrs } = markShape(shape, cx, cy, size);
  return createElement(tag, { ...attrs, ...markPaint(shape, colour, hollow), className });
}
