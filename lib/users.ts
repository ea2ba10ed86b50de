// Creating a person who can sign in: the user row and its credential account
// (scrypt hash, the sign-in library's own format) in one transaction.
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { DbClient } from "@/lib/db-client";

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Email không hợp lệ.")),
    name: z.string().trim().min(1, "Cần nhập họ tên.").max(200),
    role: z.enum(["STAFF", "OFFICIAL", "ADMIN"]),
    provinceId: z.number().int().positive().nullable(),
    password: z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự.").max(200),
  })
  .refine((u) => (u.role === "ADMIN") === (u.provinceId === null), {
    message: "Cán bộ và lãnh đạo thuộc đúng một tỉnh; quản trị viên không thuộc tỉnh nào.",
    path: ["provinceId"],
  });

export type NewUser = z.input<typeof newUserSchema>;

export async function createUser(db: DbClient, input: NewUser) {
  const user = newUserSchema.parse(input);
  const hash = await hashPassword(user.password);
  return db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: user.email, name: user.name, role: user.role, provinceId: user.provinceId, emailVerified: true },
      select: { id: true, email: true, role: true },
    });
    await tx.account.create({ data: { userId: created.id, accountId: String(created.id), providerId: "credential", password: hash } });
    return created;
  });
}
