// Test files that drive the server actions leave reports behind: audit events
// point at them and can be neither changed nor deleted, so those reports can
// never be removed. Such a file works on its own snapshot of the shared,
// freshly seeded database, so the seed checks in other files (exact row
// counts, every report published) hold whatever order the files run in.
//
// Call `isolateDatabase` from `vi.hoisted`, before anything imports @/lib/db.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface IsolatedDatabase {
  /** The SQLite URL the file's modules now use. */
  url: string;
  /** The file the snapshot lives in. */
  file: string;
  /** Points DATABASE_URL back at the shared database and removes the snapshot. */
  release: () => void;
}

export function isolateDatabase(name: string): IsolatedDatabase {
  const sharedUrl = process.env.DATABASE_URL;
  if (!sharedUrl?.startsWith("file:")) throw new Error(`DATABASE_URL is not a SQLite file URL: ${sharedUrl ?? "(unset)"}`);
  const sharedFile = sharedUrl.slice("file:".length);
  // Next to the shared database, so the global teardown removes it too.
  const file = path.join(path.dirname(sharedFile), `${name}-${process.pid}-${Date.now()}.db`);
  const source = new Database(sharedFile, { readonly: true, fileMustExist: true });
  try {
    // A consistent copy, triggers included, even if the source has a WAL.
    source.prepare("VACUUM INTO ?").run(file);
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

/** The database file a connection has open, to check the snapshot is really in use. */
export function sameFile(a: string, b: string): boolean {
  return fs.realpathSync(a) === fs.realpathSync(b);
}

interface Client {
  $queryRawUnsafe<T>(query: string): Promise<T>;
  $disconnect(): Promise<void>;
}

/** The app's connection really is on this file's snapshot, not the shared database. */
export async function expectSnapshotInUse(isolated: IsolatedDatabase, client: Client) {
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
