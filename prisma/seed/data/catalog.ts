// Pillars and indicators. Names follow the wording of the source articles and
// of the national decisions that define the indicators.
import type { Direction, IndicatorUnit, Periodicity, PillarKind } from "@/lib/generated/prisma/enums";

export interface PillarSeed {
  code: string;
  kind: PillarKind;
  nameVi: string;
  nameEn: string;
  sortOrder: number;
}

export const pillars = [
  { code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", sortOrder: 1 },
  { code: "ECON", kind: "PILLAR", nameVi: "Kinh tế số", nameEn: "Digital economy", sortOrder: 2 },
  { code: "SOC", kind: "PILLAR", nameVi: "Xã hội số", nameEn: "Digital society", sortOrder: 3 },
  { code: "INFRA", kind: "FOUNDATION", nameVi: "Hạ tầng số", nameEn: "Digital infrastructure", sortOrder: 4 },
] as const satisfies readonly PillarSeed[];

export type PillarCode = (typeof pillars)[number]["code"];

export interface IndicatorSeed {
  code: string;
  pillar: PillarCode;
  nameVi: string;
  nameEn: string;
  definitionVi?: string;
  unit: IndicatorUnit;
  direction?: Direction;
  periodicity?: Periodicity;
  decision?: string;
  isHeadline?: boolean;
}

const D411 = "411/QĐ-TTg";

export const indicators = [
  // Chính quyền số
  { code: "GOV_L34_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến mức độ 3 và 4 được cung cấp", nameEn: "Online public services provided at level 3 and 4", definitionVi: "Số dịch vụ hành chính công mức độ 3 và 4 do Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh cung cấp." },
  { code: "GOV_L4_SERVICES_SHARE", pillar: "GOV", unit: "PERCENT", decision: "749/QĐ-TTg", isHeadline: true, nameVi: "Tỷ lệ dịch vụ công trực tuyến mức độ 4", nameEn: "Share of online public services at level 4", definitionVi: "Tỷ lệ dịch vụ công trực tuyến mức độ 4 trên tổng số dịch vụ công, cung cấp trên nhiều phương tiện truy cập khác nhau." },
  { code: "GOV_L4_ELIGIBLE_PROVIDED", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ dịch vụ công trực tuyến đủ điều kiện được cung cấp ở mức độ 4", nameEn: "Eligible online public services provided at level 4", definitionVi: "Tính trên các dịch vụ công đủ điều kiện lên mức độ 4, cung cấp trên Cổng dịch vụ công của tỉnh." },
  { code: "GOV_FULLY_ONLINE_DOSSIERS", pillar: "GOV", unit: "PERCENT", decision: "942/QĐ-TTg", nameVi: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", nameEn: "Administrative-procedure dossiers processed fully online" },
  { code: "GOV_ON_TIME_DOSSIERS", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", nameEn: "Dossiers settled early or on time" },
  { code: "GOV_NPSP_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công đã kiểm thử và công khai trên Cổng Dịch vụ công quốc gia", nameEn: "Public services tested and published on the National Public Service Portal" },
  { code: "GOV_NPSP_SHARE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ dịch vụ công đã kiểm thử và công khai trên Cổng Dịch vụ công quốc gia", nameEn: "Share of public services tested and published on the National Public Service Portal" },
  { code: "GOV_SIGNED_DOCUMENTS", pillar: "GOV", unit: "PERCENT", decision: "942/QĐ-TTg", nameVi: "Tỷ lệ văn bản giữa các cơ quan nhà nước được ký số và gửi trên hệ thống", nameEn: "Documents between state agencies digitally signed and sent electronically" },
  { code: "GOV_DOCUMENT_SYSTEM_AGENCIES", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ cơ quan nhà nước tham gia Hệ thống quản lý văn bản và điều hành", nameEn: "State agencies on the document management and operation system" },
  { code: "GOV_ONE_STOP_AGENCIES", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ cơ quan cấp tỉnh, huyện, xã triển khai Cổng dịch vụ công trực tuyến và Hệ thống một cửa điện tử", nameEn: "Provincial, district and commune agencies with the online public-service portal and one-stop system" },
  { code: "GOV_DX_PLANS", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ cơ quan, địa phương ban hành chương trình, kế hoạch, đề án chuyển đổi số giai đoạn 5 năm", nameEn: "Agencies and localities with a 5-year digital-transformation plan" },
  { code: "GOV_ONLINE_MEETING_POINTS", pillar: "GOV", unit: "COUNT", nameVi: "Số điểm cầu họp trực tuyến từ cấp tỉnh đến cấp xã", nameEn: "Online meeting points, province to commune" },
  { code: "GOV_COUNCIL_TARGETS_MET", pillar: "GOV", unit: "COUNT", periodicity: "ANNUAL", nameVi: "Số chỉ tiêu Nghị quyết HĐND tỉnh đạt và vượt trong năm", nameEn: "Provincial council resolution targets met in the year" },

  // Kinh tế số
  { code: "ECON_DE_SHARE_GRDP", pillar: "ECON", unit: "PERCENT", periodicity: "ANNUAL", decision: D411, isHeadline: true, nameVi: "Tỷ trọng kinh tế số trong GRDP", nameEn: "Digital economy share of GRDP" },
  { code: "ECON_DE_SHARE_SECTOR", pillar: "ECON", unit: "PERCENT", periodicity: "ANNUAL", decision: D411, nameVi: "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", nameEn: "Digital economy share in each sector" },
  { code: "ECON_ECOMMERCE_RETAIL", pillar: "ECON", unit: "PERCENT", decision: D411, nameVi: "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", nameEn: "E-commerce share of total retail sales" },
  { code: "ECON_E_CONTRACTS", pillar: "ECON", unit: "PERCENT", decision: D411, nameVi: "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", nameEn: "Enterprises using e-contracts" },
  { code: "ECON_SME_PLATFORMS", pillar: "ECON", unit: "PERCENT", decision: D411, isHeadline: true, nameVi: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", nameEn: "SMEs using digital platforms" },
  { code: "ECON_DE_WORKFORCE", pillar: "ECON", unit: "PERCENT", periodicity: "ANNUAL", decision: D411, nameVi: "Tỷ lệ nhân lực kinh tế số trong lực lượng lao động", nameEn: "Digital-economy workers in the labour force" },
  { code: "ECON_E_INVOICES", pillar: "ECON", unit: "PERCENT", nameVi: "Tỷ lệ doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử", nameEn: "Enterprises and household businesses using e-invoices" },
  { code: "ECON_OCOP_ECOMMERCE", pillar: "ECON", unit: "COUNT", nameVi: "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử", nameEn: "OCOP products on e-commerce platforms" },
  { code: "ECON_AGRI_ECOMMERCE", pillar: "ECON", unit: "COUNT", nameVi: "Số sản phẩm nông sản được đưa lên sàn thương mại điện tử", nameEn: "Agricultural products on e-commerce platforms" },

  // Xã hội số
  { code: "SOC_SMARTPHONE", pillar: "SOC", unit: "PERCENT", decision: D411, isHeadline: true, nameVi: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", nameEn: "Adults with a smartphone" },
  { code: "SOC_PAYMENT_ACCOUNT", pillar: "SOC", unit: "PERCENT", decision: D411, isHeadline: true, nameVi: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác", nameEn: "People aged 15+ with a bank or other payment account" },
  { code: "SOC_DIGITAL_SIGNATURE", pillar: "SOC", unit: "PERCENT", decision: D411, nameVi: "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", nameEn: "Adults with a digital or electronic personal signature" },
  { code: "SOC_DIGITAL_SKILLS", pillar: "SOC", unit: "PERCENT", decision: D411, nameVi: "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", nameEn: "Working-age people trained in basic digital skills" },
  { code: "SOC_FIBRE_HOUSEHOLDS", pillar: "SOC", unit: "PERCENT", decision: D411, isHeadline: true, nameVi: "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", nameEn: "Households covered by fibre broadband" },
  { code: "SOC_BASIC_PROTECTION", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản", nameEn: "Connected people protected at a basic level" },
  { code: "SOC_ONLINE_SERVICE_USERS", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến", nameEn: "Adults using online public services" },
  { code: "SOC_TELEHEALTH", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám, chữa bệnh từ xa", nameEn: "Adults using online health consultation or telemedicine" },
  { code: "SOC_EHEALTH_RECORD", pillar: "SOC", unit: "PERCENT", decision: D411, isHeadline: true, nameVi: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", nameEn: "People with an electronic health record" },
  { code: "SOC_HIGHER_ED_DIGITAL", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp hoàn thiện mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở", nameEn: "Universities, colleges and vocational institutions with digital governance, standardised data and open digital learning resources" },
  { code: "SOC_SCHOOLS_DIGITAL", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ cơ sở giáo dục từ tiểu học đến THPT hoàn thiện mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở", nameEn: "Primary to upper-secondary schools with digital governance, standardised data and open digital learning resources" },
  { code: "SOC_PROVINCE_APP_USERS", pillar: "SOC", unit: "COUNT", nameVi: "Số lượt người dân cài ứng dụng di động của tỉnh", nameEn: "Residents who installed the province's mobile app" },
  { code: "SOC_COMMUNITY_TECH_TEAMS", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ ấp, khu vực có Tổ công nghệ số cộng đồng", nameEn: "Hamlets and urban areas with a community digital-technology team" },

  // Hạ tầng số
  { code: "INFRA_BTS", pillar: "INFRA", unit: "COUNT", nameVi: "Số trạm thu phát sóng thông tin di động (BTS)", nameEn: "Mobile base stations (BTS)" },
  { code: "INFRA_COMMUNES_3G4G", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ xã được phủ sóng 3G/4G", nameEn: "Communes with 3G/4G coverage" },
  { code: "INFRA_COMMUNE_CENTRES_FIBRE", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ trung tâm xã, phường, thị trấn có Internet cáp quang tốc độ cao", nameEn: "Commune and ward centres with high-speed fibre" },
  { code: "INFRA_HAMLETS_MOBILE_BROADBAND", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ khóm, ấp được phủ sóng Internet di động băng thông rộng", nameEn: "Hamlets covered by mobile broadband" },
  { code: "INFRA_INSTITUTIONS_CONNECTED", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ khu công nghiệp, doanh nghiệp, trường học, bệnh viện có kết nối Internet", nameEn: "Industrial parks, enterprises, schools and hospitals connected to the Internet" },
  { code: "INFRA_AGENCY_NETWORKS", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ cơ quan nhà nước có mạng LAN kết nối Internet và mạng truyền số liệu chuyên dùng", nameEn: "State agencies with a LAN connected to the Internet and the special-use data network" },
] as const satisfies readonly IndicatorSeed[];

export type IndicatorCode = (typeof indicators)[number]["code"];
