// Integration tests run against a real, throwaway database, migrated with the
// project's migrations and loaded with the seed, like a fresh install:
// a SQLite file, or, when TEST_DATABASE_URL names a PostgreSQL server, a
// database there (made from a seeded template, so each file that needs its
// own copy can have one quickly; see isolated-db.ts).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export default async function setup() {
  process.env.BETTER_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  const server = process.env.TEST_DATABASE_URL;
  if (server && /^postgres(ql)?:\/\//.test(server)) return setupPostgres(server);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-integration-"));
  const url = `file:${path.join(dir, "test.db")}`;
  prepare(url);
  // Workers start after this and inherit the variables.
  process.env.DATABASE_URL = url;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

function prepare(url: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  delete env.DATABASE_PROVIDER;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed/index.ts"], { env, stdio: "pipe" });
}

async function setupPostgres(server: string) {
  const run = `dti_it_${process.pid}`;
  const template = `${run}_template`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  prepare(withDatabase(server, template));
  await admin.query(`CREATE DATABASE "${run}" TEMPLATE "${template}"`);
  process.env.DATABASE_URL = withDatabase(server, run);
  process.env.TEST_TEMPLATE_DATABASE = template;
  return async () => {
    // Every database this run made: the shared one, the template and each file's copy.
    const made = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${run}%`]);
    for (const { datname } of made.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}
