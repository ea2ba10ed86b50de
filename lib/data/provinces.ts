import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { publishedOnly } from "@/lib/data/selects";

/**
 * Units the public pages report on: those with a published figure or a DTI
 * result, An Giang and Hậu Giang first (by their sort order).
 */
export const listReportingProvinces = cache(async () =>
  db.province.findMany({
    where: { OR: [{ observations: { some: publishedOnly } }, { dtiResults: { some: {} } }] },
    select: { slug: true, nameVi: true, nameEn: true },
    orderBy: { sortOrder: "asc" },
  }),
);

export type ProvinceOption = Awaited<ReturnType<typeof listReportingProvinces>>[number];

export const listPillars = cache(async () =>
  db.pillar.findMany({ select: { code: true, nameVi: true, kind: true }, orderBy: { sortOrder: "asc" } }),
);
