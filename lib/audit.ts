import "server-only";
import type { Actor, Permission } from "@/lib/authorization";
import { db } from "@/lib/db";

export const ANONYMOUS_DENIALS_PER_HOUR = 100;

/**
 * A refused request is recorded like any other event: who, what, on which
 * province and period. Only checked values are stored (a period code, a
 * number), never raw request text, so a forged request cannot bloat the log.
 */
export async function recordDenied(
  actor: Actor | null,
  permission: Permission,
  target: { provinceId?: number | null; period?: string | null; reportId?: number | null } = {},
) {
  console.warn(`access denied: ${permission} for user ${actor?.id ?? "public"} on province ${target.provinceId ?? "?"}`);
  // Anyone can post to a server action; past a cap per hour, anonymous
  // refusals go to the server log only, so they cannot flood the audit trail.
  if (!actor) {
    const lastHour = await db.auditEvent.count({ where: { action: "access.denied", actorId: null, at: { gte: new Date(Date.now() - 3_600_000) } } });
    if (lastHour >= ANONYMOUS_DENIALS_PER_HOUR) return;
  }
  await db.auditEvent.create({
    data: {
      action: "access.denied",
      actorId: actor?.id ?? null,
      provinceId: target.provinceId ?? null,
      period: target.period ?? null,
      reason: target.reportId ? `${permission} (report ${target.reportId})` : permission,
    },
  });
}
