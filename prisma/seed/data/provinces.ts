// Administrative units and their profile figures. On 2025-07-01 (Resolution
// 202/2025/QH15) An Giang and Kiên Giang became the new An Giang province,
// and Hậu Giang, Sóc Trăng and Cần Thơ the new Cần Thơ city.
import type { IndicatorUnit, ValueQualifier } from "@/lib/generated/prisma/enums";
import type { SourceKey } from "./sources";

export interface ProvinceSeed {
  slug: string;
  nameVi: string;
  nameEn: string;
  kind: "province" | "city";
  region: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  sortOrder: number;
}

const MERGED = "2025-06-30";
const FORMED = "2025-07-01";
const DELTA = "Đồng bằng sông Cửu Long";

export const provinces = [
  { slug: "an-giang", nameVi: "An Giang", nameEn: "An Giang", kind: "province", region: DELTA, validTo: MERGED, successor: "an-giang-2025", sortOrder: 1 },
  { slug: "hau-giang", nameVi: "Hậu Giang", nameEn: "Hau Giang", kind: "province", region: DELTA, validTo: MERGED, successor: "can-tho-2025", sortOrder: 2 },
  { slug: "kien-giang", nameVi: "Kiên Giang", nameEn: "Kien Giang", kind: "province", region: DELTA, validTo: MERGED, successor: "an-giang-2025", sortOrder: 10 },
  { slug: "can-tho", nameVi: "Cần Thơ", nameEn: "Can Tho", kind: "city", region: DELTA, validTo: MERGED, successor: "can-tho-2025", sortOrder: 11 },
  { slug: "soc-trang", nameVi: "Sóc Trăng", nameEn: "Soc Trang", kind: "province", region: DELTA, validTo: MERGED, successor: "can-tho-2025", sortOrder: 12 },
  { slug: "an-giang-2025", nameVi: "An Giang (từ 01/7/2025)", nameEn: "An Giang (from 1 July 2025)", kind: "province", region: DELTA, validFrom: FORMED, sortOrder: 20 },
  { slug: "can-tho-2025", nameVi: "Thành phố Cần Thơ (từ 01/7/2025)", nameEn: "Can Tho city (from 1 July 2025)", kind: "city", region: DELTA, validFrom: FORMED, sortOrder: 21 },
] as const satisfies readonly ProvinceSeed[];

export type ProvinceSlug = (typeof provinces)[number]["slug"];

/** The source of every validity date and successor link above. */
export const mergerSource: SourceKey = "resolution-202-2025-qh15";

export interface ProvinceFactSeed {
  province: ProvinceSlug;
  key: string;
  value?: number;
  qualifier?: ValueQualifier;
  unit?: IndicatorUnit;
  textVi?: string;
  period?: string;
  source: SourceKey;
}

const AG_2022 = "article-2022-10-27-an-giang-dx-events";
const AG_YOUTH = "article-2023-04-17-an-giang-youth-dialogue";
const HG = "article-2023-01-25-hau-giang-dx-future";

export const provinceFacts = [
  { province: "an-giang", key: "population", value: 1_900_000, qualifier: "MORE_THAN", unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "enterprises", value: 6874, unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "households", value: 525_974, unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "districts", value: 11, unit: "COUNT", period: "2023", source: AG_YOUTH },
  { province: "an-giang", key: "youth", value: 200_000, qualifier: "APPROXIMATELY", unit: "COUNT", period: "2023", source: AG_YOUTH },
  { province: "an-giang", key: "programme", textVi: "Chương trình 553: Chương trình chuyển đổi số tỉnh An Giang đến năm 2025, định hướng đến năm 2030.", source: AG_YOUTH },
  { province: "hau-giang", key: "agriculture_share", value: 22.73, unit: "PERCENT", period: "2022", source: HG },
  { province: "hau-giang", key: "programme", textVi: "Nghị quyết số 02 (cuối năm 2020) của Ban Chấp hành Đảng bộ tỉnh về xây dựng Chính quyền điện tử và chuyển đổi số tỉnh Hậu Giang giai đoạn 2021-2025, định hướng đến năm 2030.", source: HG },
  { province: "hau-giang", key: "programme_smart_city", textVi: "Nghị quyết số 25 của HĐND tỉnh thông qua Đề án Xây dựng Chính quyền điện tử và Đô thị thông minh tỉnh Hậu Giang giai đoạn 2020-2025.", source: HG },
  { province: "hau-giang", key: "mobile_coverage", textVi: "Mạng 4G đã phủ sóng toàn tỉnh; mạng 5G đang được triển khai thí điểm ở một số khu vực.", period: "2022", source: HG },
] as const satisfies readonly ProvinceFactSeed[];
