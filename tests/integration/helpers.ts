// Shared helpers for the integration tests: the repository root, the Prisma
// CLI against a scratch database, and look-ups of seeded rows by their handles.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db } from "@/lib/server/db";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface CliResult {
  status: number | null;
  output: string;
}

/**
 * Runs `npx prisma <args>` from the repository root. The CLI opens its SQLite
 * adapter even for a diff of two files, so it gets a scratch database in a
 * temp dir (never the shared test database) and the default provider.
 */
export function runPrismaCli(args: readonly string[]): CliResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-cli-"));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "scratch.db")}`,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    };
    delete env.DATABASE_PROVIDER;
    const result = spawnSync("npx", ["prisma", ...args], { cwd: repoRoot, env, encoding: "utf8", timeout: 55_000 });
    const output = [result.stdout, result.stderr, result.error?.message].filter(Boolean).join("\n");
    return { status: result.status, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function provinceIdOf(slug: string): Promise<number> {
  const row = await db.province.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return row.id;
}

export async function indicatorIdOf(code: string): Promise<number> {
  const row = await db.indicator.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return row.id;
}

export async function sourceIdOf(key: string): Promise<number> {
  const row = await db.source.findUniqueOrThrow({ where: { key }, select: { id: true } });
  return row.id;
}

/** Row counts of every table the seed fills (and of reports and audit events it writes). */
export async function tableCounts() {
  const [sources, provinces, provinceFacts, pillars, indicators, targets, reports, observations, dtiResults, auditEvents] =
    await Promise.all([
      db.source.count(),
      db.province.count(),
      db.provinceFact.count(),
      db.pillar.count(),
      db.indicator.count(),
      db.target.count(),
      db.report.count(),
      db.observation.count(),
      db.dtiResult.count(),
      db.auditEvent.count(),
    ]);
  return { sources, provinces, provinceFacts, pillars, indicators, targets, reports, observations, dtiResults, auditEvents };
}

/** The lines of a CSV file, without the byte-order mark. */
export function csvLines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line.length > 0);
}

/**
 * An empty database of the provider under test, for a file that needs to
 * migrate one itself: a SQLite file in a temp dir, or a new PostgreSQL
 * database on the test server. `drop` removes it.
 */
export async function emptyDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const shared = process.env.DATABASE_URL ?? "";
  if (/^postgres(ql)?:\/\//.test(shared)) {
    const { default: pg } = await import("pg");
    const database = `${process.env.TEST_TEMPLATE_DATABASE?.replace(/_template$/, "") ?? "dti_it"}_${name}`;
    const admin = new pg.Client({ connectionString: shared });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(shared);
    url.pathname = `/${database}`;
    return {
      url: url.toString(),
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dti-${name}-`));
  return { url: `file:${path.join(dir, `${name}.db`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
