// The periods a unit's progress report is offered for: its latest two
// quarters and its last five years, within the unit's life.
import { periodEnd, periodStart, recentPeriods, type Period } from "@/lib/domain/period";

export function reportPeriodsFor(unit: { validFrom: Date | null; validTo: Date | null }, now: Date): Period[] {
  const last = unit.validTo && unit.validTo < now ? unit.validTo : now;
  return recentPeriods(last, { quarters: 2, years: 5 }).filter((p) => periodStart(p) <= last && (!unit.validFrom || periodEnd(p) >= unit.validFrom));
}
