import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long a statement waits for another connection's lock before failing, as better-sqlite3 did. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * libSQL opens its connections with no busy timeout, so a write that meets
 * another connection's open transaction (the sign-in client's, a seed, a
 * backup) would fail at once with SQLITE_BUSY. It also hands its connection
 * to every transaction and opens a new one afterwards. Each connection
 * therefore gets the timeout before its first statement.
 */
function withBusyTimeout(client: Client): Client {
  let fresh = true;
  const ready = async () => {
    if (!fresh) return;
    fresh = false;
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "transaction") {
        return async (...args: Parameters<Client["transaction"]>) => {
          await ready();
          const transaction = await target.transaction(...args);
          fresh = true;
          return transaction;
        };
      }
      if (property === "execute" || property === "batch" || property === "executeMultiple") {
        return async (...args: unknown[]) => {
          await ready();
          return (target[property] as (...args: unknown[]) => unknown)(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

class PrismaSQLite extends PrismaLibSQL {
  createClient(config: Config): Client {
    return withBusyTimeout(super.createClient(config));
  }
}

/** The driver adapter for a SQLite file URL (`file:./data/dti.db`, relative to the working directory). */
export function sqliteAdapter(url: string) {
  return new PrismaSQLite({ url });
}
