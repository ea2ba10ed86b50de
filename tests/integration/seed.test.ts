// The seeded database holds exactly the cited figures, each with its source,
// reseeding changes nothing, and the schema's constraints hold.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/server/db";
import { createDbClient } from "@/lib/server/db-client";
import { seedDatabase, seedSteps } from "@/prisma/seed/seed";
import { indicators } from "@/prisma/seed/data/catalog";
import { dtiResults, observations } from "@/prisma/seed/data/figures";
import { historyDtiResults, historyObservations, historySources, historyTargets } from "@/prisma/seed/data/history";
import { nationalUnits, provinces } from "@/prisma/seed/data/provinces";
import { sources } from "@/prisma/seed/data/sources";
import { FIGURE_CITATIONS, MOVES, SPLIT_INDICATORS, TARGET_CITATIONS } from "@/prisma/seed/steps/0005-meaning";
import { indicatorIdOf, provinceIdOf, sourceIdOf, tableCounts } from "./helpers";

const allObservations = [...observations, ...historyObservations];
const keyOf = (o: { province: string; indicator: string; period: string }) => `${o.province}/${o.indicator}/${o.period}`;
/** Figures that steps 0002 and 0005 filed under the indicator they measure. */
const moved = new Map([
  ["hau-giang/SOC_FIBRE_HOUSEHOLDS/2023-H1", "hau-giang/SOC_FIBRE_HOUSEHOLDS_CONNECTED/2023-H1"],
  ...MOVES.map((m) => [`${m.province}/${m.from}/${m.period}`, `${m.province}/${m.to}/${m.period}`] as const),
]);
/** Figures step 0005 cites on a page with an address instead of an article known by its file alone. */
const recited = new Map(FIGURE_CITATIONS.map((c) => [`${c.province}/${c.indicator}/${c.period}`, c.to]));

