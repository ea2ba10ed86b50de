// Step 0002: the published history of An Giang, Hậu Giang and the units they
// merged with, each figure with the source's own sentence; the national DTI
// table of 2022; and two corrections of step 0001 (a site-root citation and a
// derived DTI rank), made only where the record still holds what 0001 wrote.
import { dtiResults as articleDti, nationalTargets, observations as articleObservations } from "../data/figures";
import { historyDtiResults, historyObservations, historySources, historyTargets } from "../data/history";
import { nationalUnits, type ProvinceSeed } from "../data/provinces";
import { sources as articleSources } from "../data/sources";
import { insertTarget, loadIds, seedCatalog, seedCitedObservations, seedSources, seedUnits, type Ids, type StepCounts, type Tx } from "../writers";

/** Units that carry the national targets wherever they have none of their own. */
const UNITS_WITH_NATIONAL_TARGETS = ["kien-giang", "can-tho", "soc-trang", "an-giang-2025", "can-tho-2025"];

/** Two units share a name across the merger: each name says which one it is. */
const RENAMES = [
  { slug: "an-giang", from: { nameVi: "An Giang", nameEn: "An Giang" }, to: { nameVi: "An Giang (đến 30/6/2025)", nameEn: "An Giang (until 30 June 2025)" } },
  { slug: "can-tho", from: { nameVi: "Cần Thơ", nameEn: "Can Tho" }, to: { nameVi: "Cần Thơ (đến 30/6/2025)", nameEn: "Can Tho (until 30 June 2025)" } },
];

export const HG_PORTAL = "hau-giang-huunghi-2023-h1";
/** The sentence of the Hậu Giang article that step 0001 cited only by its site. */
const HG_H1_SENTENCE =
  "Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật: Cổng dịch vụ công trực tuyến đã triển khai tại 100% cơ quan cấp tỉnh, huyện, xã; app Haugiang có hơn 70.000 lượt tải về; thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, với tổng số 3.740 thành viên tham gia; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 84%...";

/**
 * Step 0001's Hậu Giang figures of 2023-H1 gain the article's sentence, and the
 * fibre figure moves to the indicator it measures: households connected
 * ("có kết nối"), not households covered by the network (411/QĐ-TTg).
 */
const ARTICLE_FIXES = [
  { province: "hau-giang", indicator: "SOC_SMARTPHONE", period: "2023-H1", quote: HG_H1_SENTENCE },
  { province: "hau-giang", indicator: "SOC_EHEALTH_RECORD", period: "2023-H1", quote: HG_H1_SENTENCE },
  { province: "hau-giang", indicator: "SOC_FIBRE_HOUSEHOLDS", period: "2023-H1", quote: HG_H1_SENTENCE, moveTo: "SOC_FIBRE_HOUSEHOLDS_CONNECTED" },
] as const;

/** The article that replaces step 0001's citation of the Hậu Giang portal's front page. */
export const HG_PORTAL_ARTICLE = {
  url: "https://huunghi.haugiang.gov.vn/index.php/vi/news/tin-tuc-su-kien/hau-giang-nam-trong-top-10-dia-phuong-dan-dau-toan-quoc-ve-ha-tang-so-985.html",
  title: "Hậu Giang nằm trong top 10 địa phương dẫn đầu toàn quốc về hạ tầng số",
  titleEn: "Hau Giang among the top 10 localities nationwide in digital infrastructure",
};

export async function seedHistory(tx: Tx, counts: StepCounts): Promise<void> {
  const ids = await loadIds(tx);
  await seedSources(tx, ids, historySources, counts);
  await seedUnits(tx, ids, nationalUnits as readonly ProvinceSeed[], null, counts);
  await seedCatalog(tx, ids, counts);
  await fixCitations(tx, counts);
  await fixArticleFigures(tx, ids, counts);
  await seedTargets(tx, ids, counts);

  await seedCitedObservations(tx, ids, historyObservations, counts);

  for (const d of historyDtiResults) {
    const provinceId = ids.unitId(d.province);
    const { province: _slug, source, ...figures } = d; // eslint-disable-line @typescript-eslint/no-unused-vars
    const data = { ...emptyDti, ...figures, provinceId, sourceId: ids.sourceId(source) };
    const existing = await tx.dtiResult.findUnique({ where: { provinceId_year: { provinceId, year: d.year } } });
    if (!existing) {
      await tx.dtiResult.create({ data });
      counts.created++;
    } else if (await holdsArticleDti(tx, ids, existing)) {
      await tx.dtiResult.update({ where: { id: existing.id }, data });
      counts.replaced++;
    }
  }
}

const emptyDti = {
  rank: null,
  rankedCount: null,
  score: null,
  govScore: null,
  govRank: null,
  econScore: null,
  econRank: null,
  socScore: null,
  socRank: null,
  regionRank: null,
  noteVi: null,
  noteEn: null,
};

/**
 * The DTI row is still exactly what step 0001 wrote for it. Its English note is
 * empty where step 0001 was released without one, or the seed's own.
 */
