#!/usr/bin/env node
// The server the end-to-end tests run against: a fresh database (migrated and
// seeded), a production build, `next start` on E2E_PORT.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { baseEnv, buildIsCurrent, markBuild, root, run, sqlitePath, step } from "./lib/run.mjs";
import { prepareDatabase } from "./setup.mjs";

const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const port = process.env.E2E_PORT ?? "3311";
const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.ts", "proxy.ts", "postcss.config.mjs", "package-lock.json"];

if (databaseUrl.startsWith("file:")) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${sqlitePath(databaseUrl)}${suffix}`, { force: true });
} else {
  // A fresh PostgreSQL database of the same name on the given server.
  const { default: pg } = await import("pg");
  const server = new URL(databaseUrl);
  const database = server.pathname.slice(1);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
}
prepareDatabase(databaseUrl);

const env = baseEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "production", APP_URL: `http://127.0.0.1:${port}` });
if (!buildIsCurrent(SOURCES, databaseUrl)) {
  step("Building the app for the end-to-end tests");
  run("npx", ["next", "build"], { env });
  markBuild(databaseUrl);
}
step(`Serving on http://127.0.0.1:${port}`);
// Same process group as this script: Playwright stops the whole group when the tests end.
const server = spawn("node", ["scripts/serve.mjs"], { cwd: root, env: { ...env, PORT: port, LISTEN_HOST: "127.0.0.1" }, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
