import "server-only";
// What search engines and data harvesters are pointed to: every public page,
// in both languages, with the day the published data behind it last changed
// (the latest publication of the unit's reports; of any unit for the pages
// that show them all).
import { reportPeriodsFor } from "@/features/progress-report/periods";
import { db } from "@/lib/server/db";

export interface SitemapPage {
  /** The Vietnamese address's path; the English one is "/en" before it. */
  path: string;
  lastModified: Date;
}

const SHARED = ["/", "/indicators", "/compare", "/rankings", "/data", "/data/api"];

export async function sitemapPages(now: Date = new Date()): Promise<SitemapPage[]> {
  const [units, indicators, latest] = await Promise.all([
    db.province.findMany({
      select: { slug: true, validFrom: true, validTo: true, reports: { where: { status: "PUBLISHED" }, select: { publishedAt: true }, orderBy: { publishedAt: "desc" }, take: 1 } },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    db.indicator.findMany({ select: { code: true }, orderBy: { sortOrder: "asc" } }),
    db.report.findFirst({ where: { status: "PUBLISHED" }, select: { publishedAt: true }, orderBy: { publishedAt: "desc" } }),
  ]);
  // With nothing published yet, the catalogue itself is what changed last: the day the list is made.
  const everything = latest?.publishedAt ?? now;
  return [
    ...SHARED.map((path) => ({ path, lastModified: everything })),
    ...indicators.map((i) => ({ path: `/indicators/${i.code}`, lastModified: everything })),
    ...units.flatMap((unit) => {
      const lastModified = unit.reports[0]?.publishedAt ?? everything;
      return [
        { path: `/provinces/${unit.slug}`, lastModified },
        ...reportPeriodsFor(unit, now).map((p) => ({ path: `/provinces/${unit.slug}/report/${p.code}`, lastModified })),
      ];
    }),
  ];
}
