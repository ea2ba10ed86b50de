import type { Direction } from "./targets";

/**
 * Competition ranking ("1, 2, 2, 4"): equal values share a rank and the next
 * value skips the shared places. Items keep their original order. A null (or
 * NaN) value means missing, not zero: it gets no rank and takes no place.
 */
export function rankWithTies<T>(
  items: T[],
  value: (item: T) => number | null,
  direction: Direction = "HIGHER_IS_BETTER",
): Array<{ item: T; rank: number | null }> {
  const values = items.map(value);
  const ranked = values
    .filter((v): v is number => v !== null && !Number.isNaN(v))
    .sort((a, b) => (direction === "HIGHER_IS_BETTER" ? b - a : a - b));

  const rankOf = new Map<number, number>();
  ranked.forEach((v, i) => {
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  });

  return items.map((item, i) => {
    const v = values[i];
    return { item, rank: v === null || v === undefined ? null : (rankOf.get(v) ?? null) };
  });
}
