import type { TargetView } from "@/lib/data/scorecard";
import type { Unit } from "@/lib/format";
import { useI18n } from "@/lib/i18n/server";
import { comparatorSymbol } from "@/lib/targets";

/** "≥ 80% (2025, mục tiêu quốc gia)". */
export function TargetText({ target, unit }: { target: Pick<TargetView, "year" | "comparator" | "value" | "scope">; unit: Unit }) {
  const t = useI18n();
  return (
    <>
      <span className="font-medium">
        {/* "≥ 100%" says no more than "100%". */}
        {target.comparator === "GTE" && unit === "PERCENT" && target.value === 100 ? "" : `${comparatorSymbol(target.comparator)} `}
        {t.value(target.value, unit)}
      </span>{" "}
      <span className="text-slate-600">
        ({target.year}, {target.scope === "NATIONAL" ? t.m.common.national : t.m.common.provincial})
      </span>
    </>
  );
}
