import { onHundredScale, type Unit } from "@/lib/domain/format";
import { seriesColour } from "@/lib/domain/palette";
import { useI18n } from "@/lib/i18n/server";

/**
 * The latest value on the indicator's own scale (0–100 for a percentage) with
 * a marker at the target. Counts are drawn against the larger of value and
 * target. The words beside it carry the same information.
 */
export function ProgressBar({ value, target, unit }: { value: number; target: number; unit: Unit }) {
  const max = onHundredScale(unit) ? 100 : Math.max(value, target) || 1;
  const valueShare = Math.min(100, Math.max(0, (value / max) * 100));
  const targetShare = Math.min(100, Math.max(0, (target / max) * 100));
  const t = useI18n();
  const label = t.m.scorecard.progressLabel(t.value(value, unit), t.value(target, unit));
  return (
    <div role="img" aria-label={label} className="relative h-2.5 w-full rounded-full bg-slate-200 print:border print:border-slate-400">
      <div className="h-full rounded-full" style={{ width: `${valueShare}%`, backgroundColor: seriesColour(0) }} />
      <div
        className="absolute -top-1 h-4.5 w-0.5 bg-[var(--color-target)]"
        style={{ left: `calc(${targetShare}% - 1px)` }}
        aria-hidden="true"
      />
    </div>
  );
}
