import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { providerOf } from "@/lib/server/db-client";
import { env } from "@/lib/server/env";
import type { Tx } from "@/lib/server/transaction";

/** Bound parameters one SQLite statement may carry (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since SQLite 3.32 and in libSQL). */
export const MAX_PARAMETERS = 32_766;

export type Cell = string | number | Date | null;

const identifier = (name: string) => {
  if (!/^[A-Za-z_]\w*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

/**
 * Inserts rows and returns the `returning` columns of every row. Quoted
 * identifiers are the models' names on both providers. Being raw SQL, it
 * fills nothing the ORM would: the caller gives every timestamp
 * (`@default(now())`, `@updatedAt`) itself; columns left out take the
 * database's default. Run inside the caller's transaction, a failing statement
 * rolls back the statements before it too.
 *
 * On SQLite: multi-row INSERT statements, as many rows to a statement as the
 * parameter limit allows (Prisma.sql writes the placeholders). On PostgreSQL:
 * one statement whatever the number of rows, the rows sent as one JSON
 * parameter that json_populate_recordset reads with the table's own column
 * types. Tens of thousands of bound parameters cost the client several times
 * as long to send, and the server to parse and bind, as inserting the rows
 * does.
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, never>>(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  returning: readonly string[] = [],
): Promise<R[]> {
  for (const row of rows) if (row.length !== columns.length) throw new Error(`${table}: a row of ${row.length} values for ${columns.length} columns`);
  if (rows.length === 0) return [];
  const tail = returning.length > 0 ? Prisma.sql` RETURNING ${Prisma.join(returning.map(identifier))}` : Prisma.empty;
  const run = (statement: Prisma.Sql) => (returning.length > 0 ? tx.$queryRaw<R[]>(statement) : tx.$executeRaw(statement).then(() => []));
  const into = Prisma.sql`INSERT INTO ${identifier(table)} (${Prisma.join(columns.map(identifier))})`;
  if (providerOf(env.DATABASE_URL) === "postgresql") {
    const json = rowsAsJson(columns, rows);
    return run(Prisma.sql`${into} SELECT ${Prisma.join(columns.map(identifier))} FROM json_populate_recordset(NULL::${identifier(table)}, ${json}::json)${tail}`);
  }
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const returned: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = Prisma.join(rows.slice(start, start + perStatement).map((row) => Prisma.sql`(${Prisma.join(row)})`));
    returned.push(...(await run(Prisma.sql`${into} VALUES ${values}${tail}`)));
  }
  return returned;
}

/**
 * The rows as a JSON array of objects named by the columns, each value as
 * JSON.stringify writes it: a Date as ISO 8601 at UTC, which a timestamp
 * column takes as it is, a number with every digit it needs. Written out
 * here, and each Date once however many rows share it (most of an import's
 * are the same few days), it takes a third of the time of JSON.stringify
 * over an object per row.
 */
function rowsAsJson(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const names = columns.map((column, i) => `${i === 0 ? "{" : ","}${JSON.stringify(column)}:`);
  const days = new Map<number, string>();
  const json = (cell: Cell) => {
    if (!(cell instanceof Date)) return JSON.stringify(cell);
    let day = days.get(cell.getTime());
    if (day === undefined) days.set(cell.getTime(), (day = JSON.stringify(cell)));
    return day;
  };
  const objects = rows.map((row) => {
    let object = "";
    for (let i = 0; i < names.length; i++) object += names[i]! + json(row[i]!);
    return `${object}}`;
  });
  return `[${objects.join(",")}]`;
}
