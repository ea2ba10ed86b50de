#!/usr/bin/env node
// The server the end-to-end tests run against: a fresh database (migrated and
// seeded), then the build and server of `npm start` with its defaults (no
// LISTEN_HOST, no APP_URL: it listens on 0.0.0.0 and is opened at
// http://localhost:E2E_PORT), in this script's process group so that
// Playwright stops it with the tests.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { root, sqlitePath, step } from "./lib/run.mjs";
import { buildIfStale, serverEnv } from "./start.mjs";
import { prepareDatabase } from "./setup.mjs";

const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const port = process.env.E2E_PORT ?? "3311";

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

// A setting a developer's shell happens to hold must not change what the tests meet.
delete process.env.LISTEN_HOST;
delete process.env.APP_URL;
const env = serverEnv(databaseUrl, port);
buildIfStale(env, databaseUrl);
step(`Serving on http://localhost:${port}`);
// Same process group as this script: Playwright stops the whole group when the tests end.
const server = spawn("node", ["scripts/serve.mjs"], { cwd: root, env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
