import "server-only";
import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Each kind of row can be lost to a race only once (afterwards it exists), so a few attempts are plenty. */
const ATTEMPTS = 5;

/**
 * A transaction that may create a row someone else is creating at the same
 * moment: a report's first draft, a source typed for the first time, a
 * figure entered for the first time. On PostgreSQL both transactions go ahead
 * until the first commits; the second then fails on the unique key (P2002)
 * with nothing stored. It is run again from the start, now seeing the other's
 * row, so a figure both entered still ends as a conflict for the one who saved
 * second (its version moved). A deadlock or write conflict the database
 * broke off (P2034) is run again the same way. SQLite's single writer never
 * loses such a race.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: { timeout: number; maxWait?: number }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, options);
    } catch (error) {
      if (attempt >= ATTEMPTS || !lostRace(error)) throw error;
    }
  }
}

function lostRace(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002" || error.code === "P2034") return true;
  // A raw statement (lib/server/bulk-insert.ts) fails with P2010, the driver's own kind of error beside it.
  const kind = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause?.kind;
  return error.code === "P2010" && (kind === "UniqueConstraintViolation" || kind === "TransactionWriteConflict");
}
