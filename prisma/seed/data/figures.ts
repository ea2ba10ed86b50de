// Every figure in the source articles and the cited public pages, each with
// the document it comes from. Where an article says "to date" (đến nay), the
// figure is filed under the year it reports on and the note says so.
import type { Comparator, ValueQualifier } from "@/lib/generated/prisma/enums";
import type { IndicatorCode } from "./catalog";
import type { ProvinceSlug } from "./provinces";
import type { SourceKey } from "./sources";

export interface ObservationSeed {
  province: ProvinceSlug;
  indicator: IndicatorCode;
  period: string;
  value: number;
  qualifier?: ValueQualifier;
  source: SourceKey;
  note?: string;
}

const AG_2022 = "article-2022-10-27-an-giang-dx-events";
const AG_DESS = "article-2023-02-13-an-giang-digital-economy-society";
const AG_RESULTS = "article-2023-01-05-an-giang-dx-2022";
const HG = "article-2023-01-25-hau-giang-dx-future";
const HG_H1 = "hau-giang-huunghi-2023-h1";

const AG_TO_DATE = "Số liệu “đến nay” theo Sở Thông tin và Truyền thông An Giang, nêu trong bài ngày 13/02/2023.";
const AG_ALSO_2022 = "Bài ngày 05/01/2023 (kết quả năm 2022) nêu cùng số liệu.";
const HG_TO_DATE = "Số liệu “đến nay” tại thời điểm bài viết ngày 25/01/2023.";

export const observations = [
  // An Giang — digital society and economy (article of 13/02/2023)
  { province: "an-giang", indicator: "SOC_SMARTPHONE", period: "2022", value: 66.2, source: AG_DESS, note: `${AG_TO_DATE} ${AG_ALSO_2022}` },
  { province: "an-giang", indicator: "SOC_PAYMENT_ACCOUNT", period: "2022", value: 68.1, source: AG_DESS, note: AG_TO_DATE },
  { province: "an-giang", indicator: "SOC_FIBRE_HOUSEHOLDS", period: "2022", value: 78.9, source: AG_DESS, note: `${AG_TO_DATE} Bài ngày 05/01/2023 nêu cùng số liệu: 78,9% hộ gia đình có kết nối băng rộng cố định.` },
  { province: "an-giang", indicator: "ECON_E_INVOICES", period: "2022", value: 100, source: AG_DESS, note: `${AG_TO_DATE} ${AG_ALSO_2022}` },
  { province: "an-giang", indicator: "ECON_SME_PLATFORMS", period: "2022", value: 30, source: AG_RESULTS, note: "Thanh toán không dùng tiền mặt, mạng xã hội, họp trực tuyến…; đạt 100% mục tiêu năm 2022. Bài ngày 13/02/2023 nêu cùng số liệu." },

  // An Giang — results of 2022 (article of 05/01/2023)
  { province: "an-giang", indicator: "GOV_L34_SERVICES", period: "2022", value: 2088, source: AG_RESULTS },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2022", value: 99, source: AG_RESULTS },
  { province: "an-giang", indicator: "GOV_NPSP_SERVICES", period: "2022", value: 1207, source: AG_RESULTS },
  { province: "an-giang", indicator: "GOV_NPSP_SHARE", period: "2022", value: 94, source: AG_RESULTS },
  { province: "an-giang", indicator: "GOV_DX_PLANS", period: "2022", value: 100, source: AG_RESULTS },
  { province: "an-giang", indicator: "GOV_COUNCIL_TARGETS_MET", period: "2022", value: 15, source: AG_RESULTS, note: "Đạt và vượt 15/15 chỉ tiêu Nghị quyết HĐND tỉnh đề ra." },
  { province: "an-giang", indicator: "INFRA_BTS", period: "2022", value: 2200, qualifier: "APPROXIMATELY", source: AG_RESULTS },
  { province: "an-giang", indicator: "INFRA_COMMUNES_3G4G", period: "2022", value: 100, source: AG_RESULTS },
  { province: "an-giang", indicator: "INFRA_COMMUNE_CENTRES_FIBRE", period: "2022", value: 100, source: AG_RESULTS },
  { province: "an-giang", indicator: "INFRA_HAMLETS_MOBILE_BROADBAND", period: "2022", value: 100, source: AG_RESULTS },
  { province: "an-giang", indicator: "INFRA_INSTITUTIONS_CONNECTED", period: "2022", value: 100, source: AG_RESULTS },
  { province: "an-giang", indicator: "INFRA_AGENCY_NETWORKS", period: "2022", value: 100, source: AG_RESULTS },

  // Hậu Giang (article of 25/01/2023)
  { province: "hau-giang", indicator: "GOV_L4_ELIGIBLE_PROVIDED", period: "2022", value: 100, source: HG, note: HG_TO_DATE },
  { province: "hau-giang", indicator: "GOV_DOCUMENT_SYSTEM_AGENCIES", period: "2022", value: 100, source: HG, note: HG_TO_DATE },
  { province: "hau-giang", indicator: "GOV_SIGNED_DOCUMENTS", period: "2022", value: 99, source: HG, note: HG_TO_DATE },
  { province: "hau-giang", indicator: "GOV_ONE_STOP_AGENCIES", period: "2022", value: 100, source: HG, note: HG_TO_DATE },
  { province: "hau-giang", indicator: "GOV_ONLINE_MEETING_POINTS", period: "2022", value: 98, source: HG, note: HG_TO_DATE },
  { province: "hau-giang", indicator: "ECON_OCOP_ECOMMERCE", period: "2022", value: 105, source: HG, note: `Trên 2 sàn thương mại điện tử Vỏ sò và Postmart. ${HG_TO_DATE}` },
  { province: "hau-giang", indicator: "ECON_AGRI_ECOMMERCE", period: "2022", value: 1506, source: HG, note: `Trên 2 sàn thương mại điện tử Vỏ sò và Postmart. ${HG_TO_DATE}` },
  { province: "hau-giang", indicator: "SOC_PROVINCE_APP_USERS", period: "2022", value: 67_500, qualifier: "MORE_THAN", source: HG, note: `Ứng dụng di động Hậu Giang (app HauGiang). ${HG_TO_DATE}` },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS", period: "2022", value: 100, source: HG, note: HG_TO_DATE },

  // Hậu Giang — first half of 2023 (provincial portal)
  { province: "hau-giang", indicator: "SOC_SMARTPHONE", period: "2023-H1", value: 75, source: HG_H1 },
  { province: "hau-giang", indicator: "SOC_FIBRE_HOUSEHOLDS", period: "2023-H1", value: 61, source: HG_H1 },
  { province: "hau-giang", indicator: "SOC_EHEALTH_RECORD", period: "2023-H1", value: 84, source: HG_H1 },
] as const satisfies readonly ObservationSeed[];

