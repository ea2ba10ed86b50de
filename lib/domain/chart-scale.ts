import { onHundredScale, type Unit } from "@/lib/domain/format";

/**
 * Even ticks from zero to a round number above the largest value (a step of
 * 1, 2, 2.5 or 5 × 10ⁿ, about five ticks); a percentage stops at 100. Ranks
 * run from 1 down to the next ten.
 */
export function valueTicks(max: number, unit: Unit): number[] {
  if (unit === "RANK") {
    const bottom = Math.max(10, Math.ceil(max / 10) * 10);
    const step = bottom > 40 ? 20 : 10;
    return [1, ...Array.from({ length: Math.ceil(bottom / step) }, (_, i) => Math.min(bottom, (i + 1) * step))];
  }
  const rough = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * power >= rough) ?? 10) * power;
  const count = Math.ceil((max * 1.02) / step) || 1;
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return onHundredScale(unit) ? ticks.filter((t) => t <= 100) : ticks;
}
