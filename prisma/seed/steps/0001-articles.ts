// Step 0001: the figures of the five source articles and the first cited
// public pages, with the national decisions' targets. Insert-only.
import { dtiResults, nationalTargets, observations, provincesWithTargets } from "../data/figures";
import { mergerSource, provinceFacts, provinces, type ProvinceFactSeed } from "../data/provinces";
import { sources } from "../data/sources";
import {
  insertMissing,
  insertTarget,
  loadIds,
  must,
  seedCatalog,
  seedCitedObservations,
  seedSources,
  seedUnits,
  type StepCounts,
  type Tx,
} from "../writers";

export async function seedArticles(tx: Tx, counts: StepCounts): Promise<void> {
  const ids = await loadIds(tx);
  await seedSources(tx, ids, sources, counts);
  await seedUnits(tx, ids, provinces, mergerSource, counts);

  for (const f of provinceFacts as readonly ProvinceFactSeed[]) {
    const provinceId = ids.unitId(f.province);
    const row = await insertMissing(
      () => tx.provinceFact.findUnique({ where: { provinceId_key: { provinceId, key: f.key } }, select: { id: true } }),
      () =>
        tx.provinceFact.create({
          data: {
            provinceId,
            key: f.key,
            value: f.value ?? null,
            qualifier: f.qualifier ?? "EXACT",
            unit: f.unit ?? null,
            textVi: f.textVi ?? null,
            textEn: f.textEn ?? null,
            period: f.period ?? null,
            sourceId: ids.sourceId(f.source),
          },
          select: { id: true },
        }),
    );
    if (row.created) counts.created++;
  }

  await seedCatalog(tx, ids, counts);

  for (const { province, own, ownSource } of provincesWithTargets) {
    const ownKeys = new Set(own.map((t) => `${t.indicator}/${t.year}`));
    const rows = [
      ...own.map((t) => ({ ...t, scope: "PROVINCIAL" as const, source: must(ownSource, `source of ${province}'s targets`) })),
      ...nationalTargets.filter((t) => !ownKeys.has(`${t.indicator}/${t.year}`)).map((t) => ({ ...t, scope: "NATIONAL" as const })),
    ];
    for (const t of rows) {
      const row = await insertTarget(tx, {
        provinceId: ids.unitId(province),
        indicatorId: ids.indicatorId(t.indicator),
        year: t.year,
        comparator: t.comparator,
        value: t.value,
        scope: t.scope,
        note: t.note ?? null,
        sourceId: ids.sourceId(t.source),
      });
      if (row.created) counts.created++;
    }
  }

  await seedCitedObservations(tx, ids, observations, counts);

  for (const d of dtiResults) {
    const provinceId = ids.unitId(d.province);
    const { province: _slug, source, ...figures } = d; // eslint-disable-line @typescript-eslint/no-unused-vars
    const row = await insertMissing(
      () => tx.dtiResult.findUnique({ where: { provinceId_year: { provinceId, year: d.year } }, select: { id: true } }),
      () => tx.dtiResult.create({ data: { ...figures, provinceId, sourceId: ids.sourceId(source) }, select: { id: true } }),
    );
    if (row.created) counts.created++;
  }
}
