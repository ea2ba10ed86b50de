// A direct, read-only look at the end-to-end database, to check what a
// request stored (or did not). Plain SQL: the app's client is an ES module
// that the test runner does not load.
import Database from "better-sqlite3";

const file = (process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").replace(/^file:/, "");

export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function count(sql: string, ...params: unknown[]): number {
  return query<{ n: number }>(sql, ...params)[0]?.n ?? 0;
}

export function provinceId(slug: string): number {
  const row = query<{ id: number }>('SELECT id FROM "Province" WHERE slug = ?', slug)[0];
  if (!row) throw new Error(`No province ${slug}`);
  return row.id;
}
