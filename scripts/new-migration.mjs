#!/usr/bin/env node
// Makes a new migration for every provider by diffing the schema as it was at
// the last migration (prisma/<provider>/schema.snapshot.prisma) against the
// schema now. Needs no database. Usage: npm run db:new-migration -- add_thing
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROVIDERS, schemaDir, snapshotPath, migrationsDir, readSchema } from "./lib/schema-files.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}

const scratchUrl = `file:${path.join(os.tmpdir(), `dti-diff-${process.pid}.db`)}`;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
let made = 0;
const unchanged = [];

for (const provider of PROVIDERS) {
  const snapshot = snapshotPath(provider);
  const from = fs.existsSync(snapshot)
    ? ["--from-schema-datamodel", snapshot]
    : ["--from-empty"];
  const output = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schemaDir(provider), "--script"],
    // The CLI opens its adapter even for a diff of two files: give it a scratch
    // SQLite file; the SQL dialect comes from the datamodel's provider.
    { encoding: "utf8", env: { ...process.env, DATABASE_PROVIDER: "sqlite", DATABASE_URL: scratchUrl } },
  );
  // The CLI prints its config notices on stdout too; keep only the SQL.
  const sql = output
    .split("\n")
    .filter((line) => !/^(Loaded Prisma config|Prisma config detected)/.test(line))
    .join("\n")
    .trim();
  if (sql === "" || /^-- This is an empty migration\.$/.test(sql)) {
    console.log(`${provider}: no change`);
    unchanged.push(provider);
    continue;
  }
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  const lock = path.join(migrationsDir(provider), "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(lock, `# Written by scripts/new-migration.mjs\nprovider = "${provider}"\n`);
  }
  fs.writeFileSync(snapshot, readSchema(provider));
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  made++;
}
if (made === 0) console.log("The schema has no change that needs a migration.");
// Both providers keep the same migration folders: a change that means nothing
// to one of them (an enum value in SQLite) still gets a folder there.
for (const provider of made > 0 ? unchanged : []) {
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  // libSQL refuses a migration statement that returns rows, so SQLite's no-op is a comment only.
  const noop = provider === "sqlite" ? "" : "SELECT 1;\n";
  fs.writeFileSync(path.join(dir, "migration.sql"), `-- No change for ${provider}; kept so both providers have the same migrations.\n${noop}`);
  fs.writeFileSync(snapshotPath(provider), readSchema(provider));
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql (no change)`);
}
