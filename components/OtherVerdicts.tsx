import { StatusBadge } from "@/components/StatusBadge";
import { TargetText } from "@/components/TargetText";
import { bucketOf, type Assessment } from "@/lib/domain/assessment";
import type { Unit } from "@/lib/domain/format";
import { useI18n } from "@/lib/i18n/server";
import type { CarriedFrom } from "@/lib/domain/succession";

interface ShownTarget {
  year: number;
  comparator: "GT" | "GTE" | "EQ" | "LTE" | "LT";
  value: number;
  scope: "PROVINCIAL" | "NATIONAL";
  carriedFrom?: CarriedFrom | null;
}

/**
 * Every target beside the headline one, soonest first, each with its own
 * verdict (lib/domain/verdict.ts): a 2026 target an admin added stands beside 2030,
 * and a target that passed to a unit's successor says so instead of a status.
 */
export function OtherVerdicts<T extends ShownTarget>({ assessment, unit, successorName }: { assessment: Assessment<unknown, T>; unit: Unit; successorName?: string }) {
  const { m } = useI18n();
  // By year, not by identity: a cached read hands over copies.
  const later = assessment.verdicts.filter((v) => v.target.year !== assessment.headline?.target.year);
  if (later.length === 0) return null;
  return (
    <ul className="space-y-1 text-xs text-slate-700" aria-label={m.common.otherTargets}>
      {later.map((v) => (
        <li key={v.target.year} className="flex flex-wrap items-center gap-2">
          <span>
            {m.common.target} {v.target.year}: <TargetText target={v.target} unit={unit} />
          </span>
          {v.passedOn ? (
            successorName ? <span>{m.common.passedOn(v.target.year, successorName)}</span> : null
          ) : (
            <StatusBadge
              progress={{ status: v.status, reason: v.reason, ratio: v.ratio, final: v.final }}
              bucket={bucketOf(v, v.evidence !== null)}
              targetYear={v.target.year}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