/** The English texts the seed writes, with each record's last change. */
async function englishTexts() {
  const [indicators, sources, facts, dti] = await Promise.all([
    db.indicator.findMany({ select: { code: true, definitionEn: true, updatedAt: true }, orderBy: { code: "asc" } }),
    db.source.findMany({ select: { key: true, titleEn: true, publisherEn: true, updatedAt: true }, orderBy: { key: "asc" } }),
    db.provinceFact.findMany({ select: { id: true, textEn: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.dtiResult.findMany({ select: { id: true, noteEn: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { indicators, sources, facts, dti };
}

async function targetOf(slug: string, code: string, year: number) {
  return db.target.findFirst({
    where: { province: { slug }, indicator: { code }, year },
    select: { comparator: true, value: true, scope: true, source: { select: { key: true } } },
  });
}

async function observationOf(slug: string, code: string, period: string) {
  return db.observation.findFirst({
    where: { province: { slug }, indicator: { code }, period },
    select: { value: true, qualifier: true, source: { select: { key: true, file: true, url: true } } },
  });
}

describe("seeded database", () => {
  it("holds exactly the seed's records", async () => {
    const counts = await tableCounts();
    expect(counts.observations).toBe(allObservations.length);
    expect(new Set(allObservations.map(keyOf)).size).toBe(allObservations.length);
    // Hậu Giang 2020 is in both lists: step 0002 replaces the derived row.
    expect(counts.dtiResults).toBe(new Set([...dtiResults, ...historyDtiResults].map((d) => `${d.province}/${d.year}`)).size);
    expect(counts.sources).toBe(sources.length + historySources.length);
    expect(counts.indicators).toBe(indicators.length + SPLIT_INDICATORS.length);
    expect(counts.provinces).toBe(provinces.length + nationalUnits.length);
    expect(await db.seedStep.count()).toBe(seedSteps.length);
  });

  it("holds every seeded observation with its value, qualifier, period and source", async () => {
    const rows = await db.observation.findMany({
      select: {
        period: true,
        value: true,
        qualifier: true,
        province: { select: { slug: true } },
        indicator: { select: { code: true } },
        source: { select: { key: true } },
      },
    });
    const stored = new Map(rows.map((r) => [`${r.province.slug}/${r.indicator.code}/${r.period}`, r]));
    for (const o of allObservations) {
      const key = moved.get(keyOf(o)) ?? keyOf(o);
      const row = stored.get(key);
      expect(row, `missing observation ${key}`).toBeDefined();
      expect(row!.value, key).toBe(o.value);
      expect(row!.qualifier, key).toBe("qualifier" in o ? o.qualifier : "EXACT");
      expect(row!.source.key, key).toBe(recited.get(key) ?? o.source);
    }
  });

  it("matches the cited figures (spot checks)", async () => {
    const smartphone = await observationOf("an-giang", "SOC_SMARTPHONE", "2022");
    expect(smartphone).toMatchObject({ value: 66.2, qualifier: "EXACT", source: { file: "001_e0ddb05d260c1c47.txt" } });

    expect(await targetOf("an-giang", "SOC_SMARTPHONE", 2025)).toMatchObject({ comparator: "GTE", value: 80, scope: "PROVINCIAL" });
    expect(await targetOf("an-giang", "SOC_PAYMENT_ACCOUNT", 2025)).toMatchObject({ comparator: "GT", value: 70, scope: "PROVINCIAL" });
    expect(await targetOf("hau-giang", "SOC_SMARTPHONE", 2025)).toMatchObject({
      comparator: "GTE",
      value: 80,
      scope: "NATIONAL",
      source: { key: "decision-411-qd-ttg-2022" },
    });

    const dti = await db.dtiResult.findFirst({ where: { province: { slug: "hau-giang" }, year: 2021 } });
    expect(dti).toMatchObject({ rank: 17, rankedCount: 63, score: 0.467, govRank: 16 });
    // The derived 2020 rank gave way to the published value and its page.
    const dti2020 = await db.dtiResult.findFirst({ where: { province: { slug: "hau-giang" }, year: 2020 }, select: { rank: true, score: true, source: { select: { url: true } } } });
    expect(dti2020).toMatchObject({ rank: 28, score: 0.3215, source: { url: expect.stringContaining("vithanh.haugiang.gov.vn") } });
    expect(await db.dtiResult.count({ where: { year: 2022 } })).toBe(63);
    expect(await db.dtiResult.count({ where: { year: 2022, rank: 15 } })).toBe(2);

    // Hậu Giang's first-half 2023 figures cite the article, not the portal's front page.
    const portal = await db.source.findUniqueOrThrow({ where: { key: "hau-giang-huunghi-2023-h1" } });
    expect(portal.url).toMatch(/hau-giang-nam-trong-top-10-dia-phuong-dan-dau-toan-quoc-ve-ha-tang-so-985\.html$/);

    // "Có kết nối" is households connected, not covered: the figure moved, with the article's sentence.
    expect(await observationOf("hau-giang", "SOC_FIBRE_HOUSEHOLDS", "2023-H1")).toBeNull();
    const connected = await db.observation.findFirstOrThrow({ where: { province: { slug: "hau-giang" }, indicator: { code: "SOC_FIBRE_HOUSEHOLDS_CONNECTED" }, period: "2023-H1" } });
    expect(connected).toMatchObject({ value: 61, quote: expect.stringContaining("có kết nối internet băng rộng cáp quang đạt 61%") });

    // Hậu Giang's own plan (KH 128) replaced the national target step 0001 gave it.
    expect(await targetOf("hau-giang", "ECON_E_CONTRACTS", 2025)).toMatchObject({ comparator: "GT", value: 80, scope: "PROVINCIAL" });

    expect(await observationOf("hau-giang", "SOC_PROVINCE_APP_USERS", "2022")).toMatchObject({ value: 67500, qualifier: "MORE_THAN" });
    expect(await observationOf("an-giang", "INFRA_BTS", "2022")).toMatchObject({ value: 2200, qualifier: "APPROXIMATELY" });

    const successors = await db.province.findMany({
      where: { slug: { in: ["an-giang", "hau-giang"] } },
      select: { slug: true, successor: { select: { slug: true } } },
      orderBy: { sortOrder: "asc" },
    });
    expect(successors).toEqual([
      { slug: "an-giang", successor: { slug: "an-giang-2025" } },
      { slug: "hau-giang", successor: { slug: "can-tho-2025" } },
    ]);
  });

  it("gives every figure and target a source and publishes every seeded report", async () => {
    const [figures, targets, reports] = await Promise.all([
      db.observation.findMany({ select: { id: true, sourceId: true, source: { select: { title: true } } } }),
      db.target.findMany({ select: { id: true, sourceId: true, source: { select: { title: true } } } }),
      db.report.findMany({ select: { period: true, status: true, publishedAt: true, province: { select: { slug: true } } } }),
    ]);
    for (const row of [...figures, ...targets]) {
      expect(row.sourceId).not.toBeNull();
      expect(row.source.title.trim()).not.toBe("");
    }
    expect(reports.length).toBe(new Set(allObservations.map((o) => `${o.province}/${o.period}`)).size);
    for (const report of reports) {
      expect(report.status, `${report.province.slug} ${report.period}`).toBe("PUBLISHED");
      expect(report.publishedAt).not.toBeNull();
    }
  });

  it("keeps every history figure's own sentence and the conflicts the sources disagree on", async () => {
    const rows = await db.observation.findMany({
      select: { period: true, quote: true, conflict: true, province: { select: { slug: true } }, indicator: { select: { code: true } } },
    });
    const stored = new Map(rows.map((r) => [`${r.province.slug}/${r.indicator.code}/${r.period}`, r]));
    for (const o of historyObservations) {
      const key = moved.get(keyOf(o)) ?? keyOf(o);
      expect(stored.get(key)?.quote, key).toBe(o.quote);
      expect(stored.get(key)?.conflict ?? undefined, key).toBe(o.conflict);
    }
    // An Giang's 2023 digital-economy share: the later, final 5,28 % stands; the estimate is named.
    const share = await db.observation.findFirstOrThrow({ where: { province: { slug: "an-giang" }, indicator: { code: "ECON_DE_SHARE_GRDP" }, period: "2023" } });
    expect(share.value).toBe(5.28);
    expect(share.conflict).toContain("7,18");
    for (const t of historyTargets) {
      const source = TARGET_CITATIONS.find((c) => c.province === t.province && c.indicator === t.indicator && c.year === t.year)?.to ?? t.source;
      expect(await targetOf(t.province, t.indicator, t.year), `${t.province}/${t.indicator}/${t.year}`).toMatchObject({ value: t.value, comparator: t.comparator, scope: t.scope, source: { key: source } });
    }
  });

  it("files each figure under what it measures, with a rank's number ranked, a to-date figure's day and the page it is cited from", async () => {
    // A stock is not a flow, downloads are not installs: each moved with its audit trail.
    expect(await observationOf("an-giang-2025", "GOV_OVERDUE_DOSSIERS", "2026-Q1")).toBeNull();
    expect(await observationOf("an-giang-2025", "GOV_OVERDUE_PENDING", "2026-Q1")).toMatchObject({ value: 5830 });
    expect(await observationOf("hau-giang", "SOC_PROVINCE_APP_USERS", "2023-H1")).toBeNull();
    expect(await observationOf("hau-giang", "SOC_PROVINCE_APP_DOWNLOADS", "2023-H1")).toMatchObject({ value: 70000, qualifier: "MORE_THAN" });
    const moves = await db.auditEvent.findMany({ where: { action: "observation.reclassify", reason: { contains: "lượt tải" } }, select: { oldValue: true, newValue: true } });
    expect(moves).toEqual([
      { oldValue: "70000", newValue: null },
      { oldValue: null, newValue: "70000" },
    ]);
    const figure = (slug: string, code: string, period: string) =>
      db.observation.findFirstOrThrow({ where: { province: { slug }, indicator: { code }, period }, select: { outOf: true, asOf: true } });
    expect(await figure("an-giang", "GOV_SERVICE_INDEX_766_RANK", "2023-Q2")).toEqual({ outOf: 63, asOf: new Date("2023-05-31T00:00:00Z") });
    expect(await figure("an-giang-2025", "GOV_SERVICE_INDEX_766_RANK", "2026-Q1")).toEqual({ outOf: 34, asOf: new Date("2026-01-31T00:00:00Z") });
    expect((await figure("an-giang-2025", "GOV_E_DOCUMENTS", "2025-Q4")).asOf).toEqual(new Date("2025-10-31T00:00:00Z"));
    expect((await figure("an-giang", "SOC_SMARTPHONE", "2022")).asOf).toBeNull();
    // The article known by its file now has its address; a DTI row names its second source; unconfirmed values say so.
    expect((await observationOf("an-giang", "SOC_SMARTPHONE", "2022"))?.source).toMatchObject({ url: "https://baoangiang.com.vn/an-giang-day-manh-phat-trien-kinh-te-so-xa-hoi-so-a354961.html" });
    const dti = (slug: string, year: number) =>
      db.dtiResult.findFirstOrThrow({ where: { province: { slug }, year }, select: { unverified: true, source: { select: { key: true } }, alsoSource: { select: { key: true } } } });
    expect(await dti("tra-vinh", 2022)).toEqual({ unverified: null, source: { key: "dti-gov-vn-2022" }, alsoSource: { key: "travinh-gov-dti-2022" } });
    expect(await dti("hau-giang", 2021)).toEqual({
      unverified: "score,govScore,govRank,econScore,econRank,socScore,socRank",
      source: { key: "article-2023-01-25-hau-giang-dx-future" },
      alsoSource: { key: "dti-gov-vn-2021" },
    });
  });

  it("changes nothing when seeded again", async () => {
    const before = await tableCounts();
    const stamps = await db.observation.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const texts = await englishTexts();
    const client = createDbClient(process.env.DATABASE_URL!);
    try {
      const summary = await seedDatabase(client);
      expect(summary.applied).toEqual([]);
    } finally {
      await client.$disconnect();
    }
    expect(await tableCounts()).toEqual(before);
    const after = await db.observation.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(stamps);
    expect(await englishTexts()).toEqual(texts);
  });
});

describe("database constraints", () => {
  it("refuses a second figure for the same province, indicator and period", async () => {
    const [provinceId, indicatorId, sourceId] = await Promise.all([
      provinceIdOf("an-giang"),
      indicatorIdOf("SOC_SMARTPHONE"),
      sourceIdOf("article-2023-02-13-an-giang-digital-economy-society"),
    ]);
    const duplicate = { provinceId, indicatorId, period: "2022", periodEnd: new Date("2022-12-31T00:00:00Z"), value: 12.3, sourceId };
    try {
      await expect(db.observation.create({ data: duplicate })).rejects.toMatchObject({ code: "P2002" }); // unique constraint
    } finally {
      await db.observation.deleteMany({ where: { provinceId, indicatorId, period: "2022", value: 12.3 } });
    }
    expect((await observationOf("an-giang", "SOC_SMARTPHONE", "2022"))?.value).toBe(66.2);
  });

  it("refuses a figure for a period the province has no report for", async () => {
    const [provinceId, indicatorId, sourceId] = await Promise.all([
      provinceIdOf("kien-giang"),
      indicatorIdOf("SOC_SMARTPHONE"),
      sourceIdOf("article-2023-02-13-an-giang-digital-economy-society"),
    ]);
    expect(await db.report.count({ where: { provinceId, period: "2021" } })).toBe(0);
    const orphan = { provinceId, indicatorId, period: "2021", periodEnd: new Date("2021-12-31T00:00:00Z"), value: 42, sourceId };
    try {
      await expect(db.observation.create({ data: orphan })).rejects.toMatchObject({ code: "P2003" }); // foreign key
    } finally {
      await db.observation.deleteMany({ where: { provinceId, period: "2021" } });
    }
  });

  it("refuses a target for an unknown indicator", async () => {
    const [provinceId, sourceId] = await Promise.all([provinceIdOf("hau-giang"), sourceIdOf("decision-411-qd-ttg-2022")]);
    const unknownIndicatorId = 999_999;
    expect(await db.indicator.findUnique({ where: { id: unknownIndicatorId } })).toBeNull();
    const target = { provinceId, indicatorId: unknownIndicatorId, year: 2025, comparator: "GTE" as const, value: 1, scope: "NATIONAL" as const, sourceId };
    try {
      await expect(db.target.create({ data: target })).rejects.toMatchObject({ code: "P2003" }); // foreign key
    } finally {
      await db.target.deleteMany({ where: { indicatorId: unknownIndicatorId } });
    }
  });
});
