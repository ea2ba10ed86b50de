// Step 0005: each figure says exactly what it measures and where it comes
// from. A flow and a stock, downloads and installs, become two indicators; a
// rank carries how many units were ranked; a to-date figure carries its day;
// citations name the page where a reference gives it. As every step, it
// changes a record only while that record still holds what an earlier step
// wrote, and records each move of a figure in the audit log.
import type { StepCounts, Tx } from "../writers";
import { loadIds, validRange } from "../writers";
import { asOfDates } from "../data/as-of";

/** Indicators split off one that mixed two quantities: created beside it. */
export const SPLIT_INDICATORS = [
  {
    after: "GOV_OVERDUE_DOSSIERS",
    code: "GOV_OVERDUE_PENDING",
    unit: "COUNT" as const,
    direction: "LOWER_IS_BETTER" as const,
    nameVi: "Số hồ sơ thủ tục hành chính quá hạn còn tồn",
    nameEn: "Overdue administrative-procedure dossiers still outstanding",
    definitionVi:
      "Số hồ sơ đã quá hạn mà chưa giải quyết xong tại một thời điểm (“hiện còn”), theo nguồn công bố. Khác với số hồ sơ xử lý quá hạn trong một kỳ: một số là tồn tại một ngày, số kia là phát sinh trong cả kỳ, nên không đặt chung một chuỗi.",
    definitionEn:
      "Overdue dossiers not yet settled at a point in time (“still outstanding”), as the source published it. Not the number of dossiers handled late during a period: one is a stock on a day, the other a flow over the period, so they are not one series.",
  },
  {
    after: "SOC_PROVINCE_APP_USERS",
    code: "SOC_PROVINCE_APP_DOWNLOADS",
    unit: "COUNT" as const,
    direction: "HIGHER_IS_BETTER" as const,
    nameVi: "Số lượt tải ứng dụng di động của tỉnh",
    nameEn: "Downloads of the province's mobile app",
    definitionVi: "Số lượt tải về ứng dụng di động của tỉnh, theo nguồn công bố. Một người có thể tải nhiều lần, nên số lượt tải không phải số người cài đặt.",
    definitionEn: "Times the province's mobile app was downloaded, as the source published it. One person may download it more than once, so downloads are not installs.",
  },
];

/** The definition step 0001 gave the mixed indicator, and what it says now that the stock is its own. */
export const OVERDUE_DEFINITION = {
  code: "GOV_OVERDUE_DOSSIERS",
  wasVi:
    "Số hồ sơ giải quyết, xử lý quá hạn theo nguồn công bố. Số liệu của một năm là số hồ sơ quá hạn trong năm; số liệu tại một thời điểm là số hồ sơ quá hạn “hiện còn” — xem ghi chú của từng số liệu.",
  nowVi: "Số hồ sơ giải quyết, xử lý quá hạn trong kỳ, theo nguồn công bố. Số hồ sơ quá hạn còn tồn tại một thời điểm là chỉ tiêu riêng (GOV_OVERDUE_PENDING).",
  wasEn:
    "The number of dossiers settled or processed late, according to the figure the source published. A figure for a year is the number of dossiers overdue during the year; a figure at a point in time is the number of overdue dossiers “still outstanding” — see each figure's note.",
  nowEn: "Dossiers settled or processed late during the period, as the source published it. Overdue dossiers still outstanding on a day are a separate indicator (GOV_OVERDUE_PENDING).",
};

/** Figures filed under the wrong one of two quantities, and why each moves. */
export const MOVES = [
  {
    province: "an-giang-2025",
    period: "2026-Q1",
    value: 5830,
    from: "GOV_OVERDUE_DOSSIERS",
    to: "GOV_OVERDUE_PENDING",
    reason: "Chuyển sang chỉ tiêu hồ sơ quá hạn còn tồn: nguồn nêu số hồ sơ quá hạn “hiện còn” tại thời điểm đánh giá, không phải số phát sinh trong kỳ.",
  },
  {
    province: "hau-giang",
    period: "2023-H1",
    value: 70_000,
    from: "SOC_PROVINCE_APP_USERS",
    to: "SOC_PROVINCE_APP_DOWNLOADS",
    reason: "Chuyển sang chỉ tiêu lượt tải ứng dụng: nguồn nêu “hơn 70.000 lượt tải về”, không phải số người cài đặt.",
  },
];

/** Ranks with how many units the source says were ranked. */
const RANKS_OUT_OF = [
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q1", value: 10, outOf: 63 },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q2", value: 13, outOf: 63 },
  { province: "an-giang-2025", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2026-Q1", value: 21, outOf: 34 },
];

