import type { TargetView } from "@/lib/data/scorecard";
import { formatValue, type Unit } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";
import { comparatorSymbol } from "@/lib/targets";

/** "≥ 80% (2025, mục tiêu quốc gia)". */
export function TargetText({ target, unit }: { target: Pick<TargetView, "year" | "comparator" | "value" | "scope">; unit: Unit }) {
  return (
    <>
      <span className="font-medium">
        {/* "≥ 100%" says no more than "100%". */}
        {target.comparator === "GTE" && unit === "PERCENT" && target.value === 100 ? "" : `${comparatorSymbol(target.comparator)} `}
        {formatValue(target.value, unit, "vi")}
      </span>{" "}
      <span className="text-slate-600">
        ({target.year}, {target.scope === "NATIONAL" ? m.common.national : m.common.provincial})
      </span>
    </>
  );
}
