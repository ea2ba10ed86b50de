import type { StatusBucket } from "@/lib/domain/assessment";
import { useI18n } from "@/lib/i18n/server";
import type { ProgressResult } from "@/lib/domain/progress";

const styles: Record<StatusBucket, { icon: string; className: string }> = {
  ACHIEVED: { icon: "✓", className: "border-[var(--color-achieved)] text-[var(--color-achieved)]" },
  ON_TRACK: { icon: "↗", className: "border-[var(--color-on-track)] text-[var(--color-on-track)]" },
  OFF_TRACK: { icon: "!", className: "border-[var(--color-off-track)] text-[var(--color-off-track)]" },
  UNASSESSED: { icon: "?", className: "border-slate-400 text-[var(--color-unassessed)]" },
  NO_DATA: { icon: "–", className: "border-slate-300 text-[var(--color-unassessed)]" },
};

/** Status as an icon and words, never colour alone. */
export function StatusBadge({ progress, bucket, targetYear }: { progress: ProgressResult; bucket: StatusBucket; targetYear?: number }) {
  const { m } = useI18n();
  const style = styles[bucket];
  const label = bucket === "NO_DATA" ? m.common.noData : m.status[progress.status];
  const reason = progress.status === "UNABLE_TO_ASSESS" && progress.reason && bucket !== "NO_DATA" ? m.reason[progress.reason] : null;
  return (
    <span className={`badge ${style.className}`}>
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      <span>
        {label}
        {reason ? <span className="font-normal text-slate-600"> ({reason})</span> : null}
        {progress.final && targetYear && bucket !== "NO_DATA" ? <span className="font-normal text-slate-600"> — {m.finalVerdict(targetYear)}</span> : null}
      </span>
    </span>
  );
}

export function BucketIcon({ bucket }: { bucket: StatusBucket }) {
  const style = styles[bucket];
  return (
    <span aria-hidden="true" className={`inline-flex h-5 w-5 items-center justify-center rounded-full border text-xs font-bold ${style.className}`}>
      {style.icon}
    </span>
  );
}
