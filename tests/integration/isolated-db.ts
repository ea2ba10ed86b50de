// Test files that drive the server actions leave reports behind: audit events
// point at them and can be neither changed nor deleted, so those reports can
// never be removed. Such a file works on its own copy of the freshly seeded
// database, so the seed checks in other files (exact row counts, every report
// published) hold whatever order the files run in: a copy of the SQLite
// file, or a PostgreSQL database made from the seeded template.
//
// Await `isolateDatabase` in `vi.hoisted`, before anything imports @/lib/server/db.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";

export interface IsolatedDatabase {
  /** The database URL the file's modules now use. */
  url: string;
  /** The SQLite file, or the PostgreSQL database name, the copy lives in. */
  file: string;
  /** Points DATABASE_URL back at the shared database and removes the copy. */
  release: () => void;
}

const isPostgres = (url: string | undefined) => !!url && /^postgres(ql)?:\/\//.test(url);

export async function isolateDatabase(name: string): Promise<IsolatedDatabase> {
  const sharedUrl = process.env.DATABASE_URL;
  if (isPostgres(sharedUrl)) return isolatePostgres(name, sharedUrl!);
  if (!sharedUrl?.startsWith("file:")) throw new Error(`DATABASE_URL is not a SQLite file URL: ${sharedUrl ?? "(unset)"}`);
  const sharedFile = sharedUrl.slice("file:".length);
  if (!fs.existsSync(sharedFile)) throw new Error(`${sharedFile} does not exist`);
  // Next to the shared database, so the global teardown removes it too.
  const file = path.join(path.dirname(sharedFile), `${name}-${process.pid}-${Date.now()}.db`);
  const source = createClient({ url: sharedUrl });
  try {
    // A consistent copy, triggers included, even if the source has a WAL.
    await source.execute({ sql: "VACUUM INTO ?", args: [file] });
  } finally {
    source.close();
  }
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  return {
    url,
    file,
    release: () => {
      process.env.DATABASE_URL = sharedUrl;
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

/** A database made from the seeded template (which nothing connects to, so copying it never waits). */
function isolatePostgres(name: string, sharedUrl: string): IsolatedDatabase {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template) throw new Error("TEST_TEMPLATE_DATABASE is not set: run the integration tests through vitest's global setup");
  const database = `${template.replace(/_template$/, "")}_${name.replace(/\W/g, "_")}`;
  const psql = (sql: string) => execFileSync("node", ["-e", PSQL, sharedUrl, sql], { stdio: "pipe" });
  psql(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  const url = new URL(sharedUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  return {
    url: url.toString(),
    file: database,
    release: () => {
      process.env.DATABASE_URL = sharedUrl;
      psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    },
  };
}

// Run synchronously from vi.hoisted, before any client exists: a tiny child process.
const PSQL = `const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query(process.argv[2])).then(()=>c.end(),e=>{console.error(e.message);process.exit(1)})`;

/** The database file a connection has open, to check the snapshot is really in use. */
export function sameFile(a: string, b: string): boolean {
  return fs.realpathSync(a) === fs.realpathSync(b);
}

interface Client {
  $queryRawUnsafe<T>(query: string): Promise<T>;
  $disconnect(): Promise<void>;
}

/** The app's connection really is on this file's copy, not the shared database. */
export async function expectSnapshotInUse(isolated: IsolatedDatabase, client: Client) {
  if (isPostgres(isolated.url)) {
    const [row] = await client.$queryRawUnsafe<{ name: string }[]>("SELECT current_database()::text AS name");
    if (row?.name !== isolated.file) throw new Error(`The app is not using the copy ${isolated.file}`);
    return;
  }
  const files = await client.$queryRawUnsafe<{ name: string; file: string }[]>("PRAGMA database_list");
  const main = files.find((f) => f.name === "main");
  if (!main || !sameFile(main.file, isolated.file)) throw new Error(`The app is not using the snapshot ${isolated.file}`);
}

/** Closes the app's clients, forgets the cached ones, and removes the snapshot. */
export async function closeSnapshot(isolated: IsolatedDatabase, ...clients: Array<Client | undefined>) {
  for (const client of clients) await client?.$disconnect();
  const globals = globalThis as { db?: unknown; credentialsDb?: unknown };
  delete globals.db;
  delete globals.credentialsDb;
  isolated.release();
}
