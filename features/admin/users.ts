// Creating a person who can sign in: the user row and its credential account
// (scrypt hash, the sign-in library's own format) in one transaction.
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { DbClient } from "@/lib/server/db-client";
import { ROLES, unitFitsRole } from "@/lib/security/authorization";

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Email không hợp lệ.")),
    name: z.string().trim().min(1, "Cần nhập họ tên.").max(200),
    role: z.enum(ROLES),
    provinceId: z.number().int().positive().nullable(),
    password: z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự.").max(200),
  })
  .refine((u) => unitFitsRole(u.role, u.provinceId), {
    message: "Cán bộ và lãnh đạo thuộc đúng một tỉnh; quản trị viên không thuộc tỉnh nào.",
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
