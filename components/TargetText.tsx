import type { Unit } from "@/lib/domain/format";
import { useI18n } from "@/lib/i18n/server";
import type { CarriedFrom } from "@/lib/domain/succession";
import { comparatorSymbol } from "@/lib/domain/targets";

interface TargetShown {
  year: number;
  comparator: "GT" | "GTE" | "EQ" | "LTE" | "LT";
  value: number;
  scope: "PROVINCIAL" | "NATIONAL";
  carriedFrom?: CarriedFrom | null;
}

/** "≥ 80% (2025, mục tiêu quốc gia)", and whose it is when a merged unit carries on a predecessor's. */
export function TargetText({ target, unit }: { target: TargetShown; unit: Unit }) {
  const t = useI18n();
  return (
    <>
      <span className="font-medium">
        {/* "≥ 100%" says no more than "100%". */}
        {target.comparator === "GTE" && unit === "PERCENT" && target.value === 100 ? "" : `${comparatorSymbol(target.comparator)} `}
        {t.value(target.value, unit)}
      </span>{" "}
      <span className="text-slate-600">
        ({target.year}, {target.carriedFrom ? t.m.common.carriedFrom(t.name(target.carriedFrom)) : target.scope === "NATIONAL" ? t.m.common.national : t.m.common.provincial})
      </span>
    </>
  );
}