/** The address of an article step 0001 cited by its file alone, from the reference's rows for the same sentences. */
const SOURCE_ADDRESSES = [{ key: "article-2023-02-13-an-giang-digital-economy-society", url: "https://baoangiang.com.vn/an-giang-day-manh-phat-trien-kinh-te-so-xa-hoi-so-a354961.html" }];

/** A figure stated word for word by a page with an address, cited there instead of an article known only by its file. */
export const FIGURE_CITATIONS = [
  { province: "an-giang", indicator: "ECON_SME_PLATFORMS", period: "2022", value: 30, from: "article-2023-01-05-an-giang-dx-2022", to: "article-2023-02-13-an-giang-digital-economy-society" },
];

export const TARGET_CITATIONS = [
  {
    province: "an-giang",
    indicator: "ECON_DE_SHARE_GRDP",
    year: 2025,
    value: 10,
    from: "article-2023-02-13-an-giang-digital-economy-society",
    to: "baoangiang-2023-11-28-dx-journey",
    quote: "Trong đó, phát triển kinh tế số ước 7,18% GRDP (chỉ tiêu đến năm 2025 là 10% GRDP).",
  },
];

/** DTI rows whose note names a second source: the record now names it too. */
const DTI_SECOND_SOURCES = [
  { province: "da-nang", year: 2022, source: "dti-gov-vn-2022", also: "kinhdoanhvatiepthi-dti-2022" },
  { province: "ho-chi-minh", year: 2022, source: "dti-gov-vn-2022", also: "kinhdoanhvatiepthi-dti-2022" },
  { province: "can-tho", year: 2022, source: "dti-gov-vn-2022", also: "vietnamnet-2023-08-can-tho-dx-strengths" },
  { province: "binh-duong", year: 2022, source: "dti-gov-vn-2022", also: "baobinhduong-dti-2022" },
  { province: "ha-noi", year: 2022, source: "dti-gov-vn-2022", also: "kinhdoanhvatiepthi-dti-2022" },
  { province: "tra-vinh", year: 2022, source: "dti-gov-vn-2022", also: "travinh-gov-dti-2022" },
  { province: "quang-ngai", year: 2022, source: "dti-gov-vn-2022", also: "doanhnghiephoinhap-quang-ngai-dti-2022" },
  { province: "kien-giang", year: 2022, source: "dti-gov-vn-2022", also: "tuoitrekiengiang-2023-11-kien-giang-dti" },
  { province: "soc-trang", year: 2022, source: "dti-gov-vn-2022", also: "sotttt-soctrang-2023-07-dti-2022" },
];

/**
 * Hậu Giang's 2021 row: its rank, the number ranked and its place in the
 * region are the article's (25/01/2023); its scores and pillar ranks were
 * read off the ministry's front page and no reference confirms them, so they
 * are shown marked as unverified, with that page as the second source.
 */
const DTI_UNVERIFIED = [
  {
    province: "hau-giang",
    year: 2021,
    source: "dti-gov-vn-2021",
    nowSource: "article-2023-01-25-hau-giang-dx-future",
    also: "dti-gov-vn-2021",
    fields: ["score", "govScore", "govRank", "econScore", "econRank", "socScore", "socRank"],
  },
];

export const MEANING_REASON = "Làm rõ ý nghĩa số liệu (bước nạp 0005)";

export async function seedMeaning(tx: Tx, counts: StepCounts): Promise<void> {
  const ids = await loadIds(tx);
  await splitIndicators(tx, ids, counts);
  await moveFigures(tx, ids, counts);
  await markFigures(tx, ids, counts);
  await fixCitations(tx, ids, counts);
}

type Ids = Awaited<ReturnType<typeof loadIds>>;

async function splitIndicators(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const { after, ...i } of SPLIT_INDICATORS) {
    if (ids.maps.indicator.has(i.code)) continue;
    const beside = await tx.indicator.findUnique({ where: { code: after }, select: { pillarId: true, sortOrder: true, periodicity: true } });
    if (!beside) throw new Error(`Step 0005 splits ${after}, which does not exist`);
    const created = await tx.indicator.create({
      data: { ...i, pillarId: beside.pillarId, periodicity: beside.periodicity, sortOrder: beside.sortOrder + 5, ...validRange(i.unit) },
      select: { id: true },
    });
    ids.maps.indicator.set(i.code, created.id);
    counts.created++;
  }
  const d = OVERDUE_DEFINITION;
  const { count } = await tx.indicator.updateMany({ where: { code: d.code, definitionVi: d.wasVi }, data: { definitionVi: d.nowVi } });
  const { count: countEn } = await tx.indicator.updateMany({ where: { code: d.code, definitionEn: d.wasEn }, data: { definitionEn: d.nowEn } });
  counts.replaced += count + countEn;
}

