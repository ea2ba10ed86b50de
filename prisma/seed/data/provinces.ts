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
  region?: string;
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

// The other units of the DTI 2022 ranking (63 provinces and cities; the five
// above that existed then are not repeated). Names as the ministry's table
// gives them; sortOrder is 100 + the 2022 rank (Thanh Hóa and Yên Bái shared
// 15th). Regions are the six socio-economic regions of the General Statistics
// Office. No validity dates or successors: we hold no cited source for what
// the 2025 merger made of these units.
const RED_RIVER = "Đồng bằng sông Hồng";
const NORTH = "Trung du và miền núi phía Bắc";
const CENTRAL = "Bắc Trung Bộ và duyên hải miền Trung";
const HIGHLANDS = "Tây Nguyên";
const SOUTH_EAST = "Đông Nam Bộ";

export const nationalUnits = [
  { slug: "da-nang", nameVi: "Đà Nẵng", nameEn: "Da Nang", kind: "city", region: CENTRAL, sortOrder: 101 },
  { slug: "ho-chi-minh", nameVi: "Hồ Chí Minh", nameEn: "Ho Chi Minh City", kind: "city", region: SOUTH_EAST, sortOrder: 102 },
  { slug: "quang-ninh", nameVi: "Quảng Ninh", nameEn: "Quang Ninh", kind: "province", region: RED_RIVER, sortOrder: 103 },
  { slug: "thua-thien-hue", nameVi: "Thừa Thiên Huế", nameEn: "Thua Thien Hue", kind: "province", region: CENTRAL, sortOrder: 104 },
  { slug: "lang-son", nameVi: "Lạng Sơn", nameEn: "Lang Son", kind: "province", region: NORTH, sortOrder: 106 },
  { slug: "bac-ninh", nameVi: "Bắc Ninh", nameEn: "Bac Ninh", kind: "province", region: RED_RIVER, sortOrder: 107 },
  { slug: "thai-nguyen", nameVi: "Thái Nguyên", nameEn: "Thai Nguyen", kind: "province", region: NORTH, sortOrder: 108 },
  { slug: "bac-giang", nameVi: "Bắc Giang", nameEn: "Bac Giang", kind: "province", region: NORTH, sortOrder: 109 },
  { slug: "nam-dinh", nameVi: "Nam Định", nameEn: "Nam Dinh", kind: "province", region: RED_RIVER, sortOrder: 110 },
  { slug: "long-an", nameVi: "Long An", nameEn: "Long An", kind: "province", region: DELTA, sortOrder: 111 },
  { slug: "binh-phuoc", nameVi: "Bình Phước", nameEn: "Binh Phuoc", kind: "province", region: SOUTH_EAST, sortOrder: 112 },
  { slug: "hai-duong", nameVi: "Hải Dương", nameEn: "Hai Duong", kind: "province", region: RED_RIVER, sortOrder: 113 },
  { slug: "hai-phong", nameVi: "Hải Phòng", nameEn: "Hai Phong", kind: "city", region: RED_RIVER, sortOrder: 114 },
  { slug: "thanh-hoa", nameVi: "Thanh Hóa", nameEn: "Thanh Hoa", kind: "province", region: CENTRAL, sortOrder: 115 },
  { slug: "yen-bai", nameVi: "Yên Bái", nameEn: "Yen Bai", kind: "province", region: NORTH, sortOrder: 115 },
  { slug: "vinh-phuc", nameVi: "Vĩnh Phúc", nameEn: "Vinh Phuc", kind: "province", region: RED_RIVER, sortOrder: 118 },
  { slug: "binh-duong", nameVi: "Bình Dương", nameEn: "Binh Duong", kind: "province", region: SOUTH_EAST, sortOrder: 119 },
  { slug: "tien-giang", nameVi: "Tiền Giang", nameEn: "Tien Giang", kind: "province", region: DELTA, sortOrder: 120 },
  { slug: "ninh-binh", nameVi: "Ninh Bình", nameEn: "Ninh Binh", kind: "province", region: RED_RIVER, sortOrder: 121 },
  { slug: "lam-dong", nameVi: "Lâm Đồng", nameEn: "Lam Dong", kind: "province", region: HIGHLANDS, sortOrder: 122 },
  { slug: "phu-tho", nameVi: "Phú Thọ", nameEn: "Phu Tho", kind: "province", region: NORTH, sortOrder: 123 },
  { slug: "ha-noi", nameVi: "Hà Nội", nameEn: "Ha Noi", kind: "city", region: RED_RIVER, sortOrder: 124 },
  { slug: "tra-vinh", nameVi: "Trà Vinh", nameEn: "Tra Vinh", kind: "province", region: DELTA, sortOrder: 125 },
  { slug: "quang-ngai", nameVi: "Quảng Ngãi", nameEn: "Quang Ngai", kind: "province", region: CENTRAL, sortOrder: 126 },
  { slug: "ninh-thuan", nameVi: "Ninh Thuận", nameEn: "Ninh Thuan", kind: "province", region: CENTRAL, sortOrder: 127 },
  { slug: "ba-ria-vung-tau", nameVi: "Bà Rịa - Vũng Tàu", nameEn: "Ba Ria - Vung Tau", kind: "province", region: SOUTH_EAST, sortOrder: 128 },
  { slug: "binh-dinh", nameVi: "Bình Định", nameEn: "Binh Dinh", kind: "province", region: CENTRAL, sortOrder: 129 },
  { slug: "vinh-long", nameVi: "Vĩnh Long", nameEn: "Vinh Long", kind: "province", region: DELTA, sortOrder: 130 },
  { slug: "quang-nam", nameVi: "Quảng Nam", nameEn: "Quang Nam", kind: "province", region: CENTRAL, sortOrder: 131 },
  { slug: "hung-yen", nameVi: "Hưng Yên", nameEn: "Hung Yen", kind: "province", region: RED_RIVER, sortOrder: 133 },
  { slug: "ha-nam", nameVi: "Hà Nam", nameEn: "Ha Nam", kind: "province", region: RED_RIVER, sortOrder: 134 },
  { slug: "dien-bien", nameVi: "Điện Biên", nameEn: "Dien Bien", kind: "province", region: NORTH, sortOrder: 135 },
  { slug: "ha-tinh", nameVi: "Hà Tĩnh", nameEn: "Ha Tinh", kind: "province", region: CENTRAL, sortOrder: 137 },
  { slug: "lao-cai", nameVi: "Lào Cai", nameEn: "Lao Cai", kind: "province", region: NORTH, sortOrder: 138 },
  { slug: "dong-thap", nameVi: "Đồng Tháp", nameEn: "Dong Thap", kind: "province", region: DELTA, sortOrder: 139 },
  { slug: "tay-ninh", nameVi: "Tây Ninh", nameEn: "Tay Ninh", kind: "province", region: SOUTH_EAST, sortOrder: 140 },
  { slug: "khanh-hoa", nameVi: "Khánh Hòa", nameEn: "Khanh Hoa", kind: "province", region: CENTRAL, sortOrder: 141 },
  { slug: "hoa-binh", nameVi: "Hòa Bình", nameEn: "Hoa Binh", kind: "province", region: NORTH, sortOrder: 142 },
  { slug: "dong-nai", nameVi: "Đồng Nai", nameEn: "Dong Nai", kind: "province", region: SOUTH_EAST, sortOrder: 143 },
  { slug: "son-la", nameVi: "Sơn La", nameEn: "Son La", kind: "province", region: NORTH, sortOrder: 144 },
  { slug: "kon-tum", nameVi: "Kon Tum", nameEn: "Kon Tum", kind: "province", region: HIGHLANDS, sortOrder: 145 },
  { slug: "quang-binh", nameVi: "Quảng Bình", nameEn: "Quang Binh", kind: "province", region: CENTRAL, sortOrder: 146 },
  { slug: "dak-lak", nameVi: "Đắk Lắk", nameEn: "Dak Lak", kind: "province", region: HIGHLANDS, sortOrder: 147 },
  { slug: "tuyen-quang", nameVi: "Tuyên Quang", nameEn: "Tuyen Quang", kind: "province", region: NORTH, sortOrder: 148 },
  { slug: "dak-nong", nameVi: "Đắk Nông", nameEn: "Dak Nong", kind: "province", region: HIGHLANDS, sortOrder: 149 },
  { slug: "binh-thuan", nameVi: "Bình Thuận", nameEn: "Binh Thuan", kind: "province", region: CENTRAL, sortOrder: 150 },
  { slug: "ben-tre", nameVi: "Bến Tre", nameEn: "Ben Tre", kind: "province", region: DELTA, sortOrder: 151 },
  { slug: "nghe-an", nameVi: "Nghệ An", nameEn: "Nghe An", kind: "province", region: CENTRAL, sortOrder: 152 },
  { slug: "lai-chau", nameVi: "Lai Châu", nameEn: "Lai Chau", kind: "province", region: NORTH, sortOrder: 153 },
  { slug: "quang-tri", nameVi: "Quảng Trị", nameEn: "Quang Tri", kind: "province", region: CENTRAL, sortOrder: 155 },
  { slug: "thai-binh", nameVi: "Thái Bình", nameEn: "Thai Binh", kind: "province", region: RED_RIVER, sortOrder: 156 },
  { slug: "ha-giang", nameVi: "Hà Giang", nameEn: "Ha Giang", kind: "province", region: NORTH, sortOrder: 157 },
  { slug: "ca-mau", nameVi: "Cà Mau", nameEn: "Ca Mau", kind: "province", region: DELTA, sortOrder: 158 },
  { slug: "phu-yen", nameVi: "Phú Yên", nameEn: "Phu Yen", kind: "province", region: CENTRAL, sortOrder: 159 },
  { slug: "bac-lieu", nameVi: "Bạc Liêu", nameEn: "Bac Lieu", kind: "province", region: DELTA, sortOrder: 160 },
  { slug: "cao-bang", nameVi: "Cao Bằng", nameEn: "Cao Bang", kind: "province", region: NORTH, sortOrder: 161 },
  { slug: "gia-lai", nameVi: "Gia Lai", nameEn: "Gia Lai", kind: "province", region: HIGHLANDS, sortOrder: 162 },
  { slug: "bac-kan", nameVi: "Bắc Kạn", nameEn: "Bac Kan", kind: "province", region: NORTH, sortOrder: 163 },
] as const satisfies readonly ProvinceSeed[];

