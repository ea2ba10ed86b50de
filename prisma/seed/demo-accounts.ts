// Demo accounts for trying the working side: one staff member and one
// official for An Giang and for Hậu Giang, and an admin. Only seeded when
// asked (npm start does, unless DEMO_ACCOUNTS=false); a production database
// gets none — `npm run create-admin` makes the first admin there.
import type { DbClient } from "@/lib/db-client";
import { createUser } from "@/lib/users";

/** Shown in the README; for the demo database only. */
export const DEMO_PASSWORD = "ChuyenDoiSo@2025";

const accounts = [
  { email: "quantri@dti.example", name: "Quản trị viên", role: "ADMIN", province: null },
  { email: "canbo.angiang@dti.example", name: "Cán bộ nhập liệu An Giang", role: "STAFF", province: "an-giang" },
  { email: "lanhdao.angiang@dti.example", name: "Lãnh đạo Sở An Giang", role: "OFFICIAL", province: "an-giang" },
  { email: "canbo.haugiang@dti.example", name: "Cán bộ nhập liệu Hậu Giang", role: "STAFF", province: "hau-giang" },
  { email: "lanhdao.haugiang@dti.example", name: "Lãnh đạo Sở Hậu Giang", role: "OFFICIAL", province: "hau-giang" },
] as const;

export async function seedDemoAccounts(db: DbClient): Promise<number> {
  if ((await db.user.count()) > 0) return 0;
  const provinces = new Map((await db.province.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  for (const account of accounts) {
    const provinceId = account.province ? provinces.get(account.province) : null;
    if (provinceId === undefined) throw new Error(`Demo account ${account.email}: province ${account.province} is not seeded`);
    await createUser(db, { email: account.email, name: account.name, role: account.role, provinceId, password: DEMO_PASSWORD });
  }
  return accounts.length;
}
