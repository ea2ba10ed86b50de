// A database seeded before the seed steps were versioned gets the history on
// its next start, and nothing a person entered or changed is touched by it.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type DbClient } from "@/lib/server/db-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { seedArticles } from "@/prisma/seed/steps/0001-articles";
import { emptyCounts } from "@/prisma/seed/writers";
import { emptyDatabase, repoRoot } from "./helpers";

let fresh: Awaited<ReturnType<typeof emptyDatabase>>;
let db: DbClient;

const ids = async (slug: string, code: string) => {
  const [unit, indicator] = await Promise.all([
    db.province.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    db.indicator.findUniqueOrThrow({ where: { code }, select: { id: true } }),
  ]);
  return { provinceId: unit.id, indicatorId: indicator.id };
};

beforeAll(async () => {
  fresh = await emptyDatabase("seed_steps");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: fresh.url, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
  db = createDbClient(fresh.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await fresh?.drop();
});

describe("versioned seed steps on a database seeded before them", () => {
  it("adds the history, keeps people's figures and targets, and then changes nothing", async () => {
    // The database as the first release left it: step 0001's records, no step recorded.
    await db.$transaction((tx) => seedArticles(tx, emptyCounts()), { timeout: 120_000 });
    expect(await db.seedStep.count()).toBe(0);

    // Since then people published a 2020 report: one figure the history also holds,
    // entered by hand; another entered and then cleared; and a target changed.
    const staff = await db.user.create({ data: { email: "staff@seed-steps.test", name: "Staff", role: "STAFF" } });
    const onTime = await ids("an-giang", "GOV_ON_TIME_DOSSIERS");
    const cleared = await ids("an-giang", "INFRA_COMMUNES_3G4G");
    const report = await db.report.create({ data: { provinceId: onTime.provinceId, period: "2020", status: "PUBLISHED", publishedAt: new Date() } });
    const source = await db.source.findUniqueOrThrow({ where: { key: "article-2023-01-05-an-giang-dx-2022" } });
    await db.observation.create({
      data: { ...onTime, period: "2020", periodEnd: new Date("2020-12-31T00:00:00Z"), value: 96.5, sourceId: source.id, enteredById: staff.id },
    });
    await db.auditEvent.create({ data: { action: "observation.create", actorId: staff.id, ...onTime, period: "2020", reportId: report.id, newValue: "96.5" } });
    await db.auditEvent.create({ data: { action: "observation.delete", actorId: staff.id, ...cleared, period: "2020", reportId: report.id, oldValue: "100" } });
    const contracts = await ids("hau-giang", "ECON_E_CONTRACTS");
    await db.target.update({ where: { provinceId_indicatorId_year: { ...contracts, year: 2030 } }, data: { value: 95 } });

    const first = await seedDatabase(db);
    expect(first.wasEmpty).toBe(false);
    expect(first.applied.map((s) => s.key)).toEqual(["0002-history", "0003-english", "0004-corrections", "0005-meaning"]);
    expect(first.applied[0]!.kept).toBeGreaterThanOrEqual(2);
    expect((await db.seedStep.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((s) => s.key)).toEqual(["0001-articles", "0002-history", "0003-english", "0004-corrections", "0005-meaning"]);

    // The person's figure and target stand; the history arrived around them.
    const figure = await db.observation.findUniqueOrThrow({ where: { provinceId_indicatorId_period: { ...onTime, period: "2020" } } });
    expect(figure).toMatchObject({ value: 96.5, sourceId: source.id, quote: null });
    expect(await db.target.findUniqueOrThrow({ where: { provinceId_indicatorId_year: { ...contracts, year: 2030 } } })).toMatchObject({ value: 95, scope: "NATIONAL" });
    expect(await db.target.findUniqueOrThrow({ where: { provinceId_indicatorId_year: { ...contracts, year: 2025 } } })).toMatchObject({ scope: "PROVINCIAL" });
    expect(await db.observation.count({ where: { ...cleared, period: "2020" } })).toBe(0);
    const fibre = await ids("an-giang", "INFRA_COMMUNE_CENTRES_FIBRE");
    expect(await db.observation.findUniqueOrThrow({ where: { provinceId_indicatorId_period: { ...fibre, period: "2020" } } })).toMatchObject({ value: 100, quote: expect.stringContaining("100% trung tâm xã") });
    const later = await db.observation.findUniqueOrThrow({ where: { provinceId_indicatorId_period: { ...onTime, period: "2024" } } });
    expect(later.value).toBe(99.77);
    expect(await db.dtiResult.count({ where: { year: 2022 } })).toBe(63);

    const before = await db.observation.findMany({ select: { id: true, value: true, updatedAt: true }, orderBy: { id: "asc" } });
    const second = await seedDatabase(db);
    expect(second.applied).toEqual([]);
    expect(await db.observation.findMany({ select: { id: true, value: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
