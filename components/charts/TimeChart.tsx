"use client";

import { formatValue, type Unit } from "@/lib/format";
import { colourOf, DASHES, Marker, type DotProps, type MarkerShape, type SegmentKind } from "@/components/charts/marks";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";


/** One unit's figures. `lineage` lines (a predecessor or successor) are thinner with hollow markers. */
export interface TimeChartLine {
  key: string;
  label: string;
  colour: number;
  shape: MarkerShape;
  lineage: boolean;
  points: Array<{ t: number; value: number; caption: string }>;
}

export interface TimeChartSegment {
  key: string;
  kind: SegmentKind;
  colour: number;
  label: string;
  from: { t: number; value: number };
  to: { t: number; value: number };
}

export interface TimeChartProps {
  title: string;
  desc: string;
  unit: Unit;
  lines: TimeChartLine[];
  segments: TimeChartSegment[];
  /** Rank 1 at the top. */
  reversed?: boolean;
  events?: Array<{ t: number; label: string }>;
  height?: number;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** Figures over time, one line per unit, with target, needed-path and trend segments. */
export function TimeChart({ title, desc, unit, lines, segments, reversed = false, events = [], height = 340 }: TimeChartProps) {
  const times = [...lines.flatMap((l) => l.points.map((p) => p.t)), ...segments.flatMap((s) => [s.from.t, s.to.t])];
  const values = [...lines.flatMap((l) => l.points.map((p) => p.value)), ...segments.flatMap((s) => [s.from.value, s.to.value])];
  if (times.length === 0) return null;
  // A tick marks the end of its year, where a year's figure is dated: "Năm 2022" sits on "2022".
  const minYear = yearOf(Math.min(...times)) - 1;
  const maxYear = yearOf(Math.max(...times));
  const ticks = Array.from({ length: maxYear - minYear + 1 }, (_, i) => Date.UTC(minYear + i, 11, 31));
  const top = niceCeiling(Math.max(...values) * 1.08);
  const yDomain: [number, number] = unit === "PERCENT" ? [0, Math.min(100, top)] : unit === "RANK" ? [1, Math.ceil(Math.max(...values) / 10) * 10] : [0, top];
  const yTicks = unit === "RANK" ? [1, ...Array.from({ length: yDomain[1] / 10 }, (_, i) => (i + 1) * 10)] : undefined;
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart title={title} desc={desc} margin={{ top: 12, right: 24, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis
            type="number"
            dataKey="t"
            domain={[ticks[0] ?? "dataMin", ticks.at(-1) ?? "dataMax"]}
            ticks={ticks}
            tickFormatter={(t: number) => String(yearOf(t))}
            allowDuplicatedCategory={false}
            fontSize={12}
          />
          <YAxis
            type="number"
            domain={yDomain}
            ticks={yTicks}
            reversed={reversed}
            allowDecimals={unit !== "RANK" && unit !== "COUNT"}
            tickFormatter={(v: number) => formatValue(v, unit, "vi")}
            width={unit === "COUNT" ? 64 : 52}
            fontSize={12}
          />
          <Tooltip
            labelFormatter={(t) => (typeof t === "number" ? new Date(t).toLocaleDateString("vi-VN", { timeZone: "UTC" }) : "")}
            formatter={(value, name, item) => {
              const caption = (item.payload as { caption?: string } | undefined)?.caption;
              return [caption ?? (typeof value === "number" ? formatValue(value, unit, "vi") : "—"), name];
            }}
          />
          {events.map((e) => (
            <ReferenceLine key={e.t} x={e.t} stroke="#64748b" strokeDasharray="4 2" label={{ value: e.label, position: "insideTopLeft", fontSize: 11, fill: "#334155" }} />
          ))}
          {segments.map((s) => (
            <Line
              key={s.key}
              data={[s.from, s.to]}
              dataKey="value"
              name={s.label}
              stroke={s.kind === "join" ? "#64748b" : colourOf(s.colour)}
              strokeWidth={s.kind === "target" ? 2 : 1.5}
              strokeDasharray={DASHES[s.kind]}
              dot={false}
              activeDot={false}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            />
          ))}
          {lines.map((l) => (
            <Line
              key={l.key}
              data={l.points}
              dataKey="value"
              name={l.label}
              stroke={colourOf(l.colour)}
              strokeWidth={l.lineage ? 1.75 : 2.5}
              dot={(props: DotProps) => <Marker key={`${l.key}-${props.index}`} {...props} shape={l.shape} colour={colourOf(l.colour)} hollow={l.lineage} className="chart-point" />}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}


/** The next round number above a value (1, 2, 2.5, 5 × 10ⁿ), so the axis ends on a tick. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}
