// What the bench's synthetic data is called and covers, shared by the step
// that loads it and the step that measures on it.
import { previousQuarter, quarterOf, type Period } from "@/lib/domain/period";

export const UNITS = 34;
export const QUARTERS = 40;
/** Units are synthetic-01 … synthetic-34, named "Tỉnh tổng hợp 01 (dữ liệu thử tải)". */
export const SLUG_PREFIX = "synthetic-";
export const syntheticSlug = (n: number) => `${SLUG_PREFIX}${String(n).padStart(2, "0")}`;

/** The 40 quarters that have ended by `now`, oldest first: every synthetic unit has them published. */
export function publishedQuarters(now: Date): Period[] {
  const quarters: Period[] = [];
  for (let q = previousQuarter(quarterOf(now)); quarters.length < QUARTERS; q = previousQuarter(q)) quarters.unshift(q);
  return quarters;
}
