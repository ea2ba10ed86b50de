#!/usr/bin/env node
// Prepares a checkout to run: dependencies, Prisma client, migrations, and the
// seed data on an empty database. Safe to run again: keeps existing data.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { baseEnv, root, run, sqlitePath, step } from "./lib/run.mjs";

export const DEFAULT_DATABASE_URL = "file:./data/dti.db";

export function installDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  step("Installing dependencies (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

export function prepareDatabase(databaseUrl) {
  const env = baseEnv({ DATABASE_URL: databaseUrl });
  if (databaseUrl.startsWith("file:")) fs.mkdirSync(path.dirname(sqlitePath(databaseUrl)), { recursive: true });
  step("Generating the database client");
  run("npx", ["prisma", "generate"], { env, quiet: true });
  step(`Applying migrations to ${databaseUrl}`);
  run("npx", ["prisma", "migrate", "deploy"], { env, quiet: true });
  step("Applying the seed steps this database has not had yet");
  const demo = process.env.DEMO_ACCOUNTS === "false" ? [] : ["--demo-accounts"];
  run("npx", ["tsx", "prisma/seed/index.ts", ...demo], { env });
}

export function setup() {
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  installDependencies();
  prepareDatabase(databaseUrl);
  return databaseUrl;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    setup();
  } catch (error) {
    console.error(`\nSetup failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