export interface TargetSeed {
  indicator: IndicatorCode;
  year: number;
  comparator: Comparator;
  value: number;
  note?: string;
}

/** An Giang's own 2025 targets (article of 13/02/2023). */
export const anGiangTargets2025 = [
  { indicator: "ECON_DE_SHARE_GRDP", year: 2025, comparator: "GTE", value: 10 },
  { indicator: "ECON_DE_SHARE_SECTOR", year: 2025, comparator: "GTE", value: 10 },
  { indicator: "ECON_ECOMMERCE_RETAIL", year: 2025, comparator: "GT", value: 10 },
  { indicator: "ECON_E_CONTRACTS", year: 2025, comparator: "GT", value: 80 },
  { indicator: "ECON_SME_PLATFORMS", year: 2025, comparator: "GT", value: 50 },
  { indicator: "ECON_DE_WORKFORCE", year: 2025, comparator: "GT", value: 2 },
  { indicator: "SOC_SMARTPHONE", year: 2025, comparator: "GTE", value: 80 },
  { indicator: "SOC_PAYMENT_ACCOUNT", year: 2025, comparator: "GT", value: 70 },
  { indicator: "SOC_DIGITAL_SIGNATURE", year: 2025, comparator: "GT", value: 50 },
  { indicator: "SOC_DIGITAL_SKILLS", year: 2025, comparator: "GT", value: 70 },
  { indicator: "SOC_FIBRE_HOUSEHOLDS", year: 2025, comparator: "GTE", value: 80 },
  { indicator: "SOC_BASIC_PROTECTION", year: 2025, comparator: "GT", value: 70 },
  { indicator: "SOC_ONLINE_SERVICE_USERS", year: 2025, comparator: "GT", value: 50 },
  { indicator: "SOC_TELEHEALTH", year: 2025, comparator: "GT", value: 30 },
  { indicator: "SOC_EHEALTH_RECORD", year: 2025, comparator: "GTE", value: 90 },
  { indicator: "SOC_HIGHER_ED_DIGITAL", year: 2025, comparator: "GTE", value: 80 },
  { indicator: "SOC_SCHOOLS_DIGITAL", year: 2025, comparator: "GTE", value: 70 },
] as const satisfies readonly TargetSeed[];

const GDP_NOTE = "Mục tiêu quốc gia tính trên GDP cả nước.";

