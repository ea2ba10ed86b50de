#!/usr/bin/env node
// Backup and restore of the app's database, whichever it is.
//   npm run backup -- FILE      SQLite: an online, consistent copy (VACUUM
//                               INTO; the app may keep running).
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
    const { createClient } = await import("@libsql/client");
    /** A connection to an existing file (libSQL would create a missing one), waiting out the app's writes. */
    const open = async (file) => {
      if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
      const db = createClient({ url: `file:${file}` });
      await db.execute("PRAGMA busy_timeout = 5000");
      return db;
    };
    if (mode === "backup") {
      // VACUUM INTO writes a consistent copy from one read transaction; it
      // refuses an existing file, so it writes beside the target and renames.
      const partial = `${target}.partial`;
      fs.rmSync(partial, { force: true });
      const db = await open(database);
      try {
        await db.execute({ sql: "VACUUM INTO ?", args: [partial] });
        fs.renameSync(partial, target);
      } finally {
        db.close();
        fs.rmSync(partial, { force: true });
      }
    } else {
      if (fs.existsSync(database) && fs.statSync(database).size > 0) throw new Error(`${database} exists: restore goes into an empty database (move it away first)`);
      // A backup is checked before it replaces anything.
      const check = await open(target);
      try {
        const { rows } = await check.execute("PRAGMA integrity_check");
        if (rows.length !== 1 || rows[0]?.[0] !== "ok") throw new Error(`${file} fails SQLite's integrity check`);
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
