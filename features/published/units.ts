import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { UnitNode } from "@/lib/domain/series";

export interface UnitSummary extends UnitNode {
  nameVi: string;
  id: number;
  nameEn: string;
}

/** Every administrative unit with its validity and successor, in display order. */
export const listUnits = cache(async (): Promise<UnitSummary[]> => {
  const rows = await db.province.findMany({
    select: { id: true, slug: true, nameVi: true, nameEn: true, validFrom: true, validTo: true, successor: { select: { slug: true } } },
    orderBy: [{ sortOrder: "asc" }, { nameVi: "asc" }],
  });
  return rows.map(({ successor, ...unit }) => ({ ...unit, successorSlug: successor?.slug ?? null }));
});
