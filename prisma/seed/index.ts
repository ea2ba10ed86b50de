// `npm run db:seed`: loads the cited figures into the database at DATABASE_URL.
import { createDbClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { seedDatabase } from "./seed";

async function main() {
  const db = createDbClient(env.DATABASE_URL);
  try {
    if (process.argv.includes("--if-empty") && (await db.source.count()) > 0) {
      console.log("Seed: the database already holds data; nothing to do.");
      return;
    }
    const summary = await seedDatabase(db);
    console.log(
      `Seed: ${summary.observations} observations, ${summary.targets} targets, ${summary.dtiResults} DTI results, ` +
        `${summary.indicators} indicators, ${summary.provinces} units, ${summary.sources} sources ` +
        `(${summary.created} records created).`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
