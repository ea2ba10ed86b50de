// Every document a seeded figure is taken from. Articles are the project's
// source collection (shared/seeds); titles are their headlines where the
// article has one, otherwise a description marked as such. Every source has an
// English rendering of its title (titleEn), shown in brackets after the title;
// a title that is English already is its own rendering. A publisher has an
// English name too (publisherEn): an institution's translated, a newspaper's or
// site's in its customary form without diacritics.
import type { SourceKind } from "@/lib/generated/prisma/enums";

interface SourceSeedFields {
  key: string;
  kind: SourceKind;
  title: string;
  titleEn: string;
  author?: string;
  publishedOn?: string;
  url?: string;
  file?: string;
}

/** A publisher comes in both languages, or not at all. */
export type SourceSeed = SourceSeedFields &
  ({ publisher?: undefined; publisherEn?: undefined } | { publisher: string; publisherEn: string });

export const sources = [
  {
    key: "article-2022-10-27-an-giang-dx-events",
    kind: "ARTICLE",
    title: "Khai mạc chuỗi sự kiện chuyển đổi số tỉnh An Giang năm 2022 (bài không có tiêu đề; mô tả theo nội dung)",
    titleEn: "Opening of An Giang province's 2022 series of digital transformation events (the article has no headline; described from its content)",
    publishedOn: "2022-10-27",
    file: "000_71cb890597af1516.txt",
  },
  {
    key: "article-2023-02-13-an-giang-digital-economy-society",
    kind: "ARTICLE",
    title: "An Giang đẩy mạnh phát triển kinh tế số, xã hội số",
    titleEn: "An Giang steps up the development of the digital economy and digital society",
    author: "Minh Thư",
    publishedOn: "2023-02-13",
    file: "001_e0ddb05d260c1c47.txt",
  },
  {
    key: "article-2023-04-17-an-giang-youth-dialogue",
    kind: "ARTICLE",
    title: "Chủ tịch UBND tỉnh Nguyễn Thanh Bình đối thoại với Thanh niên tỉnh An Giang",
    titleEn: "Chairman of the Provincial People's Committee Nguyen Thanh Binh holds a dialogue with the youth of An Giang province",
    author: "Nguyễn Vinh",
    publishedOn: "2023-04-17",
    file: "002_719ff5caa9527113.txt",
  },
  {
    key: "article-2023-01-25-hau-giang-dx-future",
    kind: "ARTICLE",
    title: "Chuyển đổi số định hình tương lai",
    titleEn: "Digital transformation shapes the future",
    author: "Mỹ Xuyên",
    publishedOn: "2023-01-25",
    file: "003_130dbf42b88e02b2.txt",
  },
  {
    key: "article-2023-01-05-an-giang-dx-2022",
    kind: "ARTICLE",
    title: "An Giang thúc đẩy chuyển đổi số mạnh mẽ",
    titleEn: "An Giang strongly promotes digital transformation",
    author: "Thu Thảo",
    publishedOn: "2023-01-05",
    file: "004_954ba62d7c3ef36c.txt",
  },
  {
    key: "dti-gov-vn-2021",
    kind: "WEBSITE",
    title: "Cổng thông tin Bộ chỉ số chuyển đổi số (DTI) — bảng xếp hạng DTI 2021",
    titleEn: "Digital Transformation Index (DTI) portal — DTI 2021 ranking",
    publisher: "Bộ Thông tin và Truyền thông",
    publisherEn: "Ministry of Information and Communications",
    url: "https://dti.gov.vn",
  },
  {
    key: "dti-gov-vn-2022",
    kind: "WEBSITE",
    title: "Xếp hạng chỉ số chuyển đổi số cấp tỉnh năm 2022",
    titleEn: "Ranking of the provincial digital transformation index, 2022",
    publisher: "Bộ Thông tin và Truyền thông",
    publisherEn: "Ministry of Information and Communications",
    url: "https://dti.gov.vn/xep-hang-2022",
  },
  {
    key: "hau-giang-huunghi-2023-h1",
    kind: "WEBSITE",
    title: "Số liệu chuyển đổi số 6 tháng đầu năm 2023 của tỉnh Hậu Giang",
    titleEn: "Digital transformation figures of Hau Giang province for the first six months of 2023",
    publisher: "Cổng thông tin điện tử tỉnh Hậu Giang",
    publisherEn: "Hau Giang Provincial Portal",
    url: "https://huunghi.haugiang.gov.vn",
  },
  {
    key: "decision-411-qd-ttg-2022",
    kind: "DECISION",
    title:
      "Quyết định 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
    titleEn: "Decision 411/QĐ-TTg approving the National Strategy for the development of the digital economy and digital society to 2025, with orientations to 2030",
    publisher: "Thủ tướng Chính phủ",
    publisherEn: "Prime Minister",
    publishedOn: "2022-03-31",
  },
  {
    key: "decision-749-qd-ttg-2020",
    kind: "DECISION",
    title: "Quyết định 749/QĐ-TTg phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    titleEn: "Decision 749/QĐ-TTg approving the National Digital Transformation Programme to 2025, with orientations to 2030",
    publisher: "Thủ tướng Chính phủ",
    publisherEn: "Prime Minister",
    publishedOn: "2020-06-03",
  },
  {
    key: "decision-942-qd-ttg-2021",
    kind: "DECISION",
    title:
      "Quyết định 942/QĐ-TTg phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030",
    titleEn: "Decision 942/QĐ-TTg approving the Strategy for developing e-government towards digital government for 2021-2025, with orientations to 2030",
    publisher: "Thủ tướng Chính phủ",
    publisherEn: "Prime Minister",
    publishedOn: "2021-06-15",
  },
  {
    key: "resolution-202-2025-qh15",
    kind: "DECISION",
    title: "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
    titleEn: "Resolution 202/2025/QH15 on the reorganisation of provincial-level administrative units",
    publisher: "Quốc hội",
    publisherEn: "National Assembly",
    publishedOn: "2025-06-12",
  },
] as const satisfies readonly SourceSeed[];

export type SourceKey = (typeof sources)[number]["key"];
