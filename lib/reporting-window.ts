// Which quarters a unit can report on: not before it existed, not after it
// was merged away (2025-07-01), and not a quarter that has not begun.
import { periodEnd, periodStart, type Period } from "@/lib/period";

export interface UnitValidity {
  validFrom: Date | null;
  validTo: Date | null;
}

export type WindowProblem = "NOT_STARTED" | "BEFORE_UNIT" | "AFTER_UNIT";

export function reportingWindowProblem(period: Period, unit: UnitValidity, now: Date): WindowProblem | null {
  if (periodStart(period) > now) return "NOT_STARTED";
  if (unit.validFrom && periodEnd(period) < unit.validFrom) return "BEFORE_UNIT";
  if (unit.validTo && periodStart(period) > unit.validTo) return "AFTER_UNIT";
  return null;
}
