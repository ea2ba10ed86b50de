// Step 0004: corrections to texts earlier steps wrote. Each is applied only
// while the record still holds exactly the wording an earlier step gave it:
// a text a person has changed since is theirs, and is counted as kept. A
// fresh seed writes the corrected wording with the records, so there is
// nothing to correct there.
import type { StepCounts, Tx } from "../writers";

interface Correction {
  indicator: string;
  field: "nameEn";
  was: string;
  now: string;
}

export const corrections: readonly Correction[] = [
  { indicator: "GOV_L34_SERVICES", field: "nameEn", was: "Online public services provided at level 3 and 4", now: "Online public services provided at levels 3 and 4" },
];

export async function seedCorrections(tx: Tx, counts: StepCounts): Promise<void> {
  for (const c of corrections) {
    const row = await tx.indicator.findUnique({ where: { code: c.indicator }, select: { id: true, [c.field]: true } });
    if (!row || row[c.field] === c.now) continue;
    if (row[c.field] !== c.was) {
      counts.kept++;
      continue;
    }
    await tx.indicator.update({ where: { id: row.id }, data: { [c.field]: c.now } });
    counts.replaced++;
  }
}
