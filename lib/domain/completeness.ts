// How complete each unit's report is, per pillar: figures entered against the
// figures the period asks for (a year report the yearly indicators, a quarter
// or half-year the quarterly ones — see requiredPeriodicity).
import { requiredPeriodicity } from "@/features/entry/schema";
import type { Period } from "@/lib/domain/period";

export interface CatalogueIndicator {
  id: number;
  code: string;
  pillar: string;
  periodicity: "QUARTERLY" | "ANNUAL";
}

export interface PillarCompleteness {
  pillar: string;
  entered: number;
  expected: number;
  /** Expected indicators without a figure, in catalogue order. */
  missing: string[];
}

/** One report's figures against what its period asks for, pillar by pillar (pillars in the order given). */
export function completeness(input: {
  period: Period;
  pillars: readonly string[];
  indicators: readonly CatalogueIndicator[];
  enteredIndicatorIds: ReadonlySet<number>;
}): PillarCompleteness[] {
  const wanted = requiredPeriodicity(input.period);
  return input.pillars.map((pillar) => {
    const expected = input.indicators.filter((i) => i.pillar === pillar && i.periodicity === wanted);
    const missing = expected.filter((i) => !input.enteredIndicatorIds.has(i.id)).map((i) => i.code);
    return { pillar, entered: expected.length - missing.length, expected: expected.length, missing };
  });
}
