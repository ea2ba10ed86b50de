// The README's backup and restore, on the database under test: back up a
// seeded database with people's work in it, wipe it, restore into an empty
// one, and find every figure and every audit event again.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type DbClient } from "@/lib/server/db-client";
import { emptyDatabase, repoRoot } from "./helpers";

let fresh: Awaited<ReturnType<typeof emptyDatabase>>;
let dir: string;

const env = (url: string) => ({ ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" });
const script = (url: string, ...args: string[]) => execFileSync("node", ["scripts/backup.mjs", ...args], { cwd: repoRoot, env: env(url), stdio: "pipe" });

/** Every figure and audit event as rows to compare, and the count of every other table. */
async function contents(db: DbClient) {
  const [observations, auditEvents, users, reports, targets, sources] = await Promise.all([
    db.observation.findMany({ orderBy: { id: "asc" }, select: { id: true, provinceId: true, indicatorId: true, period: true, value: true, sourceId: true, version: true } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true, action: true, actorId: true, oldValue: true, newValue: true, at: true } }),
    db.user.count(),
    db.report.count(),
    db.target.count(),
    db.source.count(),
  ]);
  return { observations, auditEvents, users, reports, targets, sources };
}

beforeAll(async () => {
  fresh = await emptyDatabase("backup");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-backup-"));
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: repoRoot, env: env(fresh.url), stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed/index.ts", "--demo-accounts"], { cwd: repoRoot, env: env(fresh.url), stdio: "pipe" });
}, 180_000);

afterAll(async () => {
  await fresh?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("bring back every figure and audit event after the database is wiped", { timeout: 180_000 }, async () => {
    const db = createDbClient(fresh.url);
    // People's work since the seed: a figure typed in, with its audit event.
    const staff = await db.user.findFirstOrThrow({ where: { role: "STAFF" } });
    const report = await db.report.findFirstOrThrow({ where: { provinceId: staff.provinceId! } });
    const indicator = await db.indicator.findFirstOrThrow({ where: { code: "SOC_SMARTPHONE" } });
    const source = await db.source.findFirstOrThrow();
    await db.observation.upsert({
      where: { provinceId_indicatorId_period: { provinceId: report.provinceId, indicatorId: indicator.id, period: report.period } },
      create: { provinceId: report.provinceId, indicatorId: indicator.id, period: report.period, periodEnd: new Date(), value: 77.7, sourceId: source.id, enteredById: staff.id },
      update: {},
    });
    await db.auditEvent.create({ data: { action: "observation.create", actorId: staff.id, provinceId: report.provinceId, period: report.period, newValue: "77.7" } });
    const before = await contents(db);
    expect(before.observations.length).toBeGreaterThan(50);
    expect(before.auditEvents.length).toBeGreaterThan(0);
    await db.$disconnect();

    const file = path.join(dir, "dti.backup");
    script(fresh.url, "backup", file);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    // Wiped: an empty database where it was.
    await fresh.drop();
    fresh = await emptyDatabase("backup");
    script(fresh.url, "restore", file);

    const restored = createDbClient(fresh.url);
    try {
      expect(await contents(restored)).toEqual(before);
      // The restored audit trail is still append-only.
      await expect(restored.auditEvent.deleteMany({})).rejects.toThrow();
    } finally {
      await restored.$disconnect();
    }
  });
});
