#!/usr/bin/env node
// Backup and restore of the app's database, whichever it is.
//   npm run backup -- FILE      SQLite: an online, consistent copy (SQLite's
//                               backup API; the app may keep running).
//                               PostgreSQL: pg_dump in its custom format.
//   npm run restore -- FILE     Into an EMPTY database (stop the app first):
//                               SQLite: the file is put in place;
//                               PostgreSQL: pg_restore, owner-neutral.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root, sqlitePath } from "./lib/run.mjs";

const [mode, file] = process.argv.slice(2);
const url = process.env.DATABASE_URL ?? "file:./data/dti.db";
if (!["backup", "restore"].includes(mode ?? "") || !file) {
  console.error("Usage: node scripts/backup.mjs backup|restore FILE");
  process.exit(2);
}
const target = path.resolve(process.cwd(), file);

/** pg_dump and pg_restore from PATH, or from Debian's versioned folder. */
function pgTool(name) {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (found) return found;
  const base = "/usr/lib/postgresql";
  const version = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (version && fs.existsSync(path.join(base, version, "bin", name))) return path.join(base, version, "bin", name);
  throw new Error(`${name} not found: install Debian's postgresql-client`);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (exit ${result.status})`);
}

try {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    if (mode === "backup") run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--file", target, url]);
    else run(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", url, target]);
  } else {
    const database = sqlitePath(url);
    const { default: Database } = await import("better-sqlite3");
    if (mode === "backup") {
      const db = new Database(database, { readonly: true, fileMustExist: true });
      try {
        await db.backup(target);
      } finally {
        db.close();
      }
    } else {
      if (fs.existsSync(database) && fs.statSync(database).size > 0) throw new Error(`${database} exists: restore goes into an empty database (move it away first)`);
      // A backup is checked before it replaces anything.
      const check = new Database(target, { readonly: true, fileMustExist: true });
      try {
        if (check.pragma("integrity_check", { simple: true }) !== "ok") throw new Error(`${file} fails SQLite's integrity check`);
      } finally {
        check.close();
      }
      fs.mkdirSync(path.dirname(database), { recursive: true });
      for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${database}${suffix}`, { force: true });
      fs.copyFileSync(target, database);
    }
  }
  console.log(`${mode === "backup" ? "Backed up to" : "Restored from"} ${path.relative(root, target) || target}`);
} catch (error) {
  console.error(`${mode} failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
