import "server-only";
import { createDbClient, type DbClient } from "@/lib/server/db-client";
import { env } from "@/lib/server/env";

// One client per process; kept on globalThis so hot reload in development
// does not open a new connection on every edit.
const globalForDb = globalThis as unknown as { db?: DbClient };

export const db = globalForDb.db ?? createDbClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
if (env.NODE_ENV !== "production") globalForDb.db = db;
