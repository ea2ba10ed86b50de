export type Comparator = "GT" | "GTE" | "EQ" | "LTE" | "LT";
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

const EQ_TOLERANCE = 1e-9;

/** "More than 70 %" is GT: 70 does not meet it. "80 %" is GTE: 80 does. */
export function meetsTarget(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case "GT":
      return value > target;
    case "GTE":
      return value >= target;
    case "EQ":
      return Math.abs(value - target) <= EQ_TOLERANCE;
    case "LTE":
      return value <= target;
    case "LT":
      return value < target;
  }
}

const SYMBOLS: Record<Comparator, string> = { GT: ">", GTE: "≥", EQ: "=", LTE: "≤", LT: "<" };

export function comparatorSymbol(c: Comparator): string {
  return SYMBOLS[c];
}
