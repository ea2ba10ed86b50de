import "server-only";
import type { Actor, Permission } from "@/lib/authorization";
import { db } from "@/lib/db";

/** A refused request is recorded like any other event: who, what, on which province. */
export async function recordDenied(actor: Actor | null, permission: Permission, provinceId: number | null, detail?: string) {
  console.warn(`access denied: ${permission} for user ${actor?.id ?? "public"} on province ${provinceId ?? "?"}`);
  await db.auditEvent.create({
    data: { action: "access.denied", actorId: actor?.id ?? null, provinceId, reason: detail ? `${permission}: ${detail}` : permission },
  });
}
