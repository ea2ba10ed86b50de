// Demo accounts for trying the working side: one staff member and one
// official for An Giang and for Hậu Giang, and an admin. Only seeded when
// asked (npm start does, unless DEMO_ACCOUNTS=false); a production database
// gets none — `npm run create-admin` makes the first admin there.
import type { DbClient } from "@/lib/server/db-client";
import { createUser } from "@/features/admin/users";

/** Shown in the README; for the demo database only. */
export const DEMO_PASSWORD = "ChuyenDoiSo@2025";

const accounts = [
  { email: "quantri@dti.example", name: "Quản trị viên", role: "ADMIN", province: null },
  { email: "canbo.angiang@dti.example", name: "Cán bộ nhập liệu An Giang", role: "STAFF", province: "an-giang" },
  { email: "lanhdao.angiang@dti.example", name: "Lãnh đạo Sở An Giang", role: "OFFICIAL", province: "an-giang" },
  { email: "canbo.haugiang@dti.example", name: "Cán bộ nhập liệu Hậu Giang", role: "STAFF", province: "hau-giang" },
  { email: "lanhdao.haugiang@dti.example", name: "Lãnh đạo Sở Hậu Giang", role: "OFFICIAL", province: "hau-giang" },
  // The units that exist since 01/7/2025 report from 2025-Q3 on.
  { email: "canbo.angiang2025@dti.example", name: "Cán bộ nhập liệu An Giang (từ 01/7/2025)", role: "STAFF", province: "an-giang-2025" },
  { email: "lanhdao.angiang2025@dti.example", name: "Lãnh đạo Sở An Giang (từ 01/7/2025)", role: "OFFICIAL", province: "an-giang-2025" },
  { email: "canbo.cantho2025@dti.example", name: "Cán bộ nhập liệu TP Cần Thơ (từ 01/7/2025)", role: "STAFF", province: "can-tho-2025" },
  { email: "lanhdao.cantho2025@dti.example", name: "Lãnh đạo Sở TP Cần Thơ (từ 01/7/2025)", role: "OFFICIAL", province: "can-tho-2025" },
] as const;

const DEMO_ADMIN = "quantri@dti.example";

/**
 * Makes the demo accounts that are missing, on a database seeded just now or
 * on a demo one (it holds the demo admin); any other database gets none.
 */
export async function seedDemoAccounts(db: DbClient, { fresh }: { fresh: boolean }): Promise<number> {
  const emails = new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email));
  if (!fresh && !emails.has(DEMO_ADMIN)) return 0;
  const provinces = new Map((await db.province.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const missing = accounts.filter((a) => !emails.has(a.email));
  for (const account of missing) {
    const provinceId = account.province ? provinces.get(account.province) : null;
    if (provinceId === undefined) throw new Error(`Demo account ${account.email}: province ${account.province} is not seeded`);
    await createUser(db, { email: account.email, name: account.name, role: account.role, provinceId, password: DEMO_PASSWORD }, "tài khoản mẫu (npm start)");
  }
  return missing.length;
}
