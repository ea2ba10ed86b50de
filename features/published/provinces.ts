import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { publishedOnly } from "@/features/published/selects";

/**
 * Units the overview and the comparison report on: those with a published
 * figure, An Giang and Hậu Giang first (by their sort order). A unit known
 * only from a DTI table is on the rankings page.
 */
export const listReportingProvinces = cache(async () =>
  db.province.findMany({
    where: { observations: { some: publishedOnly } },
    select: { slug: true, nameVi: true, nameEn: true },
    orderBy: { sortOrder: "asc" },
  }),
);

export type ProvinceOption = Awaited<ReturnType<typeof listReportingProvinces>>[number];

export const listPillars = cache(async () =>
  db.pillar.findMany({ select: { code: true, nameVi: true, nameEn: true, kind: true }, orderBy: { sortOrder: "asc" } }),
);
