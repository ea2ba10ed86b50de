// The seeded database holds exactly the cited figures, each with its source,
// reseeding changes nothing, and the schema's constraints hold.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/db";
import { createDbClient } from "@/lib/db-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { indicators } from "@/prisma/seed/data/catalog";
import { dtiResults, nationalTargets, observations, provincesWithTargets } from "@/prisma/seed/data/figures";
import { provinces } from "@/prisma/seed/data/provinces";
import { sources } from "@/prisma/seed/data/sources";
import { indicatorIdOf, provinceIdOf, sourceIdOf, tableCounts } from "./helpers";

/** Each province's own targets, plus the national ones it has none of its own for. */
const expectedTargetCount = provincesWithTargets.reduce((sum, { own }) => {
  const ownKeys = new Set(own.map((t) => `${t.indicator}/${t.year}`));
  return sum + own.length + nationalTargets.filter((t) => !ownKeys.has(`${t.indicator}/${t.year}`)).length;
}, 0);

async function targetOf(slug: string, code: string, year: number) {
  return db.target.findFirst({
    where: { province: { slug }, indicator: { code }, year },
    select: { comparator: true, value: true, scope: true, source: { select: { key: true } } },
  });
}

async function observationOf(slug: string, code: string, period: string) {
  return db.observation.findFirst({
    where: { province: { slug }, indicator: { code }, period },
    select: { value: true, qualifier: true, source: { select: { key: true, file: true } } },
  });
}

describe("seeded database", () => {
  it("holds exactly the seed's records", async () => {
    const counts = await tableCounts();
    expect(counts.observations).toBe(observations.length);
    expect(counts.targets).toBe(expectedTargetCount);
    // An Giang: 17 own + 11 uncovered national; Hậu Giang: all 23 national.
    expect(counts.targets).toBe(51);
    expect(counts.dtiResults).toBe(dtiResults.length);
    expect(counts.sources).toBe(sources.length);
    expect(counts.indicators).toBe(indicators.length);
    expect(counts.provinces).toBe(provinces.length);
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
    for (const o of observations) {
      const key = `${o.province}/${o.indicator}/${o.period}`;
      const row = stored.get(key);
      expect(row, `missing observation ${key}`).toBeDefined();
      expect(row!.value, key).toBe(o.value);
      expect(row!.qualifier, key).toBe("qualifier" in o ? o.qualifier : "EXACT");
      expect(row!.source.key, key).toBe(o.source);
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
    expect(reports.length).toBe(new Set(observations.map((o) => `${o.province}/${o.period}`)).size);
    for (const report of reports) {
      expect(report.status, `${report.province.slug} ${report.period}`).toBe("PUBLISHED");
      expect(report.publishedAt).not.toBeNull();
    }
  });

  it("changes nothing when seeded again", async () => {
    const before = await tableCounts();
    const stamps = await db.observation.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const client = createDbClient(process.env.DATABASE_URL!);
    try {
      const summary = await seedDatabase(client);
      expect(summary.created).toBe(0);
      expect(summary.observations).toBe(observations.length);
      expect(summary.targets).toBe(expectedTargetCount);
    } finally {
      await client.$disconnect();
    }
    expect(await tableCounts()).toEqual(before);
    const after = await db.observation.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(stamps);
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