export type NationalUnitSlug = (typeof nationalUnits)[number]["slug"];

/** Every unit a seeded figure may belong to. */
export type UnitSlug = ProvinceSlug | NationalUnitSlug;

/** The source of every validity date and successor link above. */
export const mergerSource: SourceKey = "resolution-202-2025-qh15";

interface ProvinceFactSeedFields {
  province: ProvinceSlug;
  key: string;
  value?: number;
  qualifier?: ValueQualifier;
  unit?: IndicatorUnit;
  period?: string;
  source: SourceKey;
}

/** A fact's text comes in both languages, or not at all. */
export type ProvinceFactSeed = ProvinceFactSeedFields & ({ textVi?: undefined; textEn?: undefined } | { textVi: string; textEn: string });

const AG_2022 = "article-2022-10-27-an-giang-dx-events";
const AG_YOUTH = "article-2023-04-17-an-giang-youth-dialogue";
const HG = "article-2023-01-25-hau-giang-dx-future";

export const provinceFacts = [
  { province: "an-giang", key: "population", value: 1_900_000, qualifier: "MORE_THAN", unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "enterprises", value: 6874, unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "households", value: 525_974, unit: "COUNT", period: "2022", source: AG_2022 },
  { province: "an-giang", key: "districts", value: 11, unit: "COUNT", period: "2023", source: AG_YOUTH },
  { province: "an-giang", key: "youth", value: 200_000, qualifier: "APPROXIMATELY", unit: "COUNT", period: "2023", source: AG_YOUTH },
  { province: "an-giang", key: "programme", textVi: "Chương trình 553: Chương trình chuyển đổi số tỉnh An Giang đến năm 2025, định hướng đến năm 2030.", textEn: "Programme 553: the digital transformation programme of An Giang province to 2025, with orientations to 2030.", source: AG_YOUTH },
  { province: "hau-giang", key: "agriculture_share", value: 22.73, unit: "PERCENT", period: "2022", source: HG },
  { province: "hau-giang", key: "programme", textVi: "Nghị quyết số 02 (cuối năm 2020) của Ban Chấp hành Đảng bộ tỉnh về xây dựng Chính quyền điện tử và chuyển đổi số tỉnh Hậu Giang giai đoạn 2021-2025, định hướng đến năm 2030.", textEn: "Resolution No. 02 (end of 2020) of the Provincial Party Executive Committee on building e-government and digital transformation in Hau Giang province for 2021-2025, with orientations to 2030.", source: HG },
  { province: "hau-giang", key: "programme_smart_city", textVi: "Nghị quyết số 25 của HĐND tỉnh thông qua Đề án Xây dựng Chính quyền điện tử và Đô thị thông minh tỉnh Hậu Giang giai đoạn 2020-2025.", textEn: "Resolution No. 25 of the Provincial People's Council adopting the Scheme for building e-government and a smart city in Hau Giang province, 2020-2025.", source: HG },
  { province: "hau-giang", key: "mobile_coverage", textVi: "Mạng 4G đã phủ sóng toàn tỉnh; mạng 5G đang được triển khai thí điểm ở một số khu vực.", textEn: "The 4G network covers the whole province; the 5G network is being piloted in some areas.", period: "2022", source: HG },
] as const satisfies readonly ProvinceFactSeed[];
