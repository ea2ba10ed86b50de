// libSQL opens a new connection after every transaction, each without a busy
// timeout of its own: the adapter gives every one the timeout, so a write that
// meets another process's transaction waits for it instead of failing.
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/server/db-client";
import { BUSY_TIMEOUT_MS } from "@/lib/server/sqlite-adapter";

const url = process.env.DATABASE_URL ?? "";
const sqlite = url.startsWith("file:");
const db = sqlite ? createDbClient(url) : undefined;

afterAll(async () => {
  await db?.$disconnect();
});

async function busyTimeout(client: Pick<NonNullable<typeof db>, "$queryRawUnsafe">) {
  const [row] = await client.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
  return Number(row?.timeout);
}

describe.skipIf(!sqlite)("SQLite connections", () => {
  it("wait for another connection's lock, before and after a transaction", async () => {
    expect(await busyTimeout(db!)).toBe(BUSY_TIMEOUT_MS);
    expect(await db!.$transaction((tx) => busyTimeout(tx))).toBe(BUSY_TIMEOUT_MS);
    // The transaction took the connection with it; the next one is new.
    expect(await busyTimeout(db!)).toBe(BUSY_TIMEOUT_MS);
    expect(await db!.$transaction((tx) => busyTimeout(tx))).toBe(BUSY_TIMEOUT_MS);
  });
});
