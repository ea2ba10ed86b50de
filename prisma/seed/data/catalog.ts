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

  // Added with the published history (seed step 0002). Appended so that the
  // indicators above keep their order. A qualifier that changes what is
  // measured (another denominator, level or scope) makes another indicator.

  // Chính quyền số — dịch vụ công trực tuyến
  { code: "GOV_PROCEDURES_TOTAL", pillar: "GOV", unit: "COUNT", nameVi: "Tổng số dịch vụ công, thủ tục hành chính cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", nameEn: "Public services and administrative procedures provided on the province's administrative-procedure system", definitionVi: "Gồm mọi hình thức cung cấp (chỉ cung cấp thông tin trực tuyến, trực tuyến một phần, toàn trình; hoặc mức độ 1–4 theo cách phân loại cũ), theo số nguồn công bố." },
  { code: "GOV_FULLPROCESS_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến toàn trình", nameEn: "Full-process online public services", definitionVi: "Dịch vụ công trực tuyến toàn trình theo cách phân loại của Nghị định 42/2022/NĐ-CP (thay cho cách phân loại mức độ 3, 4 trước đây), cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh." },
  { code: "GOV_PARTIAL_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến một phần", nameEn: "Partial online public services", definitionVi: "Dịch vụ công trực tuyến một phần theo cách phân loại của Nghị định 42/2022/NĐ-CP." },
  { code: "GOV_FULLPROCESS_SHARE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính", nameEn: "Full-process online public services as a share of all administrative procedures", definitionVi: "Mẫu số là tổng số thủ tục hành chính của tỉnh, kể cả thủ tục chỉ cung cấp thông tin trực tuyến; khác với tỷ lệ tính trên các thủ tục đủ điều kiện cung cấp toàn trình." },
  { code: "GOV_FULLPROCESS_ELIGIBLE_SHARE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", nameEn: "Eligible administrative procedures provided as full-process online services", definitionVi: "Mẫu số là số thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình, không phải tổng số thủ tục." },
  { code: "GOV_L3_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến mức độ 3", nameEn: "Online public services at level 3", definitionVi: "Theo cách phân loại mức độ 1–4 áp dụng trước Nghị định 42/2022/NĐ-CP." },
  { code: "GOV_L4_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến mức độ 4", nameEn: "Online public services at level 4", definitionVi: "Theo cách phân loại mức độ 1–4 áp dụng trước Nghị định 42/2022/NĐ-CP." },
  { code: "GOV_L3_SERVICES_SHARE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ dịch vụ công trực tuyến mức độ 3", nameEn: "Share of online public services at level 3", definitionVi: "Tỷ lệ dịch vụ công trực tuyến mức độ 3 trên tổng số dịch vụ công của tỉnh." },
  { code: "GOV_L34_SERVICES_SHARE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ dịch vụ công được cung cấp trực tuyến mức độ 3, 4", nameEn: "Share of public services provided online at level 3 or 4", definitionVi: "Tỷ lệ dịch vụ công được đưa lên trực tuyến ở mức độ 3 hoặc 4 (gộp hai mức), cung cấp trên nhiều phương tiện truy cập khác nhau." },
  { code: "GOV_NPSP_INTEGRATED_SERVICES", pillar: "GOV", unit: "COUNT", nameVi: "Số dịch vụ công trực tuyến một phần và toàn trình được tích hợp trên Cổng Dịch vụ công quốc gia", nameEn: "Partial and full-process online public services integrated on the National Public Service Portal", definitionVi: "Số dịch vụ công trực tuyến (một phần và toàn trình) của tỉnh đã tích hợp trên Cổng Dịch vụ công quốc gia; khác với số dịch vụ “đã kiểm thử và công khai” trên Cổng." },

  // Chính quyền số — hồ sơ, thanh toán, văn bản
  { code: "GOV_ONLINE_DOSSIER_RATE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến", nameEn: "Administrative-procedure dossiers received online", definitionVi: "Số hồ sơ người dân, doanh nghiệp nộp qua dịch vụ công trực tuyến (thay cho nộp trực tiếp) trên tổng số hồ sơ tiếp nhận." },
  { code: "GOV_L34_DOSSIERS_ONLINE", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ hồ sơ dịch vụ công mức độ 3, 4 được tiếp nhận trực tuyến", nameEn: "Dossiers of level-3 and level-4 services received online", definitionVi: "Mẫu số chỉ gồm hồ sơ của các dịch vụ công trực tuyến mức độ 3, 4, không phải tổng số hồ sơ tiếp nhận." },
  { code: "GOV_ONLINE_PAYMENT_PROCEDURES", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến", nameEn: "Administrative procedures with fees that offer online payment", definitionVi: "Tính trên các thủ tục hành chính có yêu cầu nghĩa vụ tài chính (phí, lệ phí)." },
  { code: "GOV_ONLINE_PAYMENT_TRANSACTIONS", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ giao dịch thanh toán trực tuyến trong giải quyết thủ tục hành chính", nameEn: "Share of administrative-procedure payments made online", definitionVi: "Trong các thủ tục hành chính đã triển khai thanh toán trực tuyến, tỷ lệ giao dịch được thanh toán trực tuyến." },
  { code: "GOV_E_DOCUMENTS", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử", nameEn: "Documents exchanged between state agencies in electronic form", definitionVi: "Không đòi hỏi ký số. Khi nguồn nêu văn bản điện tử có ký số, số liệu thuộc chỉ tiêu “văn bản được ký số và gửi trên hệ thống”." },
  { code: "GOV_WORK_RECORDS_PROVINCIAL", pillar: "GOV", unit: "PERCENT", decision: "749/QĐ-TTg", nameVi: "Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", nameEn: "Work records handled online at provincial level", definitionVi: "Quyết định 749/QĐ-TTg và Quyết định 942/QĐ-TTg đặt mục tiêu đến năm 2025: 90% hồ sơ công việc cấp tỉnh, 80% cấp huyện, 60% cấp xã được xử lý trên môi trường mạng." },
  { code: "GOV_WORK_RECORDS_DISTRICT", pillar: "GOV", unit: "PERCENT", decision: "749/QĐ-TTg", nameVi: "Tỷ lệ hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", nameEn: "Work records handled online at district level", definitionVi: "Quyết định 749/QĐ-TTg và Quyết định 942/QĐ-TTg đặt mục tiêu 80% đến năm 2025." },
  { code: "GOV_WORK_RECORDS_COMMUNE", pillar: "GOV", unit: "PERCENT", decision: "749/QĐ-TTg", nameVi: "Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", nameEn: "Work records handled online at commune level", definitionVi: "Quyết định 749/QĐ-TTg và Quyết định 942/QĐ-TTg đặt mục tiêu 60% đến năm 2025." },
  { code: "GOV_REPORTING_REGIMES_CONNECTED", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ chế độ báo cáo được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo của tỉnh", nameEn: "Reporting regimes connected to the province's reporting information system", definitionVi: "Chế độ báo cáo, tổng hợp báo cáo định kỳ, thống kê về kinh tế - xã hội phục vụ chỉ đạo, điều hành của cấp ủy, chính quyền các cấp." },

  // Chính quyền số — chất lượng giải quyết thủ tục hành chính
  { code: "GOV_OVERDUE_DOSSIERS", pillar: "GOV", unit: "COUNT", direction: "LOWER_IS_BETTER", nameVi: "Số hồ sơ thủ tục hành chính xử lý quá hạn", nameEn: "Administrative-procedure dossiers handled late", definitionVi: "Số hồ sơ giải quyết, xử lý quá hạn theo nguồn công bố. Số liệu của một năm là số hồ sơ quá hạn trong năm; số liệu tại một thời điểm là số hồ sơ quá hạn “hiện còn” — xem ghi chú của từng số liệu." },
  { code: "GOV_DOSSIER_DIGITISATION", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ hồ sơ thủ tục hành chính được số hóa hồ sơ, kết quả giải quyết", nameEn: "Administrative-procedure dossiers with digitised files and results" },
  { code: "GOV_RESULTS_DIGITISED", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa", nameEn: "Administrative-procedure results digitised", definitionVi: "Chỉ tính kết quả giải quyết thủ tục hành chính của các cơ quan hành chính nhà nước, không gồm thành phần hồ sơ." },
  { code: "GOV_E_RESULTS", pillar: "GOV", unit: "PERCENT", nameVi: "Tỷ lệ hồ sơ thủ tục hành chính được cấp kết quả điện tử", nameEn: "Administrative-procedure dossiers issued an electronic result" },
  { code: "GOV_SATISFACTION", pillar: "GOV", unit: "PERCENT", nameVi: "Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính", nameEn: "Citizen and business satisfaction with administrative procedures" },
  { code: "GOV_SERVICE_INDEX_766", pillar: "GOV", unit: "POINTS", decision: "766/QĐ-TTg", nameVi: "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công", nameEn: "Citizen and business service index score (Decision 766)", definitionVi: "Điểm trên thang 100 của Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định 766/QĐ-TTg ngày 23/6/2022), theo dữ liệu Cổng Dịch vụ công quốc gia. Đây là điểm trên thang 100, không phải tỷ lệ phần trăm." },
  { code: "GOV_SERVICE_INDEX_766_RANK", pillar: "GOV", unit: "RANK", direction: "LOWER_IS_BETTER", decision: "766/QĐ-TTg", nameVi: "Thứ hạng Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công", nameEn: "Rank on the citizen and business service index (Decision 766)", definitionVi: "Thứ hạng trong cả nước theo Bộ chỉ số của Quyết định 766/QĐ-TTg. Số tỉnh, thành phố được xếp hạng (63, hoặc 34 từ ngày 01/7/2025) ghi trong ghi chú của từng số liệu." },

  // Kinh tế số
  { code: "ECON_CASHLESS_MARKETS", pillar: "ECON", unit: "COUNT", nameVi: "Số mô hình Chợ 4.0 – chợ thanh toán không dùng tiền mặt", nameEn: "“Market 4.0” cashless-payment market models" },

  // Xã hội số
  { code: "SOC_FIBRE_HOUSEHOLDS_CONNECTED", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", nameEn: "Households with a fibre broadband connection", definitionVi: "Hộ gia đình đã có kết nối (thuê bao) cáp quang; khác với tỷ lệ hộ gia đình được phủ mạng cáp quang của Quyết định 411/QĐ-TTg, nên không so với mục tiêu 80% của chỉ tiêu đó." },
  { code: "SOC_SMARTPHONE_POPULATION", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ người dân có điện thoại thông minh trên tổng dân số", nameEn: "Smartphone owners as a share of the total population", definitionVi: "Mẫu số là tổng dân số, không phải dân số trưởng thành như chỉ tiêu của Quyết định 411/QĐ-TTg; hai chỉ tiêu không so sánh trực tiếp được." },
  { code: "SOC_VNEID_ACTIVATION", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ tài khoản định danh điện tử được kích hoạt", nameEn: "Electronic identification (VNeID) accounts activated", definitionVi: "Số tài khoản định danh điện tử (VNeID) đã kích hoạt trên tổng số tài khoản mà báo cáo của địa phương lấy làm mẫu số; nguồn không nói rõ mức độ tài khoản." },
  { code: "SOC_VNEID_ACTIVATED", pillar: "SOC", unit: "COUNT", nameVi: "Số tài khoản định danh điện tử được kích hoạt", nameEn: "Electronic identification (VNeID) accounts activated (count)", definitionVi: "Không phân biệt mức độ 1, 2 (nguồn không nêu)." },
  { code: "SOC_VNEID_L2_ACTIVATED", pillar: "SOC", unit: "COUNT", nameVi: "Số tài khoản định danh điện tử mức độ 2 được kích hoạt", nameEn: "Level-2 electronic identification (VNeID) accounts activated" },
  { code: "SOC_VNEID_HEALTH_BOOK", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ dân số thường trú có Sổ sức khỏe điện tử trên VNeID", nameEn: "Permanent residents with an electronic health book on VNeID", definitionVi: "Sổ sức khỏe điện tử được cập nhật, tích hợp trên ứng dụng VNeID, tính trên tổng dân số thường trú; khác với “hồ sơ sức khỏe điện tử” của Quyết định 411/QĐ-TTg." },
  { code: "SOC_COMMUNITY_TECH_TEAMS_TOTAL", pillar: "SOC", unit: "COUNT", nameVi: "Số Tổ công nghệ số cộng đồng", nameEn: "Community digital-technology teams", definitionVi: "Tổng số Tổ công nghệ số cộng đồng đã thành lập trên địa bàn tỉnh, theo số nguồn công bố (không tách theo cấp)." },
  { code: "SOC_COMMUNITY_TECH_TEAMS_COMMUNE", pillar: "SOC", unit: "COUNT", nameVi: "Số Tổ công nghệ số cộng đồng tại xã, phường, thị trấn", nameEn: "Community digital-technology teams in communes, wards and towns" },
  { code: "SOC_COMMUNITY_TECH_TEAMS_HAMLET", pillar: "SOC", unit: "COUNT", nameVi: "Số Tổ công nghệ số cộng đồng tại ấp, khu vực", nameEn: "Community digital-technology teams in hamlets and urban areas" },
  { code: "SOC_COMMUNITY_TECH_TEAM_MEMBERS", pillar: "SOC", unit: "COUNT", nameVi: "Số thành viên Tổ công nghệ số cộng đồng", nameEn: "Members of community digital-technology teams" },
  { code: "SOC_CASHLESS_HOSPITALS", pillar: "SOC", unit: "PERCENT", nameVi: "Tỷ lệ bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện triển khai thanh toán viện phí không dùng tiền mặt", nameEn: "Provincial hospitals and district health centres accepting cashless payment of fees" },

  // Hạ tầng số
  { code: "INFRA_INTERNET_SUBSCRIBERS_PER_100", pillar: "INFRA", unit: "COUNT", nameVi: "Số thuê bao Internet trên 100 dân", nameEn: "Internet subscriptions per 100 inhabitants", definitionVi: "Mật độ thuê bao Internet; “thuê bao Internet đạt 65% dân số” là 65 thuê bao trên 100 dân. Ghi theo đơn vị số lượng vì mật độ có thể vượt 100." },
  { code: "INFRA_HAMLETS_FIXED_BROADBAND", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ khóm, ấp được phủ băng rộng cố định", nameEn: "Hamlets covered by fixed broadband", definitionVi: "Vùng phủ của mạng, không phải tỷ lệ hộ gia đình có thuê bao." },
  { code: "INFRA_HAMLETS_FIBRE", pillar: "INFRA", unit: "PERCENT", nameVi: "Tỷ lệ khóm, ấp có mạng cáp quang viễn thông", nameEn: "Hamlets reached by the telecom fibre network", definitionVi: "Mạng cáp quang viễn thông đến khóm, ấp; không phải tỷ lệ hộ gia đình được phủ cáp quang." },
] as const satisfies readonly IndicatorSeed[];

export type IndicatorCode = (typeof indicators)[number]["code"];
