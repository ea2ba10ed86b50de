import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/server/sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/dti.db";

/** PostgreSQL connections per client when the caller names no number (scripts; the app passes its validated DATABASE_POOL_SIZE). */
export const DEFAULT_POOL_SIZE = 10;

export type Provider = "sqlite" | "postgresql";

/** The database a URL names: `postgresql://` or `postgres://` is PostgreSQL, anything else a SQLite file. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** The database scripts work on (the app validates its whole environment in lib/server/env.ts). */
export function scriptDatabaseUrl() {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

function adapterFor(url: string, poolSize: number) {
  // One pool per client; the app keeps one client per process (lib/server/db.ts).
  return providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url, max: poolSize }) : sqliteAdapter(url);
}

/** A Prisma client on the database at `url`; password hashes are never selected. */
export function createDbClient(url: string, poolSize = DEFAULT_POOL_SIZE) {
  return new PrismaClient({
    adapter: adapterFor(url, poolSize),
    omit: { account: { password: true } },
  });
}

/** The one client that reads password hashes: the sign-in library's, in lib/server/auth.ts only. */
export function createCredentialsClient(url: string, poolSize = DEFAULT_POOL_SIZE) {
  return new PrismaClient({ adapter: adapterFor(url, poolSize) });
}

export type DbClient = ReturnType<typeof createDbClient>;
