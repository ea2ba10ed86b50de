// Which periods a unit can report on: not a period that has not begun; not
// one that ends before the unit existed; not one that runs past the day the
// unit was merged away. So the old An Giang reports up to 2025-Q2 or 2025-H1,
// and the new one from 2025-Q3 — and its year 2025, the first year report of
// the merged territory.
import { periodEnd, periodStart, type Period } from "@/lib/domain/period";

export interface UnitValidity {
  validFrom: Date | null;
  validTo: Date | null;
}

export type WindowProblem = "NOT_STARTED" | "BEFORE_UNIT" | "AFTER_UNIT";

export function reportingWindowProblem(period: Period, unit: UnitValidity, now: Date): WindowProblem | null {
  if (periodStart(period) > now) return "NOT_STARTED";
  if (unit.validFrom && periodEnd(period) < unit.validFrom) return "BEFORE_UNIT";
  if (unit.validTo && periodEnd(period) > unit.validTo) return "AFTER_UNIT";
  return null;
}
