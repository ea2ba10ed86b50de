import "server-only";
// When each unit's reports are due, for the working pages: the rules an admin
// set (lib/domain/deadline.ts falls back to the default without one). Not a
// secret, so not behind a permission: every signed-in page may show it.
import { cache } from "react";
import { deadlineOf, ruleFor, type Deadline, type StoredRule } from "@/lib/domain/deadline";
import { parsePeriod } from "@/lib/domain/period";
import { db } from "@/lib/server/db";

export const deadlineRules = cache(
  (): Promise<StoredRule[]> => db.reportDeadline.findMany({ select: { provinceId: true, periodKind: true, cutoffDay: true, dueDays: true, remindDays: true } }),
);

/** The deadline of one unit's report for one period; null for a code that is not a period. */
export async function deadlineFor(provinceId: number, periodCode: string): Promise<Deadline | null> {
  const period = parsePeriod(periodCode);
  if (!period) return null;
  return deadlineOf(period, ruleFor(await deadlineRules(), provinceId, period.type));
}