/** A figure no person has touched moves to the indicator it measures, with an audit event on each side. */
async function moveFigures(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const move of MOVES) {
    const key = { provinceId: ids.unitId(move.province), indicatorId: ids.indicatorId(move.from), period: move.period };
    const row = await tx.observation.findUnique({ where: { provinceId_indicatorId_period: key }, select: { id: true, value: true, version: true } });
    if (!row) continue;
    const byPerson = await tx.auditEvent.count({ where: { ...key, actorId: { not: null } } });
    const to = ids.indicatorId(move.to);
    const taken = await tx.observation.count({ where: { ...key, indicatorId: to } });
    if (byPerson > 0 || row.version !== 1 || row.value !== move.value || taken > 0) {
      counts.kept++;
      continue;
    }
    await tx.observation.update({ where: { id: row.id }, data: { indicatorId: to } });
    const report = await tx.report.findUnique({ where: { provinceId_period: { provinceId: key.provinceId, period: key.period } }, select: { id: true } });
    const common = { provinceId: key.provinceId, period: key.period, reportId: report?.id ?? null, observationId: row.id, reason: move.reason };
    await tx.auditEvent.create({ data: { ...common, action: "observation.reclassify", indicatorId: key.indicatorId, oldValue: String(row.value) } });
    await tx.auditEvent.create({ data: { ...common, action: "observation.reclassify", indicatorId: to, newValue: String(row.value) } });
    counts.replaced++;
  }
}

/** A rank's number ranked and a to-date figure's day, on figures that still hold the value an earlier step wrote. */
async function markFigures(tx: Tx, ids: Ids, counts: StepCounts) {
  const marks = [
    ...RANKS_OUT_OF.map((r) => ({ ...r, data: { outOf: r.outOf }, unset: { outOf: null } })),
    ...asOfDates.map((r) => ({ ...r, data: { asOf: new Date(`${r.asOf}T00:00:00Z`) }, unset: { asOf: null } })),
  ];
  for (const mark of marks) {
    if (!ids.maps.indicator.has(mark.indicator) || !ids.maps.unit.has(mark.province)) throw new Error(`Step 0005 marks an unknown figure ${mark.province}/${mark.indicator}`);
    const { count } = await tx.observation.updateMany({
      where: { provinceId: ids.unitId(mark.province), indicatorId: ids.indicatorId(mark.indicator), period: mark.period, value: mark.value, version: 1, ...mark.unset },
      data: mark.data,
    });
    if (count > 0) counts.replaced += count;
    else counts.kept++;
  }
}

async function fixCitations(tx: Tx, ids: Ids, counts: StepCounts) {
  for (const { key, url } of SOURCE_ADDRESSES) {
    const { count } = await tx.source.updateMany({ where: { key, url: null }, data: { url } });
    counts.replaced += count;
  }
  for (const c of FIGURE_CITATIONS) {
    const { count } = await tx.observation.updateMany({
      where: { provinceId: ids.unitId(c.province), indicatorId: ids.indicatorId(c.indicator), period: c.period, value: c.value, version: 1, sourceId: ids.sourceId(c.from) },
      data: { sourceId: ids.sourceId(c.to) },
    });
    counts.replaced += count;
  }
  for (const c of TARGET_CITATIONS) {
    const { count } = await tx.target.updateMany({
      where: { provinceId: ids.unitId(c.province), indicatorId: ids.indicatorId(c.indicator), year: c.year, value: c.value, sourceId: ids.sourceId(c.from), quote: null },
      data: { sourceId: ids.sourceId(c.to), quote: c.quote },
    });
    counts.replaced += count;
  }
  for (const d of DTI_SECOND_SOURCES) {
    const { count } = await tx.dtiResult.updateMany({
      where: { provinceId: ids.unitId(d.province), year: d.year, sourceId: ids.sourceId(d.source), alsoSourceId: null },
      data: { alsoSourceId: ids.sourceId(d.also) },
    });
    counts.replaced += count;
  }
  for (const d of DTI_UNVERIFIED) {
    const { count } = await tx.dtiResult.updateMany({
      where: { provinceId: ids.unitId(d.province), year: d.year, sourceId: ids.sourceId(d.source), alsoSourceId: null, unverified: null },
      data: { sourceId: ids.sourceId(d.nowSource), alsoSourceId: ids.sourceId(d.also), unverified: d.fields.join(",") },
    });
    counts.replaced += count;
  }
}
