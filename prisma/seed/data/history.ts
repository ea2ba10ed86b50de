// The published history of An Giang, Hậu Giang and the units they merged with
// on 2025-07-01, and the national DTI table of 2022 (seed step 0002). Every
// figure is taken as it stands in shared/reference/figures (cited-figures.csv,
// dti-results.csv) with the page it comes from and, for figures, the page's own
// sentence. Nothing is computed, interpolated or guessed.
//
// Periods: a “to-date” figure is filed under the quarter that holds its as-of
// date, except a figure given at a January review of the year just ended,
// which is filed under that year; the note keeps the date. The CSV rows left
// out, and why, are listed at the end of this file.
import type { Comparator, TargetScope, ValueQualifier } from "@/lib/generated/prisma/enums";
import type { IndicatorCode } from "./catalog";
import type { DtiNote, DtiResultFigures } from "./figures";
import type { UnitSlug } from "./provinces";
import type { SourceKey, SourceSeed } from "./sources";

/** One entry per page the history cites; keys are new (none is in sources.ts). */
export const historySources = [
  {
    key: "vnptmedia-2021-01-an-giang-5g",
    kind: "ARTICLE",
    title: "VNPT đăng ký triển khai thí điểm 5G tại An Giang",
    titleEn: "VNPT registers to pilot 5G in An Giang",
    publisher: "VNPT Media (vnptmedia.vn)",
    publisherEn: "VNPT Media (vnptmedia.vn)",
    url: "https://vnptmedia.vn/tin-tuc/202101/vnptdang-ky-trien-khai-thi-diem-5g-tai-an-giang-6754840",
  },
  {
    key: "baoangiang-2020-01-17-ict-sector-tasks",
    kind: "ARTICLE",
    title: "Triển khai nhiệm vụ ngành thông tin và truyền thông",
    titleEn: "Rolling out the tasks of the information and communications sector",
    publisher: "Báo An Giang",
    publisherEn: "An Giang Newspaper",
    publishedOn: "2020-01-17",
    url: "https://baoangiang.com.vn/trien-khai-nhiem-vu-nganh-thong-tin-va-truyen-thong-a262665.html",
  },
  {
    key: "vccinews-2022-08-18-an-giang-admin-reform",
    kind: "ARTICLE",
    title: "Progress in Administrative Reform (VCCI News)",
    titleEn: "Progress in Administrative Reform (VCCI News)",
    publisher: "VCCI News (Phòng Thương mại và Công nghiệp Việt Nam)",
    publisherEn: "VCCI News (Vietnam Chamber of Commerce and Industry)",
    publishedOn: "2022-08-18",
    url: "https://vccinews.com/news/48206/progress-in-administrative-reform.html",
  },
  {
    key: "sonoivu-an-giang-2023-06-12-service-index-may-2023",
    kind: "WEBSITE",
    title: "Công bố kết quả Bộ Chỉ số phục vụ người dân và doanh nghiệp trong tháng 5 năm 2023 (Sở Nội vụ An Giang)",
    titleEn: "Results of the citizen and business service index for May 2023 announced (An Giang Department of Home Affairs)",
    publisher: "Sở Nội vụ tỉnh An Giang",
    publisherEn: "An Giang Department of Home Affairs",
    publishedOn: "2023-06-12",
    url: "https://sonoivu.angiang.gov.vn/wps/portal/Home/chi-tiet/!ut/p/z0/fYzNCoJAFEafpuUwMzn-LaMIsiBLCJ1N3K7a3JQxcZQeP5HW7c45fHxc85xrCxM9wVFnoZ290ME9jncHcVTyFKW3vbhssyS9xmeZyYAnXP8fzA_06nu94Ro766qP4_nQ2Y6mkbX0WIkB2M8XdmTdiMPYUGWXgEAIaAxYg4asWYl1FKKM6oiVoBRTvuezuCyRoRB1IKDy6rDi70YXXwObSlA!/",
  },
  {
    key: "baoangiang-2023-05-01-telecom-infrastructure",
    kind: "ARTICLE",
    title: "An Giang phát triển hạ tầng viễn thông",
    titleEn: "An Giang develops its telecommunications infrastructure",
    publisher: "Báo An Giang",
    publisherEn: "An Giang Newspaper",
    publishedOn: "2023-05-01",
    url: "https://baoangiang.com.vn/an-giang-phat-trien-ha-tang-vien-thong-a361533.html",
  },
  {
    key: "baoangiang-2023-11-28-dx-journey",
    kind: "ARTICLE",
    title: "Hành trình chuyển đổi số ở An Giang",
    titleEn: "The digital transformation journey in An Giang",
    publisher: "Báo An Giang",
    publisherEn: "An Giang Newspaper",
    publishedOn: "2023-11-28",
    url: "https://baoangiang.com.vn/hanh-trinh-chuyen-doi-so-o-an-giang-a381384.html",
  },
  {
    key: "baomoi-net-an-giang-digital-era",
    kind: "ARTICLE",
    title: "Kỷ nguyên số, tạo đà cho tỉnh phát triển",
    titleEn: "The digital era gives the province momentum for development",
    publisher: "baomoi.net.vn",
    publisherEn: "baomoi.net.vn",
    url: "https://baomoi.net.vn/ky-nguyen-so-tao-da-cho-tinh-phat-trien-c52147597.epi",
  },
  {
    key: "vietnamnet-2025-02-an-giang-e-government",
    kind: "ARTICLE",
    title: "An Giang: 90% cơ quan nhà nước sẽ sớm hoàn thiện chính quyền điện tử",
    titleEn: "An Giang: 90% of state agencies will soon complete e-government",
    publisher: "Báo VietNamNet",
    publisherEn: "VietNamNet",
    url: "https://vietnamnet.vn/an-giang-90-co-quan-nha-nuoc-se-som-hoan-thien-chinh-quyen-dien-tu-2371394.html",
  },
  {
    key: "angiang-gov-2025-03-04-admin-reform-2024",
    kind: "WEBSITE",
    title: "An Giang promotes administrative reform to effectively serve people and businesses (AG Provincial E-Portal, EN)",
    titleEn: "An Giang promotes administrative reform to effectively serve people and businesses (AG Provincial E-Portal, EN)",
    publisher: "Cổng thông tin điện tử tỉnh An Giang",
    publisherEn: "An Giang Provincial Portal",
    publishedOn: "2025-03-04",
    url: "https://angiang.gov.vn/en/an-giang-promotes-administrative-reform-effectively-serve-people-and-businesses",
  },
  {
    key: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025",
    kind: "ARTICLE",
    title: "An Giang triển khai kế hoạch cải cách hành chính năm 2025",
    titleEn: "An Giang rolls out its 2025 administrative reform plan",
    publisher: "baomoi.net.vn",
    publisherEn: "baomoi.net.vn",
    url: "https://baomoi.net.vn/an-giang-trien-khai-ke-hoach-cai-cach-hanh-chinh-nam-2025-c51451375.epi",
  },
  {
    key: "angiang-gov-2025-05-sti-dx-responsibility",
    kind: "WEBSITE",
    title: "Strengthening responsibility in implementing science, technology, innovation and digital transformation policies (AG Provincial E-Portal, EN)",
    titleEn: "Strengthening responsibility in implementing science, technology, innovation and digital transformation policies (AG Provincial E-Portal, EN)",
    publisher: "Cổng thông tin điện tử tỉnh An Giang",
    publisherEn: "An Giang Provincial Portal",
    url: "https://angiang.gov.vn/en/strengthening-responsibility-implementing-science-technology-innovation-and-digital-transformation-policies",
  },
  {
    key: "baoangiang-2025-07-01-digital-shift",
    kind: "ARTICLE",
    title: "Chuyển mình số hóa, bứt phá từ gốc",
    titleEn: "Transforming through digitalisation, breaking through from the roots",
    publisher: "Báo An Giang",
    publisherEn: "An Giang Newspaper",
    publishedOn: "2025-07-01",
    url: "https://baoangiang.com.vn/chuyen-minh-so-hoa-but-pha-tu-goc-a423472.html",
  },
  {
    key: "diendandoanhnghiep-an-giang-after-merger",
    kind: "ARTICLE",
    title: "An Giang vận hành nền hành chính công thông suốt và hiệu quả sau nhập tỉnh",
    titleEn: "An Giang runs a smooth and effective public administration after the provincial merger",
    publisher: "Diễn đàn Doanh nghiệp",
    publisherEn: "Dien dan Doanh nghiep",
    url: "https://diendandoanhnghiep.vn/print/10157492.html",
  },
  {
    key: "vietnam-vn-2025-11-an-giang-10-months",
    kind: "ARTICLE",
    title: "An Giang accelerates digital transformation... in the first 10 months of 2025 (vietnam.vn, EN, from VGP)",
    titleEn: "An Giang accelerates digital transformation... in the first 10 months of 2025 (vietnam.vn, EN, from VGP)",
    publisher: "vietnam.vn (theo Cổng Thông tin điện tử Chính phủ)",
    publisherEn: "vietnam.vn (from the Vietnam Government Portal)",
    url: "https://www.vietnam.vn/en/an-giang-tang-toc-chuyen-doi-so-day-manh-cchc-mo-rong-an-sinh-trong-10-thang-dau-nam-2025",
  },
  {
    key: "plo-2026-02-02-an-giang-overdue-dossiers",
    kind: "ARTICLE",
    title: "Chủ tịch An Giang yêu cầu đặc khu Phú Quốc làm việc cả ngày nghỉ để xử lý hồ sơ quá hạn",
    titleEn: "An Giang's chairman asks the Phu Quoc special zone to work through days off to process overdue dossiers",
    publisher: "Báo Pháp Luật TP. Hồ Chí Minh",
    publisherEn: "Phap Luat Ho Chi Minh City Newspaper",
    publishedOn: "2026-02-02",
    url: "https://plo.vn/chu-tich-an-giang-yeu-cau-dac-khu-phu-quoc-lam-viec-ca-ngay-nghi-de-xu-ly-ho-so-qua-han-post894195.html",
  },
  {
    key: "vietnamnet-2025-10-an-giang-growth-targets",
    kind: "ARTICLE",
    title: "An Giang đặt mục tiêu tăng trưởng bình quân hơn 11% mỗi năm",
    titleEn: "An Giang targets average growth of more than 11% a year",
    publisher: "Báo VietNamNet",
    publisherEn: "VietNamNet",
    url: "https://vietnamnet.vn/an-giang-dat-muc-tieu-tang-truong-binh-quan-hon-11-moi-nam-2446245.html",
  },
  {
    key: "angiang-gov-innovation-dx-growth",
    kind: "WEBSITE",
    title: "Creative innovation and digital transformation - Drivers of double-digit growth (AG Provincial E-Portal, EN)",
    titleEn: "Creative innovation and digital transformation - Drivers of double-digit growth (AG Provincial E-Portal, EN)",
    publisher: "Cổng thông tin điện tử tỉnh An Giang",
    publisherEn: "An Giang Provincial Portal",
    url: "https://angiang.gov.vn/en/creative-innovation-and-digital-transformation-drivers-double-digit-growth",
  },
  {
    key: "kinhtedothi-2023-05-18-hau-giang-dx-week",
    kind: "ARTICLE",
    title: "Hậu Giang: Khai mạc Tuần lễ Chuyển đổi số và Khởi nghiệp đổi mới sáng tạo",
    titleEn: "Hau Giang: Digital Transformation and Innovative Start-up Week opens",
    publisher: "Báo Kinh tế & Đô thị",
    publisherEn: "Kinh te & Do thi Newspaper",
    publishedOn: "2023-05-18",
    url: "http://kinhtedothi.vn/hau-giang-khai-mac-tuan-le-chuyen-doi-so-va-khoi-nghiep-doi-moi-sang-tao.html",
  },
  {
    key: "doanhnghieptiepthi-2023-10-10-hau-giang-600-teams",
    kind: "ARTICLE",
    title: "Hậu Giang: Đã thành lập 600 Tổ công nghệ số cộng đồng",
    titleEn: "Hau Giang: 600 community digital-technology teams have been set up",
    publisher: "Doanh nghiệp và Tiếp thị",
    publisherEn: "Doanh nghiep va Tiep thi",
    publishedOn: "2023-10-10",
    url: "https://doanhnghieptiepthi.vn/hau-giang-da-thanh-lap-600-to-cong-nghe-so-cong-dong-161231010153358492.htm",
  },
  {
    key: "baohaugiang-2024-04-26-dx-new-stage",
    kind: "ARTICLE",
    title: "Chuyển đổi số - khởi đầu cho những thành quả giai đoạn mới (Bài 4)",
    titleEn: "Digital transformation - the start of achievements in a new stage (Part 4)",
    publisher: "Báo Hậu Giang",
    publisherEn: "Hau Giang Newspaper",
    publishedOn: "2024-04-26",
    url: "https://baohaugiang.com.vn/khoa-hoc-cong-nghe/chuyen-doi-so-khoi-dau-cho-nhung-thanh-qua-giai-doan-moi-136206.html",
  },
  {
    key: "daibieunhandan-2024-05-hau-giang-dx",
    kind: "ARTICLE",
    title: "Hậu Giang tạo động lực phát triển từ chuyển đổi số",
    titleEn: "Hau Giang draws momentum for development from digital transformation",
    publisher: "Báo Đại biểu Nhân dân",
    publisherEn: "Dai bieu Nhan dan Newspaper",
    url: "https://daibieunhandan.vn/dia-phuong/hau-giang-tao-dong-luc-phat-trien-tu-chuyen-doi-so-i368992",
  },
  {
    key: "baohaugiang-2025-06-20-digital-economy",
    kind: "ARTICLE",
    title: "Kinh tế số - Động lực kiến tạo tương lai",
    titleEn: "Digital economy - a driving force that shapes the future",
    publisher: "Báo Hậu Giang",
    publisherEn: "Hau Giang Newspaper",
    publishedOn: "2025-06-20",
    url: "https://baohaugiang.com.vn/xay-dung-chinh-quyen-dien-tu-va-chuyen-doi-so/kinh-te-so-dong-luc-kien-tao-tuong-lai-142349.html",
  },
  {
    key: "tttt-haugiang-2022-07-05-kh-128",
    kind: "WEBSITE",
    title: "Hậu Giang ban hành Kế hoạch Phát triển kinh tế số và xã hội số trên địa bàn tỉnh đến năm 2025, định hướng đến năm 2030 (KH 128/KH-UBND ngày 04/7/2022)",
    titleEn: "Hau Giang issues the Plan for developing the digital economy and digital society in the province to 2025, with orientations to 2030 (KH 128/KH-UBND of 4 July 2022)",
    publisher: "Sở Thông tin và Truyền thông tỉnh Hậu Giang",
    publisherEn: "Hau Giang Department of Information and Communications",
    publishedOn: "2022-07-05",
    url: "https://tttt.haugiang.gov.vn/tin-tức/chuyển-đổi-số/hậu-giang-ban-hành-kế-hoạch-phát-triển-kinh-tế-số-và-xã-hội-số-trên-địa-bàn-tỉnh-đến-năm-2025-định-hướng-đến-năm-2030/",
  },
  {
    key: "vietnamnet-hau-giang-e-government-key",
    kind: "ARTICLE",
    title: "Xây dựng chính quyền điện tử và chuyển đổi số - chìa khóa để Hậu Giang tăng tốc phát triển",
    titleEn: "Building e-government and digital transformation - the key to accelerating Hau Giang's development",
    publisher: "Báo VietNamNet",
    publisherEn: "VietNamNet",
    url: "https://m.vietnamnet.vn/vn/kinh-doanh/dau-tu/xay-dung-chinh-quyen-dien-tu-va-chuyen-doi-so-chia-khoa-de-hau-giang-tang-toc-phat-trien-748994.html",
  },
  {
    key: "vccinews-2020-03-07-kien-giang-dx",
    kind: "ARTICLE",
    title: "Accelerating Digital Transformation to Catch Industry 4.0 (VCCI News, EN)",
    titleEn: "Accelerating Digital Transformation to Catch Industry 4.0 (VCCI News, EN)",
    publisher: "VCCI News (Phòng Thương mại và Công nghiệp Việt Nam)",
    publisherEn: "VCCI News (Vietnam Chamber of Commerce and Industry)",
    publishedOn: "2020-03-07",
    url: "https://www.vccinews.com/prode/40275/accelerating-digital-transformation-to-catch-industry-4-0.html",
  },
  {
    key: "kien-giang-nq-22-nq-tu-2022",
    kind: "DECISION",
    title: "Nghị quyết số 22/NQ-TU ngày 08/6/2022 của Tỉnh ủy Kiên Giang về Chuyển đổi số đến năm 2025, định hướng đến năm 2030",
    titleEn: "Resolution No. 22/NQ-TU of 8 June 2022 of the Kien Giang Provincial Party Committee on digital transformation to 2025, with orientations to 2030",
    publisher: "Tỉnh ủy Kiên Giang (văn bản đăng trên hesinhthaidoanhnghiep.com)",
    publisherEn: "Kien Giang Provincial Party Committee (document posted on hesinhthaidoanhnghiep.com)",
    url: "https://hesinhthaidoanhnghiep.com/0538H3841d39FbD",
  },
  {
    key: "tuoitrekiengiang-2023-11-kien-giang-dti",
    kind: "ARTICLE",
    title: "Kiên Giang nâng chỉ số chuyển đổi số (Tỉnh đoàn Kiên Giang / KGO)",
    titleEn: "Kien Giang raises its digital transformation index (Kien Giang Provincial Youth Union / KGO)",
    publisher: "Tỉnh đoàn Kiên Giang (tuoitrekiengiang.vn)",
    publisherEn: "Kien Giang Provincial Youth Union (tuoitrekiengiang.vn)",
    url: "http://tuoitrekiengiang.vn/news.php?id=9431",
  },
  {
    key: "laodong-2024-12-phu-quoc-civil-status",
    kind: "ARTICLE",
    title: "Ưu tiên hoàn thành số hóa dữ liệu hộ tịch TP Phú Quốc (Lao Động, EN edition)",
    titleEn: "Priority on completing the digitisation of civil-status data of Phu Quoc City (Lao Dong, EN edition)",
    publisher: "Báo Lao Động",
    publisherEn: "Lao Dong Newspaper",
    url: "https://news.laodong.vn/xa-hoi/uu-tien-hoan-thanh-so-hoa-du-lieu-ho-tich-tp-phu-quoc-1441730.ldo",
  },
  {
    key: "nhandan-2021-01-04-soc-trang-e-government",
    kind: "ARTICLE",
    title: "Hỗ trợ tỉnh Sóc Trăng xây dựng chính quyền điện tử và chuyển đổi số",
    titleEn: "Supporting Soc Trang province in building e-government and digital transformation",
    publisher: "Báo Nhân Dân",
    publisherEn: "Nhan Dan Newspaper",
    publishedOn: "2021-01-04",
    url: "https://nhandan.vn/ho-tro-tinh-soc-trang-xay-dung-chinh-quyen-dien-tu-va-chuyen-doi-so-post630621.html",
  },
  {
    key: "ictnews-2021-01-04-soc-trang-dx-aspiration",
    kind: "ARTICLE",
    title: "Chuyển đổi số Sóc Trăng hãy bắt đầu từ những khó khăn kéo dài và khát vọng bứt phá vươn lên (ICTnews)",
    titleEn: "Soc Trang's digital transformation should start from its long-standing difficulties and its aspiration to break through and rise (ICTnews)",
    publisher: "ICTnews (VietNamNet)",
    publisherEn: "ICTnews (VietNamNet)",
    publishedOn: "2021-01-04",
    url: "https://ictnews.vietnamnet.vn/cuoc-song-so/chinh-phu-so/chuyen-doi-so-soc-trang-hay-bat-dau-tu-nhung-kho-khan-keo-dai-va-khat-vong-but-pha-vuon-len-274249.html",
  },
  {
    key: "nhandan-soc-trang-dx-sustainable-growth",
    kind: "ARTICLE",
    title: "Sóc Trăng: Chuyển đổi số tạo động lực phát triển bền vững",
    titleEn: "Soc Trang: digital transformation creates momentum for sustainable development",
    publisher: "Báo Nhân Dân",
    publisherEn: "Nhan Dan Newspaper",
    url: "https://nhandan.vn/soc-trang-chuyen-doi-so-tao-dong-luc-phat-trien-ben-vung-post715894.html",
  },
  {
    key: "ictnews-2022-11-soc-trang-smart-city",
    kind: "ARTICLE",
    title: "Sóc Trăng xây dựng hoàn thiện đô thị thông minh vào năm 2030 (ICTnews)",
    titleEn: "Soc Trang to complete building a smart city by 2030 (ICTnews)",
    publisher: "ICTnews (VietNamNet)",
    publisherEn: "ICTnews (VietNamNet)",
    url: "https://ictnews.vietnamnet.vn/soc-trang-xay-dung-hoan-thien-do-thi-thong-minh-vao-nam-2030-5007132.html",
  },
  {
    key: "sotttt-soctrang-2023-07-dti-2022",
    kind: "WEBSITE",
    title: "Sóc Trăng nâng cao thứ hạng chuyển đổi số năm 2022",
    titleEn: "Soc Trang raises its digital transformation ranking in 2022",
    publisher: "Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
    publisherEn: "Soc Trang Department of Information and Communications",
    url: "https://sotttt.soctrang.gov.vn/sotttt/1229/27531/65430/370592/Chuyen-doi-so/Soc-Trang-nang-cao-thu-hang-chuyen-doi-so-nam-2022.aspx",
  },
  {
    key: "sggp-dttc-soc-trang-dx",
    kind: "ARTICLE",
    title: "Sóc Trăng quyết liệt đẩy mạnh chuyển đổi số",
    titleEn: "Soc Trang resolutely steps up digital transformation",
    publisher: "Báo Sài Gòn Giải Phóng – Đầu tư Tài chính",
    publisherEn: "Saigon Giai Phong Newspaper – Dau tu Tai chinh",
    url: "https://dttc.sggp.org.vn/soc-trang-quyet-liet-day-manh-chuyen-doi-so-post111338.html",
  },
  {
    key: "sggp-2023-11-vneid-activation",
    kind: "ARTICLE",
    title: "Đẩy mạnh kích hoạt tài khoản định danh điện tử",
    titleEn: "Stepping up the activation of electronic identification accounts",
    publisher: "Báo Sài Gòn Giải Phóng",
    publisherEn: "Saigon Giai Phong Newspaper",
    url: "https://www.sggp.org.vn/day-manh-kich-hoat-tai-khoan-dinh-danh-dien-tu-post712410.html",
  },
  {
    key: "vccinews-2022-08-09-can-tho-dx",
    kind: "ARTICLE",
    title: "Promoting Digital Transformation (VCCI News, EN)",
    titleEn: "Promoting Digital Transformation (VCCI News, EN)",
    publisher: "VCCI News (Phòng Thương mại và Công nghiệp Việt Nam)",
    publisherEn: "VCCI News (Vietnam Chamber of Commerce and Industry)",
    publishedOn: "2022-08-09",
    url: "https://vccinews.com/news/48165/promoting-digital-transformation.html",
  },
  {
    key: "vietnamnet-2023-08-can-tho-dx-strengths",
    kind: "ARTICLE",
    title: "Những điểm mạnh giúp Cần Thơ bứt phá về chuyển đổi số",
    titleEn: "The strengths that help Can Tho break through in digital transformation",
    publisher: "Báo VietNamNet",
    publisherEn: "VietNamNet",
    url: "https://vietnamnet.vn/nhung-diem-manh-giup-can-tho-but-pha-ve-chuyen-doi-so-2171555.html",
  },
  {
    key: "baodautu-can-tho-kh-241",
    kind: "ARTICLE",
    title: "Cần Thơ ban hành Kế hoạch chuyển đổi số đến 2025, định hướng 2030 (KH 241/KH-UBND)",
    titleEn: "Can Tho issues its digital transformation plan to 2025, with orientations to 2030 (KH 241/KH-UBND)",
    publisher: "Báo Đầu tư",
    publisherEn: "Dau tu Newspaper",
    url: "https://amp.baodautu.vn/can-tho-ban-hanh-ke-hoach-chuyen-doi-so-den-2025-dinh-huong-2030-d156862.html",
  },
  {
    key: "vietnam-vn-can-tho-dx-growth",
    kind: "ARTICLE",
    title: "Can Tho takes digital transformation as a driving force for growth (vietnam.vn, EN)",
    titleEn: "Can Tho takes digital transformation as a driving force for growth (vietnam.vn, EN)",
    publisher: "vietnam.vn",
    publisherEn: "vietnam.vn",
    url: "https://www.vietnam.vn/en/can-tho-lay-chuyen-doi-so-lam-dong-luc-thuc-day-tang-truong",
  },
  {
    key: "laodong-2025-09-can-tho-online-services",
    kind: "ARTICLE",
    title: "Cần Thơ đạt 100% dịch vụ công trực tuyến, đẩy mạnh chuyển đổi số toàn diện (Lao Động, EN edition)",
    titleEn: "Can Tho reaches 100% online public services and steps up comprehensive digital transformation (Lao Dong, EN edition)",
    publisher: "Báo Lao Động",
    publisherEn: "Lao Dong Newspaper",
    url: "https://news.laodong.vn/thoi-su/can-tho-dat-100-dich-vu-cong-truc-tuyen-day-manh-chuyen-doi-so-toan-dien-1561735.ldo",
  },
  {
    key: "vithanh-haugiang-dti-2020",
    kind: "WEBSITE",
    title: "Hậu Giang xếp thứ 28/63 tỉnh, thành phố về Chuyển đổi số (tiêu đề theo địa chỉ trang)",
    titleEn: "Hau Giang ranks 28th of 63 provinces and cities in digital transformation (title taken from the page address)",
    publisher: "Cổng thông tin điện tử thành phố Vị Thanh (tỉnh Hậu Giang)",
    publisherEn: "Vi Thanh City Portal (Hau Giang province)",
    url: "https://vithanh.haugiang.gov.vn/xem-chi-tiet-tin/-/tin-tuc/Hau-Giang-xep-thu-28-63-tinh--thanh-pho-ve-Chuyen-oi-so41360",
  },
  {
    key: "cchc-soctrang-dti-2020",
    kind: "WEBSITE",
    title: "Kết quả xếp hạng chỉ số chuyển đổi số (DTI) tỉnh Sóc Trăng năm 2020 (tiêu đề theo địa chỉ trang)",
    titleEn: "Results of the 2020 digital transformation index (DTI) ranking of Soc Trang province (title taken from the page address)",
    publisher: "Trang thông tin cải cách hành chính tỉnh Sóc Trăng",
    publisherEn: "Soc Trang Provincial Administrative Reform Website",
    url: "https://cchctest.soctrang.gov.vn/-/ket-qua-xep-hang-chi-so-chuyen-oi-so-dti-tinh-soc-trang-nam-2020?inheritRedirect=true",
  },
  {
    key: "kinhdoanhvatiepthi-dti-2022",
    kind: "ARTICLE",
    title: "Xếp hạng đánh giá chuyển đổi số của các bộ, ngành, địa phương (tiêu đề theo địa chỉ trang)",
    titleEn: "Ranking of the digital transformation assessment of ministries, sectors and localities (title taken from the page address)",
    publisher: "Kinh doanh và Tiếp thị (kinhdoanhvatiepthi.vn)",
    publisherEn: "Kinh doanh va Tiep thi (kinhdoanhvatiepthi.vn)",
    url: "https://kinhdoanhvatiepthi.vn/xep-hang-danh-gia-chuyen-doi-so-cua-cac-bo-nganh-dia-phuong/",
  },
  {
    key: "baobinhduong-dti-2022",
    kind: "ARTICLE",
    title: "Binh Duong strives to improve DTI ranking (tiêu đề theo địa chỉ trang)",
    titleEn: "Binh Duong strives to improve DTI ranking (title taken from the page address)",
    publisher: "Báo Bình Dương",
    publisherEn: "Binh Duong Newspaper",
    url: "https://baobinhduong.vn/en/binh-duong-strives-to-improve-dti-ranking-a306799.html",
  },
  {
    key: "travinh-gov-dti-2022",
    kind: "WEBSITE",
    title: "Đánh giá mức độ chuyển đổi số năm 2022: Trà Vinh xếp hạng 25/63 tỉnh, thành phố (tiêu đề theo địa chỉ trang)",
    titleEn: "Assessment of the level of digital transformation in 2022: Tra Vinh ranks 25th of 63 provinces and cities (title taken from the page address)",
    publisher: "Cổng thông tin điện tử tỉnh Trà Vinh",
    publisherEn: "Tra Vinh Provincial Portal",
    url: "https://travinh.gov.vn/1426/37932/73050/691291/chuyen-doi-so/danh-gia-muc-do-chuyen-doi-so-nam-2022-tra-vinh-xep-hang-25-63-tinh-thanh-pho",
  },
  {
    key: "doanhnghiephoinhap-quang-ngai-dti-2022",
    kind: "ARTICLE",
    title: "In 2022, Quang Ngai has the greatest increase in terms of the digital transformation index (DTI) compared to the country (tiêu đề theo địa chỉ trang)",
    titleEn: "In 2022, Quang Ngai has the greatest increase in terms of the digital transformation index (DTI) compared to the country (title taken from the page address)",
    publisher: "Doanh nghiệp Hội nhập (en.doanhnghiephoinhap.vn)",
    publisherEn: "Doanh nghiep Hoi nhap (en.doanhnghiephoinhap.vn)",
    url: "https://en.doanhnghiephoinhap.vn/in-2022-quang-ngai-has-the-greatest-increase-in-terms-of-the-digital-transformation-index-dti-compared-to-the-country.html",
  },
] as const satisfies readonly SourceSeed[];

