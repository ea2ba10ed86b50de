import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_DATABASE_URL = "file:./data/dti.db";

/** The database scripts work on (the app validates its whole environment in lib/env.ts). */
export function scriptDatabaseUrl() {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** A Prisma client on the SQLite file at `url`; password hashes are never selected. */
export function createDbClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url }),
    omit: { account: { password: true } },
  });
}

/** The one client that reads password hashes: the sign-in library's, in lib/auth.ts only. */
export function createCredentialsClient(url: string) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type DbClient = ReturnType<typeof createDbClient>;
