import "server-only";
// A person's own settings. Called by the account action after lib/server/guard
// has checked who is asking; it only ever writes that person's own record.
import type { Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";

export async function setReminders(actor: Actor, emailReminders: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailReminders: true } });
    if (before.emailReminders === emailReminders) return;
    await tx.user.update({ where: { id: actor.id }, data: { emailReminders } });
    await tx.auditEvent.create({
      data: { action: "user.update", actorId: actor.id, subject: `user:${actor.id}`, field: "emailReminders", oldValue: String(before.emailReminders), newValue: String(emailReminders) },
    });
  });
}
