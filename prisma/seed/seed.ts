// The cited figures reach a database through versioned seed steps, applied in
// order, each once, each in one transaction with its SeedStep record: a step
// that fails leaves nothing behind and is tried again on the next start.
//
// The rule every step keeps: it inserts what is missing, and replaces a record
// only while that record still holds exactly what an earlier step wrote.
// Anything a person has entered, corrected or cleared is left as it is.
import type { DbClient } from "@/lib/server/db-client";
import { seedArticles } from "./steps/0001-articles";
import { seedHistory } from "./steps/0002-history";
import { seedEnglish } from "./steps/0003-english";
import { seedCorrections } from "./steps/0004-corrections";
import { seedMeaning } from "./steps/0005-meaning";
import { emptyCounts, type StepCounts, type Tx } from "./writers";

export interface SeedStepDefinition {
  key: string;
  run: (tx: Tx, counts: StepCounts) => Promise<void>;
}

export const seedSteps: readonly SeedStepDefinition[] = [
  { key: "0001-articles", run: seedArticles },
  { key: "0002-history", run: seedHistory },
  { key: "0003-english", run: seedEnglish },
  { key: "0004-corrections", run: seedCorrections },
  { key: "0005-meaning", run: seedMeaning },
];

export interface AppliedStep extends StepCounts {
  key: string;
}

export interface SeedSummary {
  /** Steps applied by this run, in order; empty when the database was up to date. */
  applied: AppliedStep[];
  /** True when the database held no data before this run. */
  wasEmpty: boolean;
}

export async function seedDatabase(db: DbClient): Promise<SeedSummary> {
  const wasEmpty = (await db.source.count()) === 0;
  const done = new Set((await db.seedStep.findMany({ select: { key: true } })).map((s) => s.key));
  // A database seeded before steps were recorded holds step 0001 already;
  // running it again could bring back a figure someone has cleared since.
  if (!wasEmpty && done.size === 0) {
    await db.seedStep.create({ data: { key: "0001-articles", summary: "recorded: seeded before steps were versioned" } });
    done.add("0001-articles");
  }
  const applied: AppliedStep[] = [];
  for (const step of seedSteps) {
    if (done.has(step.key)) continue;
    const counts = emptyCounts();
    await db.$transaction(
      async (tx) => {
        await step.run(tx, counts);
        await tx.seedStep.create({ data: { key: step.key, summary: JSON.stringify(counts) } });
      },
      { timeout: 120_000 },
    );
    applied.push({ key: step.key, ...counts });
  }
  return { applied, wasEmpty };
}
