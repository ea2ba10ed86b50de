import { onHundredScale, type Qualifier, type Unit } from "@/lib/domain/format";
import { seriesColour } from "@/lib/domain/palette";
import { useI18n } from "@/lib/i18n/server";

interface SparkPoint {
  period: string;
  periodEnd: Date;
  value: number;
  qualifier: Qualifier;
}

const W = 120;
const H = 32;
const PAD = 3;

/**
 * A small line of a series, drawn on the server as plain SVG (no chart
 * script): the figures oldest first, the target as a dashed line. The label
 * reads the same figures out in words.
 */
export function Sparkline({ points, unit, target }: { points: readonly SparkPoint[]; unit: Unit; target?: number | null }) {
  const t = useI18n();
  if (points.length < 2) return null;
  const times = points.map((p) => p.periodEnd.getTime());
  const values = [...points.map((p) => p.value), ...(typeof target === "number" ? [target] : [])];
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = onHundredScale(unit) ? [0, 100] : [Math.min(0, ...values), Math.max(...values)];
  const x = (t: number) => PAD + ((t - t0) / (t1 - t0 || 1)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - v0) / (v1 - v0 || 1)) * (H - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.periodEnd.getTime()).toFixed(1)},${y(p.value).toFixed(1)}`).join("");
  const label = t.m.scorecard.sparkline(points.map((p) => `${t.figure(p, unit)} (${t.periodOf(p)})`).join(", "));
  const last = points.at(-1)!;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width={W} height={H} className="overflow-visible">
      {typeof target === "number" ? <line x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="var(--color-target)" strokeWidth="1" strokeDasharray="4 2" /> : null}
      <path d={path} fill="none" stroke={seriesColour(0)} strokeWidth="1.75" />
      {points.map((p) => (
        <circle key={p.period} cx={x(p.periodEnd.getTime())} cy={y(p.value)} r={p === last ? 2.75 : 1.75} fill={seriesColour(0)} />
      ))}
    </svg>
  );
}
