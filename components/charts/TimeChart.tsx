"use client";

import { valueTicks } from "@/lib/domain/chart-scale";
import { formatNumber, formatValue, type Locale, type Unit } from "@/lib/domain/format";
import { colourOf, DASHES, Marker, type DotProps } from "@/components/charts/marks";
import { INK, JOIN_COLOUR, LINE_WIDTH } from "@/lib/charts/marks";
import type { TimeChartLine, TimeChartSegment } from "@/lib/charts/time-chart";
import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TimeChartProps {
  title: string;
  desc: string;
  unit: Unit;
  lines: readonly TimeChartLine[];
  segments: readonly TimeChartSegment[];
  locale: Locale;
  /** Rank 1 at the top. */
  reversed?: boolean;
  events?: Array<{ t: number; label: string }>;
  height?: number;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** Figures over time, one line per unit, with target, needed-path and trend segments. */
export function TimeChart({ title, desc, unit, lines, segments, locale, reversed = false, events = [], height = 340 }: TimeChartProps) {
  const times = [...lines.flatMap((l) => l.points.map((p) => p.t)), ...segments.flatMap((s) => [s.from.t, s.to.t])];
  const values = [...lines.flatMap((l) => l.points.map((p) => p.value)), ...segments.flatMap((s) => [s.from.value, s.to.value])].filter(
    (v): v is number => v !== null,
  );
  if (times.length === 0) return null;
  // Each year is a band from 1 January to 1 January with its label in the middle:
  // "Năm 2022" (dated 31/12/2022) ends the 2022 band, Quý 2/2023 sits mid-2023.
  const firstYear = yearOf(Math.min(...times));
  const lastYear = yearOf(Math.max(...times));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const yTicks = valueTicks(Math.max(...values), unit);
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart title={title} desc={desc} margin={{ top: 16, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="#cbd5e1" />
          {years.slice(1).map((y) => (
            <ReferenceLine key={y} x={Date.UTC(y, 0, 1)} stroke="#e2e8f0" />
          ))}
          <XAxis
            type="number"
            dataKey="t"
            domain={[Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)]}
            ticks={years.map((y) => Date.UTC(y, 6, 1))}
            tickLine={false}
            tickFormatter={(t: number) => String(yearOf(t))}
            allowDuplicatedCategory={false}
            interval="preserveStartEnd"
            fontSize={12}
          />
          <YAxis
            type="number"
            domain={[yTicks[0] ?? 0, yTicks.at(-1) ?? 1]}
            ticks={yTicks}
            reversed={reversed}
            allowDecimals={unit !== "RANK" && unit !== "COUNT"}
            // Points need no word on every tick: the page names the unit.
            tickFormatter={(v: number) => (unit === "POINTS" ? formatNumber(v, locale) : formatValue(v, unit, locale))}
            width={unit === "COUNT" ? 64 : 52}
            fontSize={12}
          />
          <Tooltip
            separator=": "
            labelFormatter={() => ""}
            formatter={(value, name, item) => {
              const caption = (item.payload as { caption?: string } | undefined)?.caption;
              return [caption ?? (typeof value === "number" ? formatValue(value, unit, locale) : "—"), name];
            }}
          />
          {events.map((e) => (
            <ReferenceLine key={e.t} x={e.t} stroke="#64748b" strokeDasharray="4 2" label={{ value: e.label, position: "insideTopRight", fontSize: 11, fill: "#334155" }} />
          ))}
          {segments.map((s) => (
            <Line
              key={s.key}
              data={[s.from, s.to]}
              dataKey="value"
              name={s.label}
              stroke={s.kind === "join" ? JOIN_COLOUR : s.colour === "ink" ? INK : colourOf(s.colour)}
              strokeWidth={s.kind === "target" ? 2 : 1.5}
              strokeDasharray={DASHES[s.kind]}
              dot={false}
              activeDot={false}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            >
              {s.mark ? <LabelList dataKey="value" content={(props) => (props.index === 1 ? written(props, s.mark!, "end", -6) : null)} /> : null}
            </Line>
          ))}
          {lines.map((l) => (
            <Line
              key={l.key}
              data={l.points}
              dataKey="value"
              name={l.label}
              stroke={colourOf(l.colour)}
              strokeWidth={l.lineage ? LINE_WIDTH.earlier : LINE_WIDTH.own}
              strokeDasharray={l.lineage ? DASHES.earlier : undefined}
              dot={(props: DotProps) =>
                typeof props.cy === "number" && Number.isFinite(props.cy) && l.points[props.index ?? -1]?.value != null ? (
                  <Marker key={`${l.key}-${props.index}`} {...props} shape={l.shape} colour={colourOf(l.colour)} hollow={l.lineage} className="chart-point" />
                ) : (
                  <g key={`${l.key}-${props.index}`} />
                )
              }
              isAnimationActive={false}
            >
              {/* The latest figure written beside its point, as on the drawn chart. */}
              <LabelList
                dataKey="value"
                content={(props) => {
                  const last = l.points.findLastIndex((p) => p.value !== null);
                  const point = l.points[last];
                  return props.index === last && point && point.value !== null ? written(props, point.label ?? formatValue(point.value, unit, locale), "start", -8) : null;
                }}
              />
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function written(props: { x?: number | string; y?: number | string }, text: string, anchor: "start" | "end", dy: number) {
  const [x, y] = [Number(props.x), Number(props.y)];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return (
    <text x={anchor === "start" ? x + 7 : x - 2} y={y + dy} textAnchor={anchor} fontSize={12} fontWeight="bold" fill="#0f172a">
      {text}
    </text>
  );
}
