import "server-only";
import type { Actor, Permission } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";

/** Refusals recorded per hour for the public as a whole, and for each signed-in person. */
export const ANONYMOUS_DENIALS_PER_HOUR = 100;
export const DENIALS_PER_PERSON_PER_HOUR = 100;

export type Refusal =
  /** Not allowed by the authorisation table. */
  | "access.denied"
  /** A write to a report that is no longer editable. */
  | "report.locked"
  /** A figure someone else changed since the form or the dry run was loaded. */
  | "observation.conflict"
  /** A sign-in refused by the throttle, unchecked. */
  | "auth.throttled";

interface Target {
  provinceId?: number | null;
  period?: string | null;
  reportId?: number | null;
  indicatorId?: number | null;
  subject?: string | null;
}

/**
 * A refused request is recorded like any other event: who, what, on which
 * unit and period. Only checked values are stored (a period code, a number),
 * never raw request text, so a forged request cannot bloat the log. Anyone
 * can post to a server action: past a cap per hour (for the public as a
 * whole, and for each person), refusals go to the server log only, so they
 * cannot flood the audit trail.
 */
export async function recordRefusal(actor: Actor | null, action: Refusal, reason: string, target: Target = {}) {
  console.warn(`refused (${action}): ${reason} for user ${actor?.id ?? "public"} on province ${target.provinceId ?? "?"}`);
  const lastHour = await db.auditEvent.count({
    where: { action: { in: ["access.denied", "report.locked", "observation.conflict", "auth.throttled"] }, actorId: actor?.id ?? null, at: { gte: new Date(Date.now() - 3_600_000) } },
  });
  if (lastHour >= (actor ? DENIALS_PER_PERSON_PER_HOUR : ANONYMOUS_DENIALS_PER_HOUR)) return;
  await db.auditEvent.create({
    data: {
      action,
      actorId: actor?.id ?? null,
      provinceId: target.provinceId ?? null,
      period: target.period ?? null,
      reportId: target.reportId ?? null,
      indicatorId: target.indicatorId ?? null,
      subject: target.subject ?? null,
      reason,
    },
  });
}

export async function recordDenied(actor: Actor | null, permission: Permission, target: { provinceId?: number | null; period?: string | null; reportId?: number | null } = {}) {
  const { reportId, ...rest } = target;
  // The report is named in the reason, as before; the event itself stays free of a report link for a refusal.
  await recordRefusal(actor, "access.denied", reportId ? `${permission} (report ${reportId})` : permission, rest);
}
