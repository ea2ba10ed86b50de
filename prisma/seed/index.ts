// `npm run db:seed`: loads the cited figures into the database at DATABASE_URL.
// --if-empty: do nothing when the database already holds data (npm start).
// --demo-accounts: also make the demo accounts (never on a production database).
import { createDbClient, scriptDatabaseUrl } from "@/lib/db-client";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDatabase } from "./seed";

async function main() {
  const db = createDbClient(scriptDatabaseUrl());
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
    if (process.argv.includes("--demo-accounts")) {
      const made = await seedDemoAccounts(db);
      if (made > 0) console.log(`Seed: ${made} demo accounts (see README).`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
