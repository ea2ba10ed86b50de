import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "@/lib/server/auth";
import { isActive, type Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";

export interface SignedInUser extends Actor {
  name: string;
  email: string;
  provinceSlug: string | null;
  provinceName: string | null;
}

/** The person behind this request, read fresh from the database; null for the public. */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: Number(session.user.id) },
    select: { id: true, name: true, email: true, role: true, active: true, provinceId: true, province: { select: { slug: true, nameVi: true } } },
  });
  if (!user || !isActive(user)) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    provinceId: user.provinceId,
    provinceSlug: user.province?.slug ?? null,
    provinceName: user.province?.nameVi ?? null,
  };
});
