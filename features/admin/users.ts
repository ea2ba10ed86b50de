// Creating a person who can sign in: the user row and its credential account
// (scrypt hash, the sign-in library's own format) in one transaction.
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { DbClient } from "@/lib/server/db-client";
import { ROLES, unitFitsRole } from "@/lib/security/authorization";
import { vi as words } from "@/features/admin/messages";

// The same words as the admin form's: whoever makes an account reads the same rules.
const M = words.admin.errors;

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email(M.email)),
    name: z.string().trim().min(1, M.required).max(200),
    role: z.enum(ROLES),
    provinceId: z.number().int().positive().nullable(),
    password: z.string().min(10, M.password).max(200),
  })
  .refine((u) => unitFitsRole(u.role, u.provinceId), {
    message: M.unitForRole,
    path: ["provinceId"],
  });

export type NewUser = z.input<typeof newUserSchema>;

/**
 * Makes the account outside the admin pages (the first admin from the command
 * line, the demo accounts, tests), with an audit event that says so: no
 * person signed in made it, `how` tells what did.
 */
export async function createUser(db: DbClient, input: NewUser, how = "npm run create-admin") {
  const user = newUserSchema.parse(input);
  const hash = await hashPassword(user.password);
  return db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: user.email, name: user.name, role: user.role, provinceId: user.provinceId, emailVerified: true },
      select: { id: true, email: true, role: true },
    });
    await tx.account.create({ data: { userId: created.id, accountId: String(created.id), providerId: "credential", password: hash } });
    await tx.auditEvent.create({
      data: {
        action: "user.create",
        actorId: null,
        subject: `user:${created.id}`,
        provinceId: user.provinceId,
        newValue: JSON.stringify({ email: user.email, name: user.name, role: user.role, provinceId: user.provinceId }),
        reason: how,
      },
    });
    return created;
  });
}
