import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/transaction";

/**
 * Bound parameters one statement may carry on both providers: SQLite's limit
 * (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since SQLite 3.32 and in libSQL);
 * PostgreSQL's is 65,535.
 */
export const MAX_PARAMETERS = 32_766;

export type Cell = string | number | Date | null;

const identifier = (name: string) => {
  if (!/^[A-Za-z_]\w*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

/**
 * Inserts rows with multi-row INSERT statements, as many rows to a statement
 * as the parameter limit allows, and returns the `returning` columns of every
 * row. One statement serves both providers: Prisma.sql writes the adapter's
 * placeholders, and quoted identifiers are the models' names in both. Being
 * raw SQL, it fills nothing the ORM would: the caller gives every timestamp
 * (`@default(now())`, `@updatedAt`) itself; columns left out take the
 * database's default. Run inside the caller's transaction, a failing statement
 * rolls back the statements before it too.
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, never>>(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  returning: readonly string[] = [],
): Promise<R[]> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const head = Prisma.sql`INSERT INTO ${identifier(table)} (${Prisma.join(columns.map(identifier))}) VALUES `;
  const tail = returning.length > 0 ? Prisma.sql` RETURNING ${Prisma.join(returning.map(identifier))}` : Prisma.empty;
  const returned: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = Prisma.join(
      chunk.map((row) => {
        if (row.length !== columns.length) throw new Error(`${table}: a row of ${row.length} values for ${columns.length} columns`);
        return Prisma.sql`(${Prisma.join(row)})`;
      }),
    );
    const statement = Prisma.sql`${head}${values}${tail}`;
    if (returning.length > 0) returned.push(...(await tx.$queryRaw<R[]>(statement)));
    else await tx.$executeRaw(statement);
  }
  return returned;
}
