// A direct, read-only look at the end-to-end database, to check what a
// request stored (or did not). Plain SQL, written once for both databases:
// "?" placeholders and quoted identifiers. The app's client is an ES module
// that the test runner does not load.
import fs from "node:fs";
import { createClient, type InArgs } from "@libsql/client";
import pg from "pg";

const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export async function query<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  if (url.startsWith("file:")) {
    if (!fs.existsSync(url.slice("file:".length))) throw new Error(`No database at ${url}`);
    const db = createClient({ url, intMode: "number" });
    try {
      // The server may be mid-write: wait for its lock as it waits for ours.
      await db.execute("PRAGMA busy_timeout = 5000");
      return (await db.execute({ sql, args: params as InArgs })).rows as unknown as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let n = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function count(sql: string, ...params: unknown[]): Promise<number> {
  return Number((await query<{ n: number | string }>(sql, ...params))[0]?.n ?? 0);
}

export async function provinceId(slug: string): Promise<number> {
  const row = (await query<{ id: number }>('SELECT id FROM "Province" WHERE slug = ?', slug))[0];
  if (!row) throw new Error(`No province ${slug}`);
  return row.id;
}