export type HistorySourceKey = (typeof historySources)[number]["key"];

/** A source of step 0001 or of this step. */
type AnySourceKey = SourceKey | HistorySourceKey;

export interface HistoryObservationSeed {
  province: UnitSlug;
  indicator: IndicatorCode;
  period: string;
  value: number;
  qualifier?: ValueQualifier;
  source: AnySourceKey;
  /** The source's sentence, verbatim as in cited-figures.csv (“[EN]” marks an English-language page). */
  quote: string;
  note?: string;
  /** Another source's different figure, where it is, and why this one stands (README's known conflicts). */
  conflict?: string;
}

export const historyObservations: readonly HistoryObservationSeed[] = [
  // An Giang (đến 30/6/2025)
  { province: "an-giang", indicator: "INFRA_COMMUNES_3G4G", period: "2020", value: 100, source: "vnptmedia-2021-01-an-giang-5g", quote: "Theo ông Nguyễn Thanh Hải, hiện trên địa bàn tỉnh An Giang, tỷ lệ phủ sóng thông tin di động 3G, 4G đã đạt 100% xã, thị trấn.", note: "Số liệu “đến nay” tại ngày 20/01/2021. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang). Nguồn: 100% xã, thị trấn." },
  { province: "an-giang", indicator: "INFRA_COMMUNE_CENTRES_FIBRE", period: "2020", value: 100, source: "vnptmedia-2021-01-an-giang-5g", quote: "Internet cáp quang tốc độ cao đã đến 100% trung tâm xã; Internet di động băng rộng phủ sóng 100% địa bàn, đáp ứng nhu cầu sử dụng dịch vụ, tìm kiếm thông tin của người dân trong tỉnh.", note: "Số liệu “đến nay” tại ngày 20/01/2021. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "INFRA_INTERNET_SUBSCRIBERS_PER_100", period: "2020", value: 65, source: "vnptmedia-2021-01-an-giang-5g", quote: "Trên địa bàn tỉnh, hiện thuê bao Internet đạt 65% dân số.", note: "Nguồn: “thuê bao Internet đạt 65% dân số”. Số liệu “đến nay” tại ngày 20/01/2021. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_PROCEDURES_TOTAL", period: "2020", value: 1968, source: "vnptmedia-2021-01-an-giang-5g", quote: "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp 1.968 dịch vụ, trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4.", note: "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_L3_SERVICES", period: "2020", value: 573, source: "vnptmedia-2021-01-an-giang-5g", quote: "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp 1.968 dịch vụ, trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4.", note: "Đến cuối tháng 12/2020. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_L4_SERVICES", period: "2020", value: 244, source: "vnptmedia-2021-01-an-giang-5g", quote: "Đến cuối tháng 12/2020, Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp 1.968 dịch vụ, trong đó có 573 dịch vụ mức độ 3 và 244 dịch vụ mức độ 4.", note: "Đến cuối tháng 12/2020. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2020", value: 97, source: "vnptmedia-2021-01-an-giang-5g", quote: "Tỷ lệ giải quyết hồ sơ trước hạn và đúng hạn đạt 97 %.", note: "Kết quả năm 2020. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_L34_DOSSIERS_ONLINE", period: "2020", value: 62, source: "vnptmedia-2021-01-an-giang-5g", quote: "Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4 đạt 62%.", note: "Kết quả năm 2020. Nêu tại hội nghị ngày 20/01/2021 (VNPT đăng ký thí điểm 5G tại An Giang)." },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2021", value: 98.62, qualifier: "MORE_THAN", source: "vccinews-2022-08-18-an-giang-admin-reform", quote: "[EN] The rate of administrative procedures processed in time and ahead of schedule at all three levels (province, district and commune) is always high. In 2021, it exceeded 98.62%.", note: "Tính chung cả ba cấp tỉnh, huyện, xã; câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766", period: "2023-Q2", value: 69.63, source: "sonoivu-an-giang-2023-06-12-service-index-may-2023", quote: "Tổng số điểm An Giang đạt: 69,63/100 điểm, xếp hạng 13/63 tỉnh, thành phố, xếp loại “trung bình” so với thang điểm được quy định tại Quyết định số 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử.", note: "Số liệu lúc 17h00 ngày 31/5/2023; xếp loại “trung bình”." },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q2", value: 13, source: "sonoivu-an-giang-2023-06-12-service-index-may-2023", quote: "Tổng số điểm An Giang đạt: 69,63/100 điểm, xếp hạng 13/63 tỉnh, thành phố, xếp loại “trung bình” so với thang điểm được quy định tại Quyết định số 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử.", note: "Hạng 13/63 tỉnh, thành phố; số liệu lúc 17h00 ngày 31/5/2023." },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766", period: "2023-Q1", value: 65.2, source: "sonoivu-an-giang-2023-06-12-service-index-may-2023", quote: "Điểm số của tỉnh tuy có tăng nhưng chưa nhiều (Số liệu tại thời điểm 17h00’ ngày 31/5/2023) và thứ tự xếp hạng có xu hướng giảm (ngày 27/3/2023 tỉnh đạt 65.2/100 điểm, xếp hạng thứ 10/63 tỉnh, thành phố).", note: "Số liệu tại ngày 27/3/2023, nêu lại trong thông báo kết quả tháng 5/2023." },
  { province: "an-giang", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2023-Q1", value: 10, source: "sonoivu-an-giang-2023-06-12-service-index-may-2023", quote: "Điểm số của tỉnh tuy có tăng nhưng chưa nhiều (Số liệu tại thời điểm 17h00’ ngày 31/5/2023) và thứ tự xếp hạng có xu hướng giảm (ngày 27/3/2023 tỉnh đạt 65.2/100 điểm, xếp hạng thứ 10/63 tỉnh, thành phố).", note: "Hạng 10/63 tỉnh, thành phố; số liệu tại ngày 27/3/2023, nêu lại trong thông báo kết quả tháng 5/2023." },
  { province: "an-giang", indicator: "INFRA_BTS", period: "2023-Q2", value: 2160, source: "baoangiang-2023-05-01-telecom-infrastructure", quote: "An Giang hiện có 2.160 trạm thu phát sóng thông tin di động (BTS); 17.189km cáp thông tin (1.479km cáp ngầm); tỷ lệ phủ băng rộng cố định, tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp; các doanh nghiệp (DN) đang triển khai 5G.", note: "Số liệu “hiện có” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "INFRA_HAMLETS_MOBILE_BROADBAND", period: "2023-Q2", value: 100, source: "baoangiang-2023-05-01-telecom-infrastructure", quote: "An Giang hiện có 2.160 trạm thu phát sóng thông tin di động (BTS); 17.189km cáp thông tin (1.479km cáp ngầm); tỷ lệ phủ băng rộng cố định, tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp; các doanh nghiệp (DN) đang triển khai 5G.", note: "Nguồn: tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp. Số liệu “hiện” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "INFRA_HAMLETS_FIXED_BROADBAND", period: "2023-Q2", value: 100, source: "baoangiang-2023-05-01-telecom-infrastructure", quote: "An Giang hiện có 2.160 trạm thu phát sóng thông tin di động (BTS); 17.189km cáp thông tin (1.479km cáp ngầm); tỷ lệ phủ băng rộng cố định, tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp; các doanh nghiệp (DN) đang triển khai 5G.", note: "Vùng phủ, không phải tỷ lệ hộ có thuê bao. Số liệu “hiện” tại bài ngày 01/5/2023." },
  { province: "an-giang", indicator: "ECON_DE_SHARE_GRDP", period: "2023", value: 5.28, source: "baomoi-net-an-giang-digital-era", quote: "Quy mô kinh tế số tỉnh An Giang năm 2023 chiếm 5,28% GRDP, năm 2024 chiếm 5,99% GRDP.", note: "Tỉnh An Giang cũ (trước hợp nhất). Trước đó (bài ngày 28/11/2023) tỉnh ước kinh tế số năm 2023 đạt 7,18% GRDP — số ước tính, xem mục mâu thuẫn.", conflict: "Báo An Giang ngày 28/11/2023 (“Hành trình chuyển đổi số ở An Giang”) nêu kinh tế số “ước 7,18% GRDP” sau hai năm thực hiện chương trình chuyển đổi số 2021-2025. Dùng 5,28% vì là số liệu về sau, đã chốt cho năm 2023 (cùng bài nêu 5,99% cho năm 2024); 7,18% chỉ là ước tính." },
  { province: "an-giang", indicator: "ECON_DE_SHARE_GRDP", period: "2024", value: 5.99, source: "baomoi-net-an-giang-digital-era", quote: "Quy mô kinh tế số tỉnh An Giang năm 2023 chiếm 5,28% GRDP, năm 2024 chiếm 5,99% GRDP.", note: "Tỉnh An Giang cũ (trước hợp nhất)." },
  { province: "an-giang", indicator: "GOV_PROCEDURES_TOTAL", period: "2024-Q4", value: 2206, source: "vietnamnet-2025-02-an-giang-e-government", quote: "Tính đến ngày 13/11/2024, hệ thống thông tin giải quyết thủ tục hành chính An Giang đã cung cấp 2.206 dịch vụ công.", note: "Số liệu tính đến ngày 13/11/2024, nêu tại hội nghị ngày 13/02/2025." },
  { province: "an-giang", indicator: "SOC_FIBRE_HOUSEHOLDS", period: "2024", value: 100, source: "vietnamnet-2025-02-an-giang-e-government", quote: "Về viễn thông, hiện An Giang có 12 doanh nghiệp đang hoạt động, năm 2024, tỉnh đã thực hiện tắt sóng 2G và phát triển mạng 5G theo đúng lộ trình của Bộ TT&TT; hạ tầng mạng băng thông rộng cáp quang phủ đến hộ gia đình, đến xã đạt 100%.", note: "Câu nguồn nêu chung “hạ tầng mạng băng thông rộng cáp quang phủ đến hộ gia đình, đến xã đạt 100%”, không tách riêng tỷ lệ hộ gia đình. Là vùng phủ, không phải tỷ lệ hộ có thuê bao." },
  { province: "an-giang", indicator: "GOV_FULLPROCESS_SERVICES", period: "2024", value: 759, source: "angiang-gov-2025-03-04-admin-reform-2024", quote: "[EN] The province has reviewed and restructured the administrative procedures provided on the National Public Service Portal and the Provincial Administrative Procedure Information System, with 759 full-process online public services (39.45%); 441 partial online public services (22.92%); 724 online information services (37.63%).", note: "Báo cáo cải cách hành chính năm 2024 của tỉnh (39,45% tổng số thủ tục); câu trích từ trang tiếng Anh.", conflict: "Bài VietNamNet về hội nghị ngày 13/02/2025 nêu, tính đến ngày 13/11/2024, có 937 dịch vụ công trực tuyến toàn trình. Dùng 759 vì là số của chính tỉnh trong báo cáo cải cách hành chính năm 2024 (Cổng thông tin điện tử tỉnh An Giang, 04/3/2025)." },
  { province: "an-giang", indicator: "GOV_FULLPROCESS_SHARE", period: "2024", value: 39.45, source: "angiang-gov-2025-03-04-admin-reform-2024", quote: "[EN] The province has reviewed and restructured the administrative procedures provided on the National Public Service Portal and the Provincial Administrative Procedure Information System, with 759 full-process online public services (39.45%); 441 partial online public services (22.92%); 724 online information services (37.63%).", note: "Trên tổng số thủ tục hành chính đã rà soát, tái cấu trúc, kể cả dịch vụ chỉ cung cấp thông tin trực tuyến (37,63%). Báo cáo cải cách hành chính năm 2024 của tỉnh; câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_PARTIAL_SERVICES", period: "2024", value: 441, source: "angiang-gov-2025-03-04-admin-reform-2024", quote: "[EN] The province has reviewed and restructured the administrative procedures provided on the National Public Service Portal and the Provincial Administrative Procedure Information System, with 759 full-process online public services (39.45%); 441 partial online public services (22.92%); 724 online information services (37.63%).", note: "Báo cáo cải cách hành chính năm 2024 của tỉnh (22,92% tổng số thủ tục); câu trích từ trang tiếng Anh.", conflict: "Cùng bài VietNamNet (hội nghị ngày 13/02/2025) nêu, tính đến ngày 13/11/2024, có 742 dịch vụ công trực tuyến một phần. Dùng 441 vì là số của chính tỉnh trong báo cáo cải cách hành chính năm 2024, như với số dịch vụ toàn trình (759 so với 937)." },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2024", value: 99.77, source: "angiang-gov-2025-03-04-admin-reform-2024", quote: "[EN] The rate of on-time dossier processing in the whole province is 899,364/901,402 received dossiers, reaching 99.77%; the rate of overdue dossiers is 0.23%, equivalent to 2,038 files...", note: "899.364/901.402 hồ sơ tiếp nhận, toàn tỉnh. Báo cáo cải cách hành chính năm 2024; câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_OVERDUE_DOSSIERS", period: "2024", value: 2038, source: "angiang-gov-2025-03-04-admin-reform-2024", quote: "[EN] The rate of on-time dossier processing in the whole province is 899,364/901,402 received dossiers, reaching 99.77%; the rate of overdue dossiers is 0.23%, equivalent to 2,038 files...", note: "Số hồ sơ quá hạn trong năm 2024 (tỷ lệ 0,23% số hồ sơ tiếp nhận). Câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_FULLPROCESS_SERVICES", period: "2025-Q2", value: 1200, qualifier: "MORE_THAN", source: "angiang-gov-2025-05-sti-dx-responsibility", quote: "[EN] Digital transformation in public services has yielded encouraging results: more than 1,200 end-to-end online public services are available; over 99% of administrative procedures are resolved on time; and over 86% of administrative dossiers and results have been digitized.", note: "Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung: bài dẫn Nghị quyết 57-NQ/TW ngày 22/12/2024). Câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_ON_TIME_DOSSIERS", period: "2025-Q2", value: 99, qualifier: "MORE_THAN", source: "angiang-gov-2025-05-sti-dx-responsibility", quote: "[EN] Digital transformation in public services has yielded encouraging results: more than 1,200 end-to-end online public services are available; over 99% of administrative procedures are resolved on time; and over 86% of administrative dossiers and results have been digitized.", note: "Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung: bài dẫn Nghị quyết 57-NQ/TW ngày 22/12/2024). Câu trích từ trang tiếng Anh." },
  { province: "an-giang", indicator: "GOV_DOSSIER_DIGITISATION", period: "2025-Q2", value: 86, qualifier: "MORE_THAN", source: "angiang-gov-2025-05-sti-dx-responsibility", quote: "[EN] Digital transformation in public services has yielded encouraging results: more than 1,200 end-to-end online public services are available; over 99% of administrative procedures are resolved on time; and over 86% of administrative dossiers and results have been digitized.", note: "Hồ sơ và kết quả giải quyết được số hóa. Số liệu “đến nay” tại bài ngày 21/5 (năm 2025 suy ra từ nội dung: bài dẫn Nghị quyết 57-NQ/TW ngày 22/12/2024). Câu trích từ trang tiếng Anh." },
  // An Giang (từ 01/7/2025)
  { province: "an-giang-2025", indicator: "INFRA_COMMUNE_CENTRES_FIBRE", period: "2025-Q3", value: 100, source: "baoangiang-2025-07-01-digital-shift", quote: "Hiện, 100% trung tâm xã, phường có Internet cáp quang tốc độ cao. 100% ấp, khu phố phủ sóng Internet di động băng rộng.", note: "Số liệu “hiện” tại bài ngày 01/7/2025, ngày tỉnh An Giang mới được thành lập; trung tâm xã, phường." },
  { province: "an-giang-2025", indicator: "INFRA_HAMLETS_MOBILE_BROADBAND", period: "2025-Q3", value: 100, source: "baoangiang-2025-07-01-digital-shift", quote: "Hiện, 100% trung tâm xã, phường có Internet cáp quang tốc độ cao. 100% ấp, khu phố phủ sóng Internet di động băng rộng.", note: "Số liệu “hiện” tại bài ngày 01/7/2025, ngày tỉnh An Giang mới được thành lập; ấp, khu phố." },
  { province: "an-giang-2025", indicator: "GOV_NPSP_INTEGRATED_SERVICES", period: "2025-Q3", value: 1935, source: "diendandoanhnghiep-an-giang-after-merger", quote: "Theo đó tỉnh An Giang đã tích hợp 100% dịch vụ công trực tuyến một phần và toàn trình của tỉnh (1.935 dịch vụ) trên Cổng dịch vụ công quốc gia (theo Quyết định 1688/QĐ-UBND, Quyết định 705/QĐ-UBND).", note: "100% dịch vụ công trực tuyến một phần và toàn trình của tỉnh, theo Quyết định 1688/QĐ-UBND và 705/QĐ-UBND. Nguồn không nêu ngày của số liệu (sau khi hợp nhất tỉnh, ngày 01/7/2025); xếp vào quý III/2025." },
  { province: "an-giang-2025", indicator: "GOV_E_DOCUMENTS", period: "2025-Q4", value: 100, source: "vietnam-vn-2025-11-an-giang-10-months", quote: "[EN] The rate of electronic documents exchanged between state administrative agencies through the Document Management and Operation System reached 100%.", note: "Kết quả 10 tháng đầu năm 2025 (tính đến 31/10/2025): văn bản điện tử trao đổi giữa các cơ quan hành chính nhà nước qua Hệ thống quản lý văn bản và điều hành; nguồn không nói về ký số. Câu trích từ trang tiếng Anh." },
  { province: "an-giang-2025", indicator: "GOV_SERVICE_INDEX_766", period: "2026-Q1", value: 91.36, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Theo UBND tỉnh An Giang, tính đến cuối tháng 1-2026, dữ liệu từ Cổng dịch vụ công quốc gia cho thấy kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 91,36 điểm, xếp hạng 21/34 tỉnh, TP.", note: "Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  { province: "an-giang-2025", indicator: "GOV_SERVICE_INDEX_766_RANK", period: "2026-Q1", value: 21, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Theo UBND tỉnh An Giang, tính đến cuối tháng 1-2026, dữ liệu từ Cổng dịch vụ công quốc gia cho thấy kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 91,36 điểm, xếp hạng 21/34 tỉnh, TP.", note: "Hạng 21/34 tỉnh, thành phố. Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  { province: "an-giang-2025", indicator: "GOV_SATISFACTION", period: "2026-Q1", value: 92.58, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Cụ thể, mức độ hài lòng chỉ đạt 92,58%.", note: "Một thành phần của kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp. Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  { province: "an-giang-2025", indicator: "GOV_OVERDUE_DOSSIERS", period: "2026-Q1", value: 5830, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Về tiến độ giải quyết, toàn tỉnh An Giang hiện còn 5.830 hồ sơ xử lý quá hạn, đứng thứ 13/34 tỉnh, TP.", note: "Số hồ sơ xử lý quá hạn “hiện còn” tại thời điểm đánh giá (không phải số của cả năm), đứng thứ 13/34 tỉnh, thành phố; riêng đặc khu Phú Quốc 3.845 hồ sơ. Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  { province: "an-giang-2025", indicator: "GOV_E_RESULTS", period: "2026-Q1", value: 78.87, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Tỉ lệ hồ sơ cấp kết quả điện tử trên địa bàn tỉnh An Giang hiện chỉ đạt 78,87%; tỉ lệ hồ sơ thủ tục hành chính số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chỉ đạt 78,82%.", note: "Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  { province: "an-giang-2025", indicator: "GOV_DOSSIER_DIGITISATION", period: "2026-Q1", value: 78.82, source: "plo-2026-02-02-an-giang-overdue-dossiers", quote: "Tỉ lệ hồ sơ cấp kết quả điện tử trên địa bàn tỉnh An Giang hiện chỉ đạt 78,87%; tỉ lệ hồ sơ thủ tục hành chính số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chỉ đạt 78,82%.", note: "Số liệu tính đến cuối tháng 01/2026 (dữ liệu Cổng Dịch vụ công quốc gia, theo UBND tỉnh)." },
  // Hậu Giang
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_COMMUNE", period: "2023-H1", value: 75, source: "hau-giang-huunghi-2023-h1", quote: "Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật: Cổng dịch vụ công trực tuyến đã triển khai tại 100% cơ quan cấp tỉnh, huyện, xã; app Haugiang có hơn 70.000 lượt tải về; thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, với tổng số 3.740 thành viên tham gia; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 84%...", note: "75/75 xã, phường, thị trấn. Kết quả 6 tháng đầu năm 2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_HAMLET", period: "2023-H1", value: 525, source: "hau-giang-huunghi-2023-h1", quote: "Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật: Cổng dịch vụ công trực tuyến đã triển khai tại 100% cơ quan cấp tỉnh, huyện, xã; app Haugiang có hơn 70.000 lượt tải về; thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, với tổng số 3.740 thành viên tham gia; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 84%...", note: "Kết quả 6 tháng đầu năm 2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAM_MEMBERS", period: "2023-H1", value: 3740, source: "hau-giang-huunghi-2023-h1", quote: "Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật: Cổng dịch vụ công trực tuyến đã triển khai tại 100% cơ quan cấp tỉnh, huyện, xã; app Haugiang có hơn 70.000 lượt tải về; thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, với tổng số 3.740 thành viên tham gia; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 84%...", note: "Thành viên của các tổ cấp xã và cấp ấp. Kết quả 6 tháng đầu năm 2023." },
  { province: "hau-giang", indicator: "SOC_PROVINCE_APP_USERS", period: "2023-H1", value: 70_000, qualifier: "MORE_THAN", source: "hau-giang-huunghi-2023-h1", quote: "Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật: Cổng dịch vụ công trực tuyến đã triển khai tại 100% cơ quan cấp tỉnh, huyện, xã; app Haugiang có hơn 70.000 lượt tải về; thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, với tổng số 3.740 thành viên tham gia; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%; tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 84%...", note: "Ứng dụng di động Hậu Giang (app Haugiang): lượt tải về. Kết quả 6 tháng đầu năm 2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_TOTAL", period: "2023-Q2", value: 600, qualifier: "MORE_THAN", source: "kinhtedothi-2023-05-18-hau-giang-dx-week", quote: "Đồng thơi, Hậu Giang cũng đã thành lập hơn 600 Tổ Công nghệ số cộng đồng tại tất cả các ấp, khu vực trên địa bàn tỉnh với hơn 4.00[0] (excerpt truncated)", note: "Nguồn nêu các tổ được thành lập “tại tất cả các ấp, khu vực”; câu bị cắt sau số thành viên. Số liệu “đến nay” tại ngày 18/5/2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_TOTAL", period: "2023-Q4", value: 600, source: "doanhnghieptiepthi-2023-10-10-hau-giang-600-teams", quote: "Hậu Giang: Đã thành lập 600 Tổ công nghệ số cộng đồng", note: "Số liệu nêu ở tiêu đề bài ngày 10/10/2023." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAMS_HAMLET", period: "2024-Q2", value: 525, source: "baohaugiang-2024-04-26-dx-new-stage", quote: "525 tổ công nghệ số cộng đồng được thành lập, với hơn 3.740 thành viên, là nhân tố quan trọng đưa công nghệ số đến mọi ngõ ngách, góp phần thúc đẩy chính quyền số, kinh tế số và xã hội số của tỉnh dần hình thành, đạt nhiều kết quả.", note: "Nguồn không nêu số tổ cấp xã. Số liệu “đến nay” tại ngày 26/4/2024." },
  { province: "hau-giang", indicator: "SOC_COMMUNITY_TECH_TEAM_MEMBERS", period: "2024-Q2", value: 3740, qualifier: "MORE_THAN", source: "baohaugiang-2024-04-26-dx-new-stage", quote: "525 tổ công nghệ số cộng đồng được thành lập, với hơn 3.740 thành viên, là nhân tố quan trọng đưa công nghệ số đến mọi ngõ ngách, góp phần thúc đẩy chính quyền số, kinh tế số và xã hội số của tỉnh dần hình thành, đạt nhiều kết quả.", note: "Số liệu “đến nay” tại ngày 26/4/2024." },
  { province: "hau-giang", indicator: "GOV_ONLINE_DOSSIER_RATE", period: "2023", value: 87, qualifier: "APPROXIMATELY", source: "daibieunhandan-2024-05-hau-giang-dx", quote: "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến thay thế hình thức nộp hồ sơ trực tiếp năm 2023 đạt gần 87%, tăng hơn 36% so với năm 2022.", note: "Nguồn diễn đạt là “tỷ lệ người dân sử dụng dịch vụ công trực tuyến thay thế hình thức nộp hồ sơ trực tiếp”; tăng hơn 36% so với năm 2022." },
  { province: "hau-giang", indicator: "SOC_CASHLESS_HOSPITALS", period: "2024-Q2", value: 100, source: "daibieunhandan-2024-05-hau-giang-dx", quote: "Đến nay, trên địa bàn tỉnh, 100% cơ sở khám, chữa bệnh đã thực hiện tra cứu thông tin thẻ BHYT bằng căn cước công dân ( CCCD) gắn chip; 99,87% người dân sử dụng CCCD gắn chíp, ứng dụng VNeID trong khám chữa bệnh BHYT; 100% bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện và 2 bệnh viện tư nhân đã triển khai thanh toán viện phí không dùng tiền mặt.", note: "100% bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện (và 2 bệnh viện tư nhân). Số liệu “đến nay” tại bài tháng 5/2024 (trước ngày 22/5/2024; không rõ ngày)." },
  { province: "hau-giang", indicator: "ECON_CASHLESS_MARKETS", period: "2025-Q2", value: 21, source: "baohaugiang-2025-06-20-digital-economy", quote: "Thúc đẩy phát triển kinh tế số, toàn tỉnh đã có 21 mô hình Chợ 4.0 - thanh toán không dùng tiền mặt hướng đến xây dựng môi trường tiêu dùng số.", note: "Số liệu “đến nay” tại ngày 20/6/2025." },
  // Kiên Giang
  { province: "kien-giang", indicator: "GOV_L3_SERVICES", period: "2020-Q1", value: 409, source: "vccinews-2020-03-07-kien-giang-dx", quote: "[EN] All administrative procedures are delivered online, including 1,475 online public services of Level 1 and Level 2; 409 online public services of Level 3; and 310 online public services of Level 4.", note: "Số liệu “đến nay” tại ngày 07/3/2020. Câu trích từ trang tiếng Anh." },
  { province: "kien-giang", indicator: "GOV_L4_SERVICES", period: "2020-Q1", value: 310, source: "vccinews-2020-03-07-kien-giang-dx", quote: "[EN] All administrative procedures are delivered online, including 1,475 online public services of Level 1 and Level 2; 409 online public services of Level 3; and 310 online public services of Level 4.", note: "Số liệu “đến nay” tại ngày 07/3/2020. Câu trích từ trang tiếng Anh." },
  { province: "kien-giang", indicator: "GOV_PROCEDURES_TOTAL", period: "2024-Q4", value: 1993, source: "laodong-2024-12-phu-quoc-civil-status", quote: "[EN] There are 1,993 administrative procedures provided on the provincial administrative procedure settlement information system, of which 1,499 administrative procedures are provided with full online public services.", note: "Thủ tục hành chính cung cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Số liệu “đến nay” tại bài ngày 27/12 (năm 2024 suy ra từ nội dung). Câu trích từ trang tiếng Anh." },
  { province: "kien-giang", indicator: "GOV_FULLPROCESS_SERVICES", period: "2024-Q4", value: 1499, source: "laodong-2024-12-phu-quoc-civil-status", quote: "[EN] There are 1,993 administrative procedures provided on the provincial administrative procedure settlement information system, of which 1,499 administrative procedures are provided with full online public services.", note: "Số liệu “đến nay” tại bài ngày 27/12 (năm 2024 suy ra từ nội dung). Câu trích từ trang tiếng Anh." },
  // Sóc Trăng
  { province: "soc-trang", indicator: "SOC_SMARTPHONE_POPULATION", period: "2022-Q4", value: 53.8, source: "ictnews-2022-11-soc-trang-smart-city", quote: "Tỉ lệ người dân có điện thoại thông minh đạt 53,8% tổng dân số.", note: "Trên tổng dân số, không phải dân số trưởng thành. Số liệu “đến nay” tại bài tháng 11/2022 (không rõ ngày)." },
  { province: "soc-trang", indicator: "INFRA_HAMLETS_FIBRE", period: "2022-Q4", value: 100, source: "ictnews-2022-11-soc-trang-smart-city", quote: "Đáng chú ý, mạng 3G/4G cơ bản đã phủ sóng trên phạm vi toàn tỉnh, mạng cáp quang viễn thông đã đến 100% khóm/ấp.", note: "Mạng cáp quang viễn thông đến 100% khóm/ấp. Số liệu “đến nay” tại bài tháng 11/2022 (không rõ ngày)." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_PROVINCIAL", period: "2023-H1", value: 87.74, source: "sggp-dttc-soc-trang-dx", quote: "Tính đến giữa năm 2023, tỉnh Sóc Trăng có 87,74% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện và 76,28% đối với cấp xã.", note: "Tính đến giữa năm 2023." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_DISTRICT", period: "2023-H1", value: 85.79, source: "sggp-dttc-soc-trang-dx", quote: "Tính đến giữa năm 2023, tỉnh Sóc Trăng có 87,74% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện và 76,28% đối với cấp xã.", note: "Tính đến giữa năm 2023." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_COMMUNE", period: "2023-H1", value: 76.28, source: "sggp-dttc-soc-trang-dx", quote: "Tính đến giữa năm 2023, tỉnh Sóc Trăng có 87,74% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện và 76,28% đối với cấp xã.", note: "Tính đến giữa năm 2023." },
  { province: "soc-trang", indicator: "GOV_REPORTING_REGIMES_CONNECTED", period: "2023-H1", value: 30.7, qualifier: "MORE_THAN", source: "sggp-dttc-soc-trang-dx", quote: "Ngoài ra, hơn 30,7% chế độ báo cáo, tổng hợp báo cáo định kỳ, thống kê về kinh tế - xã hội… phục vụ chỉ đạo, điều hành của cấp ủy đảng, chính quyền các cấp đã được kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống thông tin báo cáo của tỉnh.", note: "Nguồn nêu trong bài về kết quả đến giữa năm 2023." },
  { province: "soc-trang", indicator: "SOC_VNEID_ACTIVATION", period: "2023-Q4", value: 54.2, source: "sggp-2023-11-vneid-activation", quote: "Tính đến ngày 23-10, tỉnh Sóc Trăng có 354.938/654.392 tài khoản được kích hoạt, đạt tỷ lệ 54,2%.", note: "354.938/654.392 tài khoản được kích hoạt. Số liệu tính đến ngày 23/10/2023." },
  { province: "soc-trang", indicator: "SOC_VNEID_ACTIVATED", period: "2023-Q4", value: 354_938, source: "sggp-2023-11-vneid-activation", quote: "Tính đến ngày 23-10, tỉnh Sóc Trăng có 354.938/654.392 tài khoản được kích hoạt, đạt tỷ lệ 54,2%.", note: "Trên 654.392 tài khoản. Số liệu tính đến ngày 23/10/2023." },
  // Cần Thơ (đến 30/6/2025)
  { province: "can-tho", indicator: "INFRA_INTERNET_SUBSCRIBERS_PER_100", period: "2021", value: 95, source: "vccinews-2022-08-09-can-tho-dx", quote: "[EN] Internet subscribers reached more than 1.175 million, or 95 subscribers to 100 people.", note: "Hơn 1,175 triệu thuê bao Internet. Câu trích từ trang tiếng Anh." },
  // Cần Thơ (từ 01/7/2025)
  { province: "can-tho-2025", indicator: "GOV_PROCEDURES_TOTAL", period: "2025-Q3", value: 2242, source: "laodong-2025-09-can-tho-online-services", quote: "[EN] The total number of administrative procedures under the city's authority is 2,242 procedures. Of which, the city level is 1,845; the commune level is 397).", note: "Tổng số thủ tục hành chính thuộc thẩm quyền của thành phố (cấp thành phố 1.845, cấp xã 397); bài cho biết thành phố đạt 100% dịch vụ công trực tuyến. Số liệu “đến nay”, bài khoảng tháng 9/2025 không nêu ngày của số liệu (có chỗ dẫn số liệu đến 30/6/2025); xếp vào quý III/2025. Câu trích từ trang tiếng Anh." },
  { province: "can-tho-2025", indicator: "SOC_VNEID_L2_ACTIVATED", period: "2025-Q3", value: 2_380_000, qualifier: "MORE_THAN", source: "laodong-2025-09-can-tho-online-services", quote: "[EN] The city has issued 3.35 million CCCDs and activated more than 2.38 million level 2 electronic identification accounts.", note: "Nguồn: “hơn 2,38 triệu” tài khoản định danh điện tử mức độ 2. Số liệu “đến nay”, bài khoảng tháng 9/2025 không nêu ngày của số liệu (có chỗ dẫn số liệu đến 30/6/2025); xếp vào quý III/2025. Câu trích từ trang tiếng Anh." },
  { province: "can-tho-2025", indicator: "SOC_VNEID_HEALTH_BOOK", period: "2025-Q3", value: 18.63, source: "laodong-2025-09-can-tho-online-services", quote: "[EN] To date, 761,857 Electronic Health Books have been updated and integrated on VNeID, reaching a rate of 18.63% of the total permanent population.", note: "761.857 Sổ sức khỏe điện tử trên VNeID, trên tổng dân số thường trú. Số liệu “đến nay”, bài khoảng tháng 9/2025 không nêu ngày của số liệu (có chỗ dẫn số liệu đến 30/6/2025); xếp vào quý III/2025. Câu trích từ trang tiếng Anh." },
];

export interface HistoryTargetSeed {
  province: UnitSlug;
  indicator: IndicatorCode;
  year: number;
  comparator: Comparator;
  value: number;
  scope: TargetScope;
  source: AnySourceKey;
  quote?: string;
  note?: string;
}

/** The units' own targets (PROVINCIAL): plans, resolutions and programmes of the province or city. */
export const historyTargets: readonly HistoryTargetSeed[] = [
  // An Giang (đến 30/6/2025)
  { province: "an-giang", indicator: "GOV_E_DOCUMENTS", year: 2020, comparator: "GT", value: 96, scope: "PROVINCIAL", source: "baoangiang-2020-01-17-ict-sector-tasks", quote: "Tiếp tục triển khai đề án “An Giang điện tử”; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua hệ thống thông tin một cửa điện tử, trên 96% văn bản trao đổi dưới dạng điện tử; dịch vụ công trực tuyến đạt trên 40% mức độ 3 và trên 30% mức độ 4...", note: "Nhiệm vụ năm 2020 của ngành thông tin và truyền thông tỉnh (đề án “An Giang điện tử”). Nguồn không nói về ký số." },
  { province: "an-giang", indicator: "GOV_L3_SERVICES_SHARE", year: 2020, comparator: "GT", value: 40, scope: "PROVINCIAL", source: "baoangiang-2020-01-17-ict-sector-tasks", quote: "Tiếp tục triển khai đề án “An Giang điện tử”; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua hệ thống thông tin một cửa điện tử, trên 96% văn bản trao đổi dưới dạng điện tử; dịch vụ công trực tuyến đạt trên 40% mức độ 3 và trên 30% mức độ 4...", note: "Nhiệm vụ năm 2020 của ngành thông tin và truyền thông tỉnh (đề án “An Giang điện tử”)." },
  { province: "an-giang", indicator: "GOV_L4_SERVICES_SHARE", year: 2020, comparator: "GT", value: 30, scope: "PROVINCIAL", source: "baoangiang-2020-01-17-ict-sector-tasks", quote: "Tiếp tục triển khai đề án “An Giang điện tử”; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua hệ thống thông tin một cửa điện tử, trên 96% văn bản trao đổi dưới dạng điện tử; dịch vụ công trực tuyến đạt trên 40% mức độ 3 và trên 30% mức độ 4...", note: "Nhiệm vụ năm 2020 của ngành thông tin và truyền thông tỉnh (đề án “An Giang điện tử”)." },
  { province: "an-giang", indicator: "GOV_ONLINE_PAYMENT_PROCEDURES", year: 2025, comparator: "GTE", value: 85, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Phấn đấu tối thiểu 85% thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 60% trở lên.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  { province: "an-giang", indicator: "GOV_ONLINE_PAYMENT_TRANSACTIONS", year: 2025, comparator: "GTE", value: 60, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Phấn đấu tối thiểu 85% thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 60% trở lên.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  { province: "an-giang", indicator: "GOV_E_DOCUMENTS", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Có 90% hồ sơ công việc tại tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng. 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  { province: "an-giang", indicator: "GOV_WORK_RECORDS_PROVINCIAL", year: 2025, comparator: "GTE", value: 90, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Có 90% hồ sơ công việc tại tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  { province: "an-giang", indicator: "GOV_WORK_RECORDS_DISTRICT", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Có 90% hồ sơ công việc tại tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "an-giang", indicator: "GOV_WORK_RECORDS_COMMUNE", year: 2025, comparator: "GTE", value: 60, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Có 90% hồ sơ công việc tại tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "an-giang", indicator: "GOV_FULLPROCESS_ELIGIBLE_SHARE", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Duy trì tỷ lệ 100% dịch vụ công (đủ điều kiện) cung cấp trực tuyến mức độ toàn trình.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh. “Duy trì” tỷ lệ 100%." },
  { province: "an-giang", indicator: "GOV_ONLINE_DOSSIER_RATE", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Tỷ lệ người dân thực hiện các dịch vụ công trực tuyến và thực hiện thủ tục hành chính trên môi trường điện tử tối thiểu đạt 80% so với tổng hồ sơ tiếp nhận", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  { province: "an-giang", indicator: "GOV_RESULTS_DIGITISED", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "baomoi-net-2025-02-an-giang-admin-reform-plan-2025", quote: "Hoàn thành số hóa 100% kết quả giải quyết thủ tục hành chính của các cơ quan hành chính nhà nước của tỉnh.", note: "Kế hoạch cải cách hành chính năm 2025 của tỉnh." },
  // An Giang (từ 01/7/2025)
  { province: "an-giang-2025", indicator: "ECON_DE_SHARE_GRDP", year: 2030, comparator: "GTE", value: 30, scope: "PROVINCIAL", source: "vietnamnet-2025-10-an-giang-growth-targets", quote: "Tỉnh cũng phấn đấu tỷ trọng kinh tế số đạt 30% GRDP, tỷ lệ đô thị hoá đến năm 2030 đạt trên 50% và chỉ số đổi mới sáng tạo cấp địa phương nằm trong top 20 cả nước…", note: "Mục tiêu nhiệm kỳ 2025-2030 của tỉnh An Giang mới (họp báo về Đại hội Đảng bộ tỉnh)." },
  { province: "an-giang-2025", indicator: "ECON_DE_SHARE_GRDP", year: 2026, comparator: "GTE", value: 8, scope: "PROVINCIAL", source: "angiang-gov-innovation-dx-growth", quote: "[EN] In particular, the targets set show great ambition: the proportion of added value from the digital economy in GRDP reaching 8%; and the local digital transformation index and creative innovation index ranking 10th out of 34 provinces nationwide.", note: "Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026: tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP. Câu trích từ trang tiếng Anh." },
  // Hậu Giang
  { province: "hau-giang", indicator: "ECON_DE_SHARE_GRDP", year: 2025, comparator: "GTE", value: 20, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_DE_SHARE_SECTOR", year: 2025, comparator: "GTE", value: 10, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_ECOMMERCE_RETAIL", year: 2025, comparator: "GT", value: 10, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_E_CONTRACTS", year: 2025, comparator: "GT", value: 80, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_SME_PLATFORMS", year: 2025, comparator: "GT", value: 50, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_DE_WORKFORCE", year: 2025, comparator: "GT", value: 2, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Theo Kế hoạch đưa ra mục tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:kinh tế số đạt 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ: doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%; doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%; nhân lực lao động kinh tế số trong lực lượng lao động đạt trên 2%.", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_DE_SHARE_GRDP", year: 2030, comparator: "GTE", value: 30, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Đến năm 2030 tỷ trọng:kinh tế số đạt 30% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%. Tỷ lệ: thương mại điện tử trong tổng mức bán lẻ đạt trên 20%; doanh nghiệp sử dụng nền tảng hợp đồng điện tử đạt 100%; doanh n[ghiệp...] (excerpt truncated)", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_DE_SHARE_SECTOR", year: 2030, comparator: "GTE", value: 20, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Đến năm 2030 tỷ trọng:kinh tế số đạt 30% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%. Tỷ lệ: thương mại điện tử trong tổng mức bán lẻ đạt trên 20%; doanh nghiệp sử dụng nền tảng hợp đồng điện tử đạt 100%; doanh n[ghiệp...] (excerpt truncated)", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_ECOMMERCE_RETAIL", year: 2030, comparator: "GT", value: 20, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Đến năm 2030 tỷ trọng:kinh tế số đạt 30% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%. Tỷ lệ: thương mại điện tử trong tổng mức bán lẻ đạt trên 20%; doanh nghiệp sử dụng nền tảng hợp đồng điện tử đạt 100%; doanh n[ghiệp...] (excerpt truncated)", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang." },
  { province: "hau-giang", indicator: "ECON_E_CONTRACTS", year: 2030, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "tttt-haugiang-2022-07-05-kh-128", quote: "Đến năm 2030 tỷ trọng:kinh tế số đạt 30% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%. Tỷ lệ: thương mại điện tử trong tổng mức bán lẻ đạt trên 20%; doanh nghiệp sử dụng nền tảng hợp đồng điện tử đạt 100%; doanh n[ghiệp...] (excerpt truncated)", note: "Kế hoạch 128/KH-UBND ngày 04/7/2022 của UBND tỉnh Hậu Giang. Nguồn: doanh nghiệp sử dụng nền tảng hợp đồng điện tử." },
  { province: "hau-giang", indicator: "GOV_L34_SERVICES_SHARE", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "vietnamnet-hau-giang-e-government-key", quote: "Cụ thể, Hậu Giang hướng đến đưa 100% dịch vụ công lên trực tuyến mức độ 3, 4 được cung cấp trên nhiều phương tiện truy cập khác nhau; 100% phần mềm quản lý văn bản được triển khai cho các cơ quan nhà nước trên địa bàn tỉnh và được kết nối, liên thông qua Trục liên thông văn bản quốc gia; 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số được luân chuyển trên phần mềm Quản lý văn bản của tỉnh.", note: "Mục tiêu xây dựng chính quyền điện tử, chuyển đổi số giai đoạn 2021-2025 của tỉnh." },
  { province: "hau-giang", indicator: "GOV_SIGNED_DOCUMENTS", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "vietnamnet-hau-giang-e-government-key", quote: "Cụ thể, Hậu Giang hướng đến đưa 100% dịch vụ công lên trực tuyến mức độ 3, 4 được cung cấp trên nhiều phương tiện truy cập khác nhau; 100% phần mềm quản lý văn bản được triển khai cho các cơ quan nhà nước trên địa bàn tỉnh và được kết nối, liên thông qua Trục liên thông văn bản quốc gia; 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số được luân chuyển trên phần mềm Quản lý văn bản của tỉnh.", note: "Mục tiêu xây dựng chính quyền điện tử, chuyển đổi số giai đoạn 2021-2025 của tỉnh. Văn bản điện tử có ký số, luân chuyển trên phần mềm Quản lý văn bản của tỉnh." },
  { province: "hau-giang", indicator: "GOV_WORK_RECORDS_PROVINCIAL", year: 2025, comparator: "GTE", value: 90, scope: "PROVINCIAL", source: "vietnamnet-hau-giang-e-government-key", quote: "Ngoài ra, tỉnh cũng hướng đến đưa 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp cơ sở được xử lý trên môi trường mạng.", note: "Mục tiêu xây dựng chính quyền điện tử, chuyển đổi số giai đoạn 2021-2025 của tỉnh." },
  { province: "hau-giang", indicator: "GOV_WORK_RECORDS_DISTRICT", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "vietnamnet-hau-giang-e-government-key", quote: "Ngoài ra, tỉnh cũng hướng đến đưa 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp cơ sở được xử lý trên môi trường mạng.", note: "Mục tiêu xây dựng chính quyền điện tử, chuyển đổi số giai đoạn 2021-2025 của tỉnh. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "hau-giang", indicator: "GOV_WORK_RECORDS_COMMUNE", year: 2025, comparator: "GTE", value: 60, scope: "PROVINCIAL", source: "vietnamnet-hau-giang-e-government-key", quote: "Ngoài ra, tỉnh cũng hướng đến đưa 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp cơ sở được xử lý trên môi trường mạng.", note: "Mục tiêu xây dựng chính quyền điện tử, chuyển đổi số giai đoạn 2021-2025 của tỉnh. Cùng câu với chỉ tiêu cấp tỉnh (“cấp cơ sở”)." },
  // Sóc Trăng
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_PROVINCIAL", year: 2025, comparator: "GTE", value: 90, scope: "PROVINCIAL", source: "nhandan-2021-01-04-soc-trang-e-government", quote: "Tỉnh Sóc Trăng đã xây dựng Kế hoạch chuyển đổi số với một số chỉ số cơ bản với mục tiêu đến 2025, 80% dịch vụ công trực tuyến, 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; 100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội của UBND các cấp được số hóa. Cáp quang được phủ hơn 80% hộ gia đình, 100% đ[...] (excerpt truncated)", note: "Kế hoạch chuyển đổi số của tỉnh Sóc Trăng, mục tiêu đến năm 2025." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_DISTRICT", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "nhandan-2021-01-04-soc-trang-e-government", quote: "Tỉnh Sóc Trăng đã xây dựng Kế hoạch chuyển đổi số với một số chỉ số cơ bản với mục tiêu đến 2025, 80% dịch vụ công trực tuyến, 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; 100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội của UBND các cấp được số hóa. Cáp quang được phủ hơn 80% hộ gia đình, 100% đ[...] (excerpt truncated)", note: "Kế hoạch chuyển đổi số của tỉnh Sóc Trăng, mục tiêu đến năm 2025. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_COMMUNE", year: 2025, comparator: "GTE", value: 60, scope: "PROVINCIAL", source: "nhandan-2021-01-04-soc-trang-e-government", quote: "Tỉnh Sóc Trăng đã xây dựng Kế hoạch chuyển đổi số với một số chỉ số cơ bản với mục tiêu đến 2025, 80% dịch vụ công trực tuyến, 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; 100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội của UBND các cấp được số hóa. Cáp quang được phủ hơn 80% hộ gia đình, 100% đ[...] (excerpt truncated)", note: "Kế hoạch chuyển đổi số của tỉnh Sóc Trăng, mục tiêu đến năm 2025. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "soc-trang", indicator: "SOC_FIBRE_HOUSEHOLDS", year: 2025, comparator: "GT", value: 80, scope: "PROVINCIAL", source: "nhandan-2021-01-04-soc-trang-e-government", quote: "Tỉnh Sóc Trăng đã xây dựng Kế hoạch chuyển đổi số với một số chỉ số cơ bản với mục tiêu đến 2025, 80% dịch vụ công trực tuyến, 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; 100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội của UBND các cấp được số hóa. Cáp quang được phủ hơn 80% hộ gia đình, 100% đ[...] (excerpt truncated)", note: "Kế hoạch chuyển đổi số của tỉnh Sóc Trăng, mục tiêu đến năm 2025." },
  { province: "soc-trang", indicator: "ECON_DE_SHARE_GRDP", year: 2025, comparator: "GTE", value: 10, scope: "PROVINCIAL", source: "ictnews-2021-01-04-soc-trang-dx-aspiration", quote: "Sóc Trăng muốn kinh tế số chiếm 10% cơ cấu vào năm 2025", note: "Nguồn: Sóc Trăng “muốn kinh tế số chiếm 10% cơ cấu” vào năm 2025 (buổi làm việc chiều 04/01/2021)." },
  { province: "soc-trang", indicator: "ECON_DE_SHARE_GRDP", year: 2030, comparator: "GTE", value: 30, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Tỉnh phấn đấu kinh tế số chiếm 30% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%; năng suất lao động hằng năm tăng tối thiểu 8%; hạ tầng cáp quang đến hộ gia đình đạt 100%; 80% dân số có tài kho[...] (excerpt truncated)", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030." },
  { province: "soc-trang", indicator: "ECON_DE_SHARE_SECTOR", year: 2030, comparator: "GTE", value: 20, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Tỉnh phấn đấu kinh tế số chiếm 30% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%; năng suất lao động hằng năm tăng tối thiểu 8%; hạ tầng cáp quang đến hộ gia đình đạt 100%; 80% dân số có tài kho[...] (excerpt truncated)", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030." },
  { province: "soc-trang", indicator: "SOC_FIBRE_HOUSEHOLDS", year: 2030, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Tỉnh phấn đấu kinh tế số chiếm 30% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%; năng suất lao động hằng năm tăng tối thiểu 8%; hạ tầng cáp quang đến hộ gia đình đạt 100%; 80% dân số có tài kho[...] (excerpt truncated)", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030. Nguồn: hạ tầng cáp quang đến hộ gia đình." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_PROVINCIAL", year: 2030, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90% đối với cấp huyện; 70% đối với cấp xã; hoàn thành việc xây dựng tất cả các cơ sở dữ liệu chuyên ngành, cơ sở dữ liệu cấp huyện, cấp xã đưa vào kho dữ liệu dùng chung của tỉnh; 70% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và các hệ thống thông tin của cơ quan.", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_DISTRICT", year: 2030, comparator: "GTE", value: 90, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90% đối với cấp huyện; 70% đối với cấp xã; hoàn thành việc xây dựng tất cả các cơ sở dữ liệu chuyên ngành, cơ sở dữ liệu cấp huyện, cấp xã đưa vào kho dữ liệu dùng chung của tỉnh; 70% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và các hệ thống thông tin của cơ quan.", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030. Cùng câu với chỉ tiêu cấp tỉnh." },
  { province: "soc-trang", indicator: "GOV_WORK_RECORDS_COMMUNE", year: 2030, comparator: "GTE", value: 70, scope: "PROVINCIAL", source: "nhandan-soc-trang-dx-sustainable-growth", quote: "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90% đối với cấp huyện; 70% đối với cấp xã; hoàn thành việc xây dựng tất cả các cơ sở dữ liệu chuyên ngành, cơ sở dữ liệu cấp huyện, cấp xã đưa vào kho dữ liệu dùng chung của tỉnh; 70% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và các hệ thống thông tin của cơ quan.", note: "Nghị quyết 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy Sóc Trăng, mục tiêu đến năm 2030. Cùng câu với chỉ tiêu cấp tỉnh." },
  // Cần Thơ (đến 30/6/2025)
  { province: "can-tho", indicator: "GOV_L4_SERVICES_SHARE", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "baodautu-can-tho-kh-241", quote: "Về hoàn thiện chính quyền điện tử và phát triển chính quyền số, nâng cao hiệu lực, hiệu quả hoạt động: 80% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau;", note: "Kế hoạch 241/KH-UBND ngày 30/11/2021 của UBND thành phố Cần Thơ. Cung cấp trên nhiều phương tiện truy cập khác nhau." },
  { province: "can-tho", indicator: "ECON_DE_SHARE_GRDP", year: 2025, comparator: "GTE", value: 20, scope: "PROVINCIAL", source: "baodautu-can-tho-kh-241", quote: "Về phát triển kinh tế số, nâng cao năng lực cạnh tranh: kinh tế số chiếm 20% GRDP; năng suất lao động hằng năm tăng tối thiểu 7%; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%. Về phát triển xã hội số: hạ tầng băng rộng cáp quang phủ trên 90% hộ gia đình, 100% xã, phường, thị trấn;", note: "Kế hoạch 241/KH-UBND ngày 30/11/2021 của UBND thành phố Cần Thơ. Kế hoạch chuyển đổi số năm 2025 của thành phố nêu cùng mục tiêu “tối thiểu 20% GRDP” (vietnam.vn)." },
  { province: "can-tho", indicator: "ECON_DE_SHARE_SECTOR", year: 2025, comparator: "GTE", value: 10, scope: "PROVINCIAL", source: "baodautu-can-tho-kh-241", quote: "Về phát triển kinh tế số, nâng cao năng lực cạnh tranh: kinh tế số chiếm 20% GRDP; năng suất lao động hằng năm tăng tối thiểu 7%; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%. Về phát triển xã hội số: hạ tầng băng rộng cáp quang phủ trên 90% hộ gia đình, 100% xã, phường, thị trấn;", note: "Kế hoạch 241/KH-UBND ngày 30/11/2021 của UBND thành phố Cần Thơ." },
  { province: "can-tho", indicator: "SOC_FIBRE_HOUSEHOLDS", year: 2025, comparator: "GT", value: 90, scope: "PROVINCIAL", source: "baodautu-can-tho-kh-241", quote: "Về phát triển kinh tế số, nâng cao năng lực cạnh tranh: kinh tế số chiếm 20% GRDP; năng suất lao động hằng năm tăng tối thiểu 7%; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%. Về phát triển xã hội số: hạ tầng băng rộng cáp quang phủ trên 90% hộ gia đình, 100% xã, phường, thị trấn;", note: "Kế hoạch 241/KH-UBND ngày 30/11/2021 của UBND thành phố Cần Thơ." },
  { province: "can-tho", indicator: "GOV_ONLINE_DOSSIER_RATE", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "vietnam-vn-can-tho-dx-growth", quote: "[EN] ...the rate of online settlement records over the total number of records reaches at least 80%; at least 80% of administrative procedures with financial obligations are implemented for online payment.", note: "Kế hoạch chuyển đổi số năm 2025 của thành phố Cần Thơ. Câu trích từ trang tiếng Anh." },
  { province: "can-tho", indicator: "GOV_ONLINE_PAYMENT_PROCEDURES", year: 2025, comparator: "GTE", value: 80, scope: "PROVINCIAL", source: "vietnam-vn-can-tho-dx-growth", quote: "[EN] ...the rate of online settlement records over the total number of records reaches at least 80%; at least 80% of administrative procedures with financial obligations are implemented for online payment.", note: "Kế hoạch chuyển đổi số năm 2025 của thành phố Cần Thơ. Câu trích từ trang tiếng Anh." },
  { province: "can-tho", indicator: "GOV_FULLPROCESS_ELIGIBLE_SHARE", year: 2025, comparator: "GTE", value: 100, scope: "PROVINCIAL", source: "vietnam-vn-can-tho-dx-growth", quote: "[EN] Accordingly, in the specific target group on digital government development, the city strives for 100% of administrative procedures in the city to be eligible to be provided online throughout.", note: "Kế hoạch chuyển đổi số năm 2025 của thành phố Cần Thơ. Câu trích từ trang tiếng Anh." },
];

export type HistoryDtiSeed = Omit<DtiResultFigures, "province" | "source" | "regionRank"> & {
  province: UnitSlug;
  source: AnySourceKey;
} & DtiNote;

/**
 * DTI results as published; an empty cell of dti-results.csv is left out, never
 * derived. An Giang 2021/2022 and Hậu Giang 2021/2022 are in figures.ts already;
 * Hậu Giang 2020 here replaces the rank that step 0001 derived from an article.
 */
export const historyDtiResults: readonly HistoryDtiSeed[] = [
  { province: "kien-giang", year: 2020, rank: 9, rankedCount: 63, noteVi: "Thứ hạng nêu trong Nghị quyết 22/NQ-TU ngày 08/6/2022 của Tỉnh ủy Kiên Giang; nguồn không nêu điểm.", noteEn: "Rank as stated in Resolution 22/NQ-TU of 8 June 2022 of the Kien Giang Provincial Party Committee; the source gives no score.", source: "kien-giang-nq-22-nq-tu-2022" },
  { province: "hau-giang", year: 2020, rank: 28, rankedCount: 63, score: 0.3215, noteVi: "Thứ hạng theo tiêu đề trang (28/63); phần thân bài bị cắt sau giá trị DTI.", noteEn: "Rank from the page title (28/63); the body of the article is cut off after the DTI value.", source: "vithanh-haugiang-dti-2020" },
  { province: "soc-trang", year: 2020, rank: 57, rankedCount: 63, govScore: 0.3105, govRank: 51, econScore: 0.1931, econRank: 58, socScore: 0.2021, socRank: 58, noteVi: "Trang không nêu giá trị DTI tổng thể (chỉ ghi “nhóm 4 ... <0,25”); chỉ số kinh tế số và xã hội số cùng hạng 58.", noteEn: "The page gives no overall DTI value (it says only “group 4 ... <0.25”); the digital economy and digital society indices share rank 58.", source: "cchc-soctrang-dti-2020" },
  { province: "can-tho", year: 2021, rank: 15, rankedCount: 63, govRank: 21, noteVi: "Thứ hạng 15 và hạng chính quyền số 21 theo bài VietNamNet (tháng 8/2023). Giá trị “(0,794)” cho DTI 2021 trong cùng câu là lỗi đánh máy rõ ràng, không dùng. Bài VCCI News ghi Cần Thơ “xếp thứ 7 năm 2021”, nhiều khả năng là kết quả DTI 2020 (công bố năm 2021); không dùng.", noteEn: "Rank 15 and digital government rank 21 according to the VietNamNet article (August 2023). The value “(0.794)” for DTI 2021 in the same sentence is an evident typo and is not used. The VCCI News article says Can Tho “was ranked 7th” in 2021, most likely the DTI 2020 result (published in 2021); not used.", source: "vietnamnet-2023-08-can-tho-dx-strengths" },
  { province: "da-nang", year: 2022, rank: 1, rankedCount: 63, score: 0.8002, govRank: 1, econRank: 1, socRank: 1, noteVi: "Giá trị DTI theo bảng chi tiết trên dti.gov.vn; dẫn đầu cả ba trụ cột theo bài Kinh doanh và Tiếp thị.", noteEn: "DTI value from the detailed table on dti.gov.vn; first in all three pillars according to the Kinh doanh va Tiep thi article.", source: "dti-gov-vn-2022" },
  { province: "ho-chi-minh", year: 2022, rank: 2, rankedCount: 63, score: 0.7163, govRank: 3, econRank: 3, socRank: 4, noteVi: "Thứ hạng ba trụ cột theo bài Kinh doanh và Tiếp thị.", noteEn: "Ranks of the three pillars according to the Kinh doanh va Tiep thi article.", source: "dti-gov-vn-2022" },
  { province: "quang-ninh", year: 2022, rank: 3, rankedCount: 63, score: 0.7024, source: "dti-gov-vn-2022" },
  { province: "thua-thien-hue", year: 2022, rank: 4, rankedCount: 63, score: 0.6975, source: "dti-gov-vn-2022" },
  { province: "can-tho", year: 2022, rank: 5, rankedCount: 63, score: 0.6924, govRank: 5, noteVi: "Giá trị DTI 0,6924 cũng được nêu trong bài VietNamNet; hạng chính quyền số 5 (tăng 16 bậc) theo bài VietNamNet.", noteEn: "The DTI value 0.6924 is also given in the VietNamNet article; digital government rank 5 (up 16 places) according to the VietNamNet article.", source: "dti-gov-vn-2022" },
  { province: "lang-son", year: 2022, rank: 6, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "bac-ninh", year: 2022, rank: 7, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "thai-nguyen", year: 2022, rank: 8, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "bac-giang", year: 2022, rank: 9, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "nam-dinh", year: 2022, rank: 10, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "long-an", year: 2022, rank: 11, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "binh-phuoc", year: 2022, rank: 12, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "hai-duong", year: 2022, rank: 13, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "hai-phong", year: 2022, rank: 14, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "thanh-hoa", year: 2022, rank: 15, rankedCount: 63, noteVi: "Đồng hạng 15 với Yên Bái.", noteEn: "Shares rank 15 with Yen Bai.", source: "dti-gov-vn-2022" },
  { province: "yen-bai", year: 2022, rank: 15, rankedCount: 63, noteVi: "Đồng hạng 15 với Thanh Hóa.", noteEn: "Shares rank 15 with Thanh Hoa.", source: "dti-gov-vn-2022" },
  { province: "vinh-phuc", year: 2022, rank: 18, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "binh-duong", year: 2022, rank: 19, rankedCount: 63, noteVi: "Thứ hạng các chỉ số thành phần theo Báo Bình Dương: Nhận thức số 1, Thể chế số 16, Hạ tầng số 9, Nhân lực số 9, An toàn thông tin mạng 41, Hoạt động chính quyền số 6, Hoạt động kinh tế số 62, Hoạt động xã hội số 24.", noteEn: "Ranks of the component indices according to Binh Duong Newspaper: digital awareness 1, digital institutions 16, digital infrastructure 9, digital human resources 9, network information security 41, digital government activity 6, digital economy activity 62, digital society activity 24.", source: "dti-gov-vn-2022" },
  { province: "tien-giang", year: 2022, rank: 20, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ninh-binh", year: 2022, rank: 21, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "lam-dong", year: 2022, rank: 22, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "phu-tho", year: 2022, rank: 23, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ha-noi", year: 2022, rank: 24, rankedCount: 63, govRank: 40, econRank: 18, socRank: 30, noteVi: "Thứ hạng ba trụ cột theo bài Kinh doanh và Tiếp thị.", noteEn: "Ranks of the three pillars according to the Kinh doanh va Tiep thi article.", source: "dti-gov-vn-2022" },
  { province: "tra-vinh", year: 2022, rank: 25, rankedCount: 63, score: 0.6077, govScore: 0.6683, govRank: 29, econScore: 0.6647, econRank: 27, socScore: 0.5991, socRank: 26, noteVi: "Điểm và thứ hạng các trụ cột theo Cổng thông tin điện tử tỉnh Trà Vinh.", noteEn: "Pillar scores and ranks according to the Tra Vinh Provincial Portal.", source: "dti-gov-vn-2022" },
  { province: "quang-ngai", year: 2022, rank: 26, rankedCount: 63, govRank: 17, econRank: 17, socRank: 15, noteVi: "Thứ hạng ba trụ cột theo bài Doanh nghiệp Hội nhập.", noteEn: "Ranks of the three pillars according to the Doanh nghiep Hoi nhap article.", source: "dti-gov-vn-2022" },
  { province: "ninh-thuan", year: 2022, rank: 27, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ba-ria-vung-tau", year: 2022, rank: 28, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "binh-dinh", year: 2022, rank: 29, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "vinh-long", year: 2022, rank: 30, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "quang-nam", year: 2022, rank: 31, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "kien-giang", year: 2022, rank: 32, rankedCount: 63, score: 0.5796, noteVi: "Giá trị DTI theo Giám đốc Sở Thông tin và Truyền thông Kiên Giang (tuoitrekiengiang.vn); hạng chỉ số thành phần: An toàn thông tin mạng 16, Hạ tầng số 16, Nhận thức số 27.", noteEn: "DTI value according to the Director of the Kien Giang Department of Information and Communications (tuoitrekiengiang.vn); component index ranks: network information security 16, digital infrastructure 16, digital awareness 27.", source: "dti-gov-vn-2022" },
  { province: "hung-yen", year: 2022, rank: 33, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ha-nam", year: 2022, rank: 34, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "dien-bien", year: 2022, rank: 35, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "soc-trang", year: 2022, rank: 36, rankedCount: 63, govRank: 32, noteVi: "Hạng chính quyền số 32 theo Sở Thông tin và Truyền thông Sóc Trăng.", noteEn: "Digital government rank 32 according to the Soc Trang Department of Information and Communications.", source: "dti-gov-vn-2022" },
  { province: "ha-tinh", year: 2022, rank: 37, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "lao-cai", year: 2022, rank: 38, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "dong-thap", year: 2022, rank: 39, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "tay-ninh", year: 2022, rank: 40, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "khanh-hoa", year: 2022, rank: 41, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "hoa-binh", year: 2022, rank: 42, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "dong-nai", year: 2022, rank: 43, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "son-la", year: 2022, rank: 44, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "kon-tum", year: 2022, rank: 45, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "quang-binh", year: 2022, rank: 46, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "dak-lak", year: 2022, rank: 47, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "tuyen-quang", year: 2022, rank: 48, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "dak-nong", year: 2022, rank: 49, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "binh-thuan", year: 2022, rank: 50, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ben-tre", year: 2022, rank: 51, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "nghe-an", year: 2022, rank: 52, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "lai-chau", year: 2022, rank: 53, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "quang-tri", year: 2022, rank: 55, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "thai-binh", year: 2022, rank: 56, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ha-giang", year: 2022, rank: 57, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "ca-mau", year: 2022, rank: 58, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "phu-yen", year: 2022, rank: 59, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "bac-lieu", year: 2022, rank: 60, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "cao-bang", year: 2022, rank: 61, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "gia-lai", year: 2022, rank: 62, rankedCount: 63, source: "dti-gov-vn-2022" },
  { province: "bac-kan", year: 2022, rank: 63, rankedCount: 63, source: "dti-gov-vn-2022" },
];

// Rows of cited-figures.csv not loaded (by line number of the file):
// - dòng 5 (An Giang, smartphone_rate_unspecified_pct, to-date as of 2021-01-20): Tỷ lệ sử dụng điện thoại thông minh “khoảng 67%” không nêu mẫu số (không rõ là dân số trưởng thành) — không phải SOC_SMARTPHONE; một số liệu đơn lẻ, nghĩa không rõ.
// - dòng 15 (An Giang, smartphone_adults_pct, to-date as of 2023-02-13): Đã có trong figures.ts (an-giang SOC_SMARTPHONE 2022 = 66,2).
// - dòng 16 (An Giang, payment_account_15plus_pct, to-date as of 2023-02-13): Đã có trong figures.ts (an-giang SOC_PAYMENT_ACCOUNT 2022 = 68,1).
// - dòng 17 (An Giang, fibre_households_pct, to-date as of 2023-02-13): Đã có trong figures.ts (an-giang SOC_FIBRE_HOUSEHOLDS 2022 = 78,9).
// - dòng 18 (An Giang, e_invoice_enterprises_pct, to-date as of 2023-02-13): Đã có trong figures.ts (an-giang ECON_E_INVOICES 2022 = 100).
// - dòng 19 (An Giang, sme_digital_platform_pct, to-date as of 2023-02-13): Đã có trong figures.ts (an-giang ECON_SME_PLATFORMS 2022 = 30).
// - dòng 27 (An Giang, digital_economy_share_grdp_pct, 2023): Mâu thuẫn đã biết (README): ước tính 7,18% năm 2023 — ghi trong conflict/note của số 5,28% (an-giang ECON_DE_SHARE_GRDP 2023).
// - dòng 28 (An Giang, digital_economy_share_grdp_pct, 2025): Đã có trong figures.ts: mục tiêu riêng của An Giang ECON_DE_SHARE_GRDP 2025 ≥ 10 (bài 13/02/2023).
// - dòng 31 (An Giang, e_gov_digital_gov_index_rank_group, 2030): Mục tiêu thuộc nhóm xếp hạng (“nhóm 20 tỉnh, thành phố dẫn đầu”) — không phải chỉ tiêu có giá trị.
// - dòng 33 (An Giang, dvc_partial_count, to-date as of 2024-11-13): Cùng mâu thuẫn với báo cáo CCHC 2024 (742 so với 441): ghi trong conflict của an-giang GOV_PARTIAL_SERVICES 2024.
// - dòng 34 (An Giang, dvc_fullprocess_count, to-date as of 2024-11-13): Mâu thuẫn đã biết (README): 937 so với 759 — ghi trong conflict của an-giang GOV_FULLPROCESS_SERVICES 2024.
// - dòng 51 (An Giang, dti_rank_63, 2022): Đã có trong figures.ts (DTI an-giang 2022 hạng 54).
// - dòng 64 (An Giang (new), dti_rank_34, 2026): Mục tiêu thứ hạng DTI (10/34) — thứ hạng DTI không phải chỉ tiêu.
// - dòng 65 (Hậu Giang, smartphone_adults_pct, 2023-H1): Đã có trong figures.ts (hau-giang SOC_SMARTPHONE 2023-H1 = 75).
// - dòng 66 (Hậu Giang, fibre_households_pct, 2023-H1): Đã có trong figures.ts (hau-giang SOC_FIBRE_HOUSEHOLDS 2023-H1 = 61; thực ra là hộ “có kết nối”).
// - dòng 67 (Hậu Giang, ehr_pct, 2023-H1): Đã có trong figures.ts (hau-giang SOC_EHEALTH_RECORD 2023-H1 = 84).
// - dòng 77 (Hậu Giang, chip_id_vneid_in_health_insurance_pct, to-date as of 2024-05): 99,87% người dân dùng CCCD gắn chip/VNeID trong khám chữa bệnh BHYT: mẫu số không rõ (người dân hay lượt khám BHYT); số liệu đơn lẻ.
// - dòng 80 (Hậu Giang, dti_rank_63, 2022): Đã có trong figures.ts (DTI hau-giang 2022 hạng 17).
// - dòng 81 (Hậu Giang, dti_rank_63, 2023): README: “DTI 2023: 17” nhiều khả năng là kết quả 2022 ghi nhầm; không nạp.
// - dòng 97 (Kiên Giang, dti_rank_63, 2020): Nạp ở historyDtiResults (kien-giang 2020 hạng 9), không phải quan sát chỉ tiêu.
// - dòng 98 (Kiên Giang, dti_score, 2022): Nạp ở historyDtiResults (kien-giang 2022, điểm 0,5796).
// - dòng 99 (Kiên Giang, dti_rank_63, 2022): Nạp ở historyDtiResults (kien-giang 2022 hạng 32).
// - dòng 100 (Kiên Giang, dti_rank_63, 2023): Mục tiêu nhóm xếp hạng DTI (“nhóm 20”) — không phải chỉ tiêu.
// - dòng 103 (Kiên Giang, e_health_book_rank_63, to-date as of 2024-12-27): Thứ hạng 19/63 về triển khai Sổ sức khỏe điện tử (Đề án 06): một thứ hạng đơn lẻ, không rõ cách xếp hạng.
// - dòng 104 (Kiên Giang, e_invoice_users_count, to-date as of 2024-12-27): Hơn 12.200 doanh nghiệp, hộ, cá nhân dùng hóa đơn điện tử: câu bị cắt, không rõ phạm vi (có thể chỉ là hóa đơn từ máy tính tiền); không tạo chỉ tiêu.
// - dòng 105 (Sóc Trăng, dvc_online_share_pct, 2025): “80% dịch vụ công trực tuyến” không nêu mức độ (3, 4, toàn trình) — nghĩa không rõ.
// - dòng 115 (Sóc Trăng, dti_rank_63, 2022): Nạp ở historyDtiResults (soc-trang 2022 hạng 36; hạng chính quyền số 32 theo trang này).
// - dòng 123 (Cần Thơ, dti_score, 2022): Nạp ở historyDtiResults (can-tho 2022, điểm 0,6924).
// - dòng 124 (Cần Thơ, dti_rank_63, 2022): Nạp ở historyDtiResults (can-tho 2022 hạng 5).
// - dòng 125 (Cần Thơ, dti_rank_63, 2021): Nạp ở historyDtiResults (can-tho 2021 hạng 15).
// - dòng 133 (Cần Thơ, digital_economy_share_grdp_pct, 2025): Cùng khóa với mục tiêu KH 241 (can-tho ECON_DE_SHARE_GRDP 2025 ≥ 20): giữ KH 241, nhắc nguồn này trong ghi chú.
// - dòng 137 (Cần Thơ (new), dx_rank_34_unspecified, to-date as of 2025-09-09): README: xếp hạng “21/34” không nói là bảng xếp hạng nào; không nạp làm DTI.
