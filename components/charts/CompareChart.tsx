"use client";

import { colourOf } from "@/components/charts/marks";
import { wrap, type CompareChartRow, type CompareChartSeries } from "@/lib/charts/compare-chart";
import { INK } from "@/lib/charts/marks";
import { formatValue, type Locale } from "@/lib/domain/format";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale } from "recharts";

export interface CompareChartProps {
  rows: CompareChartRow[];
  series: CompareChartSeries[];
  title: string;
  targetLabel: string;
  noDataLabel: string;
  locale: Locale;
  /** The drawn chart's height, kept when this one takes its place. */
  height?: number;
}

/** Grouped horizontal bars (long Vietnamese names read better down the side) with a target tick on each bar. */
export function CompareChart({ rows, series, title, noDataLabel, locale, height: drawn }: CompareChartProps) {
  const data = rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(
      series.flatMap((s) => [
        [s.key, row.values[s.key]],
        // A missing figure still gets its slot, drawn as words, never as a zero-length bar.
        [`${s.key}__slot`, row.values[s.key] ?? 0],
        [`${s.key}__target`, row.targets[s.key]],
        [`${s.key}__period`, row.periods[s.key]],
      ]),
    ),
  }));
  const height = drawn ?? Math.max(220, rows.length * (series.length * 22 + 28) + 60);
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart title={title} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barCategoryGap={10}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" tickCount={6} />
          <YAxis type="category" dataKey="label" width={240} tick={<WrappedTick />} interval={0} />
          <Tooltip
            separator=": "
            formatter={(_value, _name, item) => {
              const key = String(item.dataKey).replace(/__slot$/, "");
              const payload = item.payload as Record<string, unknown> | undefined;
              const value = payload?.[key];
              if (typeof value !== "number") return noDataLabel;
              const period = payload?.[`${key}__period`];
              return `${formatValue(value, "PERCENT", locale)}${typeof period === "string" ? ` (${period})` : ""}`;
            }}
          />
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={`${s.key}__slot`}
              name={s.label}
              fill={colourOf(index)}
              isAnimationActive={false}
              shape={(props: BarShapeInput) => <BarWithTarget {...props} valueKey={s.key} targetKey={`${s.key}__target`} noDataLabel={noDataLabel} locale={locale} />}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

interface BarShapeInput {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: Record<string, unknown>;
}

function BarWithTarget({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  fill,
  payload,
  valueKey,
  targetKey,
  noDataLabel,
  locale,
}: BarShapeInput & { valueKey: string; targetKey: string; noDataLabel: string; locale: Locale }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const value = payload?.[valueKey];
  const target = payload?.[targetKey];
  const targetX = typeof target === "number" && scale ? scale(target) : undefined;
  const textY = y + height / 2 + 4;
  if (typeof value !== "number") {
    return (
      <text x={x + 4} y={textY} fontSize={11} fontStyle="italic" fill="#475569">
        {noDataLabel}
      </text>
    );
  }
  // The value with its period where it fits, inside the bar or after it; on a
  // narrow chart the value alone (the period is in the tooltip and the table).
  const period = payload?.[`${valueKey}__period`];
  const short = formatValue(value, "PERCENT", locale);
  const full = typeof period === "string" ? `${short} · ${period}` : short;
  const room = (text: string) => text.length * 7 + 8;
  const right = plot ? plot.x + plot.width - (x + width) : Infinity;
  const [label, inside] =
    width >= room(full) ? [full, true] : right >= room(full) ? [full, false] : width >= room(short) ? [short, true] : [short, false];
  return (
    <g>
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} />
      <text x={inside ? x + width - 4 : x + width + 4} y={textY} textAnchor={inside ? "end" : "start"} fontSize={11} fontWeight={600} fill={inside ? "#fff" : "#0f172a"}>
        {label}
      </text>
      {typeof targetX === "number" ? (
        <rect x={targetX - 1.5} y={y - 3} width={3} height={height + 6} fill={INK} />
      ) : null}
    </g>
  );
}

function WrappedTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrap(payload?.value ?? "", 34, 4);
  return (
    <text x={x - 4} y={y} textAnchor="end" fontSize={11} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? -((lines.length - 1) * 6) : 12}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
