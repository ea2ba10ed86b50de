import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on the SQLite file at `url`; password hashes are never selected. */
export function createDbClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url }),
    omit: { user: { passwordHash: true } },
  });
}

export type DbClient = ReturnType<typeof createDbClient>;