/** National targets, applied to a province only where it has none of its own. */
export const nationalTargets: ReadonlyArray<TargetSeed & { source: SourceKey }> = [
  // Decision 411/QĐ-TTg (2022)
  { indicator: "ECON_DE_SHARE_GRDP", year: 2025, comparator: "GTE", value: 20, note: GDP_NOTE, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_DE_SHARE_GRDP", year: 2030, comparator: "GTE", value: 30, note: GDP_NOTE, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_DE_SHARE_SECTOR", year: 2025, comparator: "GTE", value: 10, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_DE_SHARE_SECTOR", year: 2030, comparator: "GTE", value: 20, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_ECOMMERCE_RETAIL", year: 2025, comparator: "GT", value: 10, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_ECOMMERCE_RETAIL", year: 2030, comparator: "GT", value: 20, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_E_CONTRACTS", year: 2025, comparator: "GT", value: 80, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_E_CONTRACTS", year: 2030, comparator: "GTE", value: 100, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_SME_PLATFORMS", year: 2025, comparator: "GT", value: 50, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_SME_PLATFORMS", year: 2030, comparator: "GT", value: 70, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_DE_WORKFORCE", year: 2025, comparator: "GT", value: 2, source: "decision-411-qd-ttg-2022" },
  { indicator: "ECON_DE_WORKFORCE", year: 2030, comparator: "GT", value: 3, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_SMARTPHONE", year: 2025, comparator: "GTE", value: 80, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_SMARTPHONE", year: 2030, comparator: "GTE", value: 95, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_PAYMENT_ACCOUNT", year: 2025, comparator: "GTE", value: 80, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_DIGITAL_SIGNATURE", year: 2025, comparator: "GT", value: 50, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_DIGITAL_SKILLS", year: 2025, comparator: "GT", value: 70, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_FIBRE_HOUSEHOLDS", year: 2025, comparator: "GTE", value: 80, source: "decision-411-qd-ttg-2022" },
  { indicator: "SOC_EHEALTH_RECORD", year: 2025, comparator: "GTE", value: 90, source: "decision-411-qd-ttg-2022" },
  // Decision 749/QĐ-TTg (2020)
  { indicator: "GOV_L4_SERVICES_SHARE", year: 2025, comparator: "GTE", value: 80, source: "decision-749-qd-ttg-2020" },
  { indicator: "GOV_L4_SERVICES_SHARE", year: 2030, comparator: "GTE", value: 100, source: "decision-749-qd-ttg-2020" },
  // Decision 942/QĐ-TTg (2021)
  { indicator: "GOV_FULLY_ONLINE_DOSSIERS", year: 2025, comparator: "GTE", value: 80, source: "decision-942-qd-ttg-2021" },
  { indicator: "GOV_SIGNED_DOCUMENTS", year: 2025, comparator: "GTE", value: 100, source: "decision-942-qd-ttg-2021" },
];

/** Provinces whose scorecards carry targets: their own, else the national ones. */
export const provincesWithTargets: Array<{ province: ProvinceSlug; own: readonly TargetSeed[]; ownSource?: SourceKey }> = [
  { province: "an-giang", own: anGiangTargets2025, ownSource: AG_DESS },
  { province: "hau-giang", own: [] },
];

export interface DtiResultFigures {
  province: ProvinceSlug;
  year: number;
  rank?: number;
  rankedCount?: number;
  score?: number;
  govScore?: number;
  govRank?: number;
  econScore?: number;
  econRank?: number;
  socScore?: number;
  socRank?: number;
  regionRank?: number;
  source: SourceKey;
}

/** A note comes in both languages, or not at all. */
export type DtiNote = { noteVi?: undefined; noteEn?: undefined } | { noteVi: string; noteEn: string };

export type DtiResultSeed = DtiResultFigures & DtiNote;

/** DTI results as published; never recomputed. */
export const dtiResults = [
  { province: "an-giang", year: 2021, rank: 42, rankedCount: 63, source: AG_2022, noteVi: "Giảm thứ hạng so với năm 2020 cả về chỉ số tổng thể và các xếp hạng chính quyền số, kinh tế số, xã hội số; cả 3 trụ cột đều có giá trị dưới 0,5. Số đơn vị xếp hạng (63) theo bảng DTI 2021.", noteEn: "Fell in rank compared with 2020, both in the overall index and in the digital government, digital economy and digital society rankings; all 3 pillars have values below 0.5. Number of units ranked (63) from the DTI 2021 table." },
  { province: "an-giang", year: 2022, rank: 54, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "hau-giang", year: 2020, rank: 28, rankedCount: 63, source: HG, noteVi: "Suy ra từ bài viết: năm 2021 đứng thứ 17/63, tăng 11 bậc so với năm 2020.", noteEn: "Derived from the article: ranked 17th of 63 in 2021, up 11 places from 2020." },
  { province: "hau-giang", year: 2021, rank: 17, rankedCount: 63, score: 0.467, govScore: 0.5142, govRank: 16, econScore: 0.4319, econRank: 28, socScore: 0.4392, socRank: 25, regionRank: 2, source: "dti-gov-vn-2021", noteVi: "Đứng thứ hai vùng Đồng bằng sông Cửu Long, một trong 2 tỉnh của vùng trong tốp 20 cả nước (bài ngày 25/01/2023).", noteEn: "Second in the Mekong Delta region, one of the region's 2 provinces in the national top 20 (article of 25 January 2023)." },
  { province: "hau-giang", year: 2022, rank: 17, rankedCount: 63, source: "dti-gov-vn-2022" },
] as const satisfies readonly DtiResultSeed[];
