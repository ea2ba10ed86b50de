// `npm run db:seed` (and every `npm start`): applies the seed steps this
// database has not had yet. --demo-accounts: also make the demo accounts that
// are missing, on an empty or a demo database (never where real users are).
import { createDbClient, scriptDatabaseUrl } from "@/lib/server/db-client";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDatabase } from "./seed";

async function main() {
  const db = createDbClient(scriptDatabaseUrl());
  try {
    const { applied, wasEmpty } = await seedDatabase(db);
    if (applied.length === 0) console.log("Seed: every seed step is already applied; nothing to do.");
    for (const step of applied) {
      console.log(`Seed step ${step.key}: ${step.created} records created, ${step.replaced} replaced, ${step.kept} left as people entered them.`);
    }
    if (process.argv.includes("--demo-accounts")) {
      const made = await seedDemoAccounts(db, { fresh: wasEmpty });
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
