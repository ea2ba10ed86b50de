// To-date figures: the day each stands at, before its period ends, as its
// source or note states it (a month without a day: its last day). Step 0005
// sets `asOf` on these figures while they hold the value an earlier step wrote
// (the overdue dossiers still outstanding after the same step moves them there).

export interface AsOfDate {
  province: string;
  indicator: string;
  period: string;
  value: number;
  /** ISO date. */
  asOf: string;
  /** The words the day is read from. */
  evidence: string;
}

export const asOfDates: readonly AsOfDate[] = [
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766", period: "2023-Q2", value: 69.63, asOf: "2023-05-31", evidence: "Số liệu lúc 17h00 ngày 31/5/2023" },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q2", value: 13, asOf: "2023-05-31", evidence: "số liệu lúc 17h00 ngày 31/5/2023" },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766", period: "2023-Q1", value: 65.2, asOf: "2023-03-27", evidence: "Số liệu tại ngày 27/3/2023" },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q1", value: 10, asOf: "2023-03-27", evidence: "số liệu tại ngày 27/3/2023" },
  { province: "an-giang", indicator: "INFRA_BTS", period: "2023-Q2", value: 2160, asOf: "2023-05-01", evidence: "Số liệu “hiện có” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "INFRA_HAMLETS_MOBILE_BROADBAND", period: "2023-Q2", value: 100, asOf: "2023-05-01", evidence: "Số liệu “hiện” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "INFRA_HAMLETS_FIXED_BROADBAND", period: "2023-Q2", value: 100, asOf: "2023-05-01", evidence: "Số liệu “hiện” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "GOV_PROCEDURES_TOTAL", period: "2024-Q4", value: 2206, asOf: "2024-11-13", evidence: "Tính đến ngày 13/11/2024" },
  { province: "an-giang", indicator: "GOV_FULLPROCESS_SERVICES", period: "2025-Q2", value: 1200, asOf: "2025-05-21", evidence: "Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung" },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2025-Q2", value: 99, asOf: "2025-05-21", evidence: "Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung" },
  { province: "an-giang", indicator: "GOV_DOSSIER_DIGITISATION", period: "2025-Q2", value: 86, asOf: "2025-05-21", evidence: "Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung" },
  { province: "an-giang-2025", indicator: "INFRA_COMMUNE_CENTRES_FIBRE", period: "2025-Q3", value: 100, asOf: "2025-07-01", evidence: "Số liệu “hiện” tại bài ngày 01/7/2025" },
  { province: "an-giang-2025", indicator: "INFRA_HAMLETS_MOBILE_BROADBAND", period: "2025-Q3", value: 100, asOf: "2025-07-01", evidence: "Số liệu “hiện” tại bài ngày 01/7/2025" },
  { province: "an-giang-2025", indicator: "GOV_E_DOCUMENTS", period: "2025-Q4", value: 100, asOf: "2025-10-31", evidence: "Kết quả 10 tháng đầu năm 2025 (tính đến 31/10/2025)" },
  { province: "an-giang-2025", indicator: "GOV_SERVICE_INDEX_766", period: "2026-Q1", value: 91.36, asOf: "2026-01-31", evidence: "tính đến cuối tháng 1-2026" },
  { province: "an-giang-2025", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2026-Q1", value: 21, asOf: "2026-01-31", evidence: "tính đến cuối tháng 1-2026" },
  { province: "an-giang-2025", indicator: "GOV_SATISFACTION", period: "2026-Q1", value: 92.58, asOf: "2026-01-31", evidence: "Số liệu tính đến cuối tháng 01/2026" },
  { province: "an-giang-2025", indicator: "GOV_OVERDUE_PENDING", period: "2026-Q1", value: 5830, asOf: "2026-01-31", evidence: "Số liệu tính đến cuối tháng 01/2026" },
  { province: "an-giang-2025", indicator: "GOV_E_RESULTS", period: "2026-Q1", value: 78.87, asOf: "2026-01-31", evidence: "Số liệu tính đến cuối tháng 01/2026" },
  { province: "an-giang-2025", indicator: "GOV_DOSSIER_DIGITISATION", period: "2026-Q1", value: 78.82, asOf: "2026-01-31", evidence: "Số liệu tính đến cuối tháng 01/2026" },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_TOTAL", period: "2023-Q2", value: 600, asOf: "2023-05-18", evidence: "Số liệu “đến nay” tại ngày 18/5/2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_TOTAL", period: "2023-Q4", value: 600, asOf: "2023-10-10", evidence: "Số liệu nêu ở tiêu đề bài ngày 10/10/2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_HAMLET", period: "2024-Q2", value: 525, asOf: "2024-04-26", evidence: "Số liệu “đến nay” tại ngày 26/4/2024." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAM_MEMBERS", period: "2024-Q2", value: 3740, asOf: "2024-04-26", evidence: "Số liệu “đến nay” tại ngày 26/4/2024." },
  { province: "hau-giang", indicator: "SOC_CASHLESS_HOSPITALS", period: "2024-Q2", value: 100, asOf: "2024-05-31", evidence: "Số liệu “đến nay” tại bài tháng 5/2024 (trước ngày 22/5/2024; không rõ ngày)." },
  { province: "hau-giang", indicator: "ECON_CASHLESS_MARKETS", period: "2025-Q2", value: 21, asOf: "2025-06-20", evidence: "Số liệu “đến nay” tại ngày 20/6/2025." },
  { province: "kien-giang", indicator: "GOV_L3_SERVICES", period: "2020-Q1", value: 409, asOf: "2020-03-07", evidence: "Số liệu “đến nay” tại ngày 07/3/2020." },
  { province: "kien-giang", indicator: "GOV_L4_SERVICES", period: "2020-Q1", value: 310, asOf: "2020-03-07", evidence: "Số liệu “đến nay” tại ngày 07/3/2020." },
  { province: "kien-giang", indicator: "GOV_PROCEDURES_TOTAL", period: "2024-Q4", value: 1993, asOf: "2024-12-27", evidence: "Số liệu “đến nay” tại bài ngày 27/12 (năm 2024 suy ra từ nội dung)." },
  { province: "kien-giang", indicator: "GOV_FULLPROCESS_SERVICES", period: "2024-Q4", value: 1499, asOf: "2024-12-27", evidence: "Số liệu “đến nay” tại bài ngày 27/12 (năm 2024 suy ra từ nội dung)." },
  { province: "soc-trang", indicator: "SOC_SMARTPHONE_POPULATION", period: "2022-Q4", value: 53.8, asOf: "2022-11-30", evidence: "Số liệu “đến nay” tại bài tháng 11/2022 (không rõ ngày)." },
  { province: "soc-trang", indicator: "INFRA_HAMLETS_FIBRE", period: "2022-Q4", value: 100, asOf: "2022-11-30", evidence: "Số liệu “đến nay” tại bài tháng 11/2022 (không rõ ngày)." },
  { province: "soc-trang", indicator: "SOC_VNEID_ACTIVATION", period: "2023-Q4", value: 54.2, asOf: "2023-10-23", evidence: "Tính đến ngày 23-10" },
  { province: "soc-trang", indicator: "SOC_VNEID_ACTIVATED", period: "2023-Q4", value: 354938, asOf: "2023-10-23", evidence: "Tính đến ngày 23-10" },
];