async function holdsArticleDti(
  tx: Tx,
  ids: Ids,
  row: { provinceId: number; year: number; rank: number | null; score: number | null; sourceId: number; noteVi: string | null; noteEn: string | null },
) {
  const seeded = articleDti.find((d) => ids.unitId(d.province) === row.provinceId && d.year === row.year);
  if (!seeded) return false;
  const noteEn = "noteEn" in seeded ? seeded.noteEn : null;
  return (
    row.rank === seeded.rank &&
    row.score === ("score" in seeded ? seeded.score : null) &&
    row.sourceId === ids.sourceId(seeded.source) &&
    row.noteVi === ("noteVi" in seeded ? seeded.noteVi : null) &&
    (row.noteEn === null || row.noteEn === noteEn)
  );
}

async function fixCitations(tx: Tx, counts: StepCounts) {
  const seeded = articleSources.find((s) => s.key === HG_PORTAL);
  const portal = await tx.source.findUnique({ where: { key: HG_PORTAL }, select: { url: true, title: true } });
  if (seeded && portal && portal.url === (seeded.url ?? null) && portal.title === seeded.title) {
    await tx.source.update({ where: { key: HG_PORTAL }, data: { ...HG_PORTAL_ARTICLE, kind: "ARTICLE" } });
    counts.replaced++;
  }
  for (const { slug, from, to } of RENAMES) {
    const { count } = await tx.province.updateMany({ where: { slug, ...from }, data: to });
    counts.replaced += count;
  }
}

async function fixArticleFigures(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const fix of ARTICLE_FIXES) {
    const seeded = articleObservations.find((o) => o.province === fix.province && o.indicator === fix.indicator && o.period === fix.period);
    if (!seeded) throw new Error(`Step 0001 has no figure ${fix.province}/${fix.indicator}/${fix.period}`);
    const key = { provinceId: ids.unitId(fix.province), indicatorId: ids.indicatorId(fix.indicator), period: fix.period };
    const row = await tx.observation.findUnique({ where: { provinceId_indicatorId_period: key } });
    const byPerson = await tx.auditEvent.count({ where: { ...key, actorId: { not: null } } });
    const untouched = row && byPerson === 0 && row.version === 1 && row.value === seeded.value && row.sourceId === ids.sourceId(seeded.source);
    if (!untouched) {
      counts.kept++;
      continue;
    }
    const moveTo = "moveTo" in fix ? ids.indicatorId(fix.moveTo) : null;
    if (moveTo !== null && (await tx.observation.count({ where: { ...key, indicatorId: moveTo } })) > 0) {
      counts.kept++;
      continue;
    }
    await tx.observation.update({ where: { id: row.id }, data: { quote: fix.quote, ...(moveTo !== null ? { indicatorId: moveTo } : {}) } });
    if (moveTo !== null) {
      const reason = "Chuyển sang chỉ tiêu hộ gia đình có kết nối cáp quang: nguồn nêu “có kết nối”, không phải “được phủ”.";
      const report = await tx.report.findUnique({ where: { provinceId_period: { provinceId: key.provinceId, period: key.period } }, select: { id: true } });
      const common = { provinceId: key.provinceId, period: key.period, reportId: report?.id ?? null, observationId: row.id, reason };
      await tx.auditEvent.create({ data: { ...common, action: "observation.reclassify", indicatorId: key.indicatorId, oldValue: String(row.value) } });
      await tx.auditEvent.create({ data: { ...common, action: "observation.reclassify", indicatorId: moveTo, newValue: String(row.value) } });
    }
    counts.replaced++;
  }
}

/**
 * A unit's own target replaces the national one step 0001 gave it, while that
 * one is untouched; the national targets then fill every gap of the merged
 * units and their predecessors.
 */
async function seedTargets(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const t of historyTargets) {
    const data = {
      provinceId: ids.unitId(t.province),
      indicatorId: ids.indicatorId(t.indicator),
      year: t.year,
      comparator: t.comparator,
      value: t.value,
      scope: t.scope,
      sourceId: ids.sourceId(t.source),
      note: t.note ?? null,
      quote: t.quote ?? null,
    };
    const existing = await tx.target.findUnique({
      where: { provinceId_indicatorId_year: { provinceId: data.provinceId, indicatorId: data.indicatorId, year: data.year } },
      select: { id: true, comparator: true, value: true, scope: true, sourceId: true },
    });
    if (!existing) {
      await tx.target.create({ data });
      counts.created++;
      continue;
    }
    const national = nationalTargets.find((n) => n.indicator === t.indicator && n.year === t.year);
    const untouchedNational =
      national &&
      existing.scope === "NATIONAL" &&
      existing.comparator === national.comparator &&
      existing.value === national.value &&
      existing.sourceId === ids.sourceId(national.source);
    if (untouchedNational) {
      await tx.target.update({ where: { id: existing.id }, data });
      counts.replaced++;
    } else {
      counts.kept++;
    }
  }
  for (const slug of UNITS_WITH_NATIONAL_TARGETS) {
    for (const t of nationalTargets) {
      const row = await insertTarget(tx, {
        provinceId: ids.unitId(slug),
        indicatorId: ids.indicatorId(t.indicator),
        year: t.year,
        comparator: t.comparator,
        value: t.value,
        scope: "NATIONAL",
        sourceId: ids.sourceId(t.source),
        note: t.note ?? null,
      });
      if (row.created) counts.created++;
    }
  }
}
