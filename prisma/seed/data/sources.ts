// Every document a seeded figure is taken from. Articles are the project's
// source collection (shared/seeds); titles are their headlines where the
// article has one, otherwise a description marked as such.
import type { SourceKind } from "@/lib/generated/prisma/enums";

export interface SourceSeed {
  key: string;
  kind: SourceKind;
  title: string;
  publisher?: string;
  author?: string;
  publishedOn?: string;
  url?: string;
  file?: string;
}

export const sources = [
  {
    key: "article-2022-10-27-an-giang-dx-events",
    kind: "ARTICLE",
    title: "Khai mạc chuỗi sự kiện chuyển đổi số tỉnh An Giang năm 2022 (bài không có tiêu đề; mô tả theo nội dung)",
    publishedOn: "2022-10-27",
    file: "000_71cb890597af1516.txt",
  },
  {
    key: "article-2023-02-13-an-giang-digital-economy-society",
    kind: "ARTICLE",
    title: "An Giang đẩy mạnh phát triển kinh tế số, xã hội số",
    author: "Minh Thư",
    publishedOn: "2023-02-13",
    file: "001_e0ddb05d260c1c47.txt",
  },
  {
    key: "article-2023-04-17-an-giang-youth-dialogue",
    kind: "ARTICLE",
    title: "Chủ tịch UBND tỉnh Nguyễn Thanh Bình đối thoại với Thanh niên tỉnh An Giang",
    author: "Nguyễn Vinh",
    publishedOn: "2023-04-17",
    file: "002_719ff5caa9527113.txt",
  },
  {
    key: "article-2023-01-25-hau-giang-dx-future",
    kind: "ARTICLE",
    title: "Chuyển đổi số định hình tương lai",
    author: "Mỹ Xuyên",
    publishedOn: "2023-01-25",
    file: "003_130dbf42b88e02b2.txt",
  },
  {
    key: "article-2023-01-05-an-giang-dx-2022",
    kind: "ARTICLE",
    title: "An Giang thúc đẩy chuyển đổi số mạnh mẽ",
    author: "Thu Thảo",
    publishedOn: "2023-01-05",
    file: "004_954ba62d7c3ef36c.txt",
  },
  {
    key: "dti-gov-vn-2021",
    kind: "WEBSITE",
    title: "Cổng thông tin Bộ chỉ số chuyển đổi số (DTI) — bảng xếp hạng DTI 2021",
    publisher: "Bộ Thông tin và Truyền thông",
    url: "https://dti.gov.vn",
  },
  {
    key: "dti-gov-vn-2022",
    kind: "WEBSITE",
    title: "Xếp hạng chỉ số chuyển đổi số cấp tỉnh năm 2022",
    publisher: "Bộ Thông tin và Truyền thông",
    url: "https://dti.gov.vn/xep-hang-2022",
  },
  {
    key: "hau-giang-huunghi-2023-h1",
    kind: "WEBSITE",
    title: "Số liệu chuyển đổi số 6 tháng đầu năm 2023 của tỉnh Hậu Giang",
    publisher: "Cổng thông tin điện tử tỉnh Hậu Giang",
    url: "https://huunghi.haugiang.gov.vn",
  },
  {
    key: "decision-411-qd-ttg-2022",
    kind: "DECISION",
    title:
      "Quyết định 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
    publisher: "Thủ tướng Chính phủ",
    publishedOn: "2022-03-31",
  },
  {
    key: "decision-749-qd-ttg-2020",
    kind: "DECISION",
    title: "Quyết định 749/QĐ-TTg phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    publisher: "Thủ tướng Chính phủ",
    publishedOn: "2020-06-03",
  },
  {
    key: "decision-942-qd-ttg-2021",
    kind: "DECISION",
    title:
      "Quyết định 942/QĐ-TTg phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030",
    publisher: "Thủ tướng Chính phủ",
    publishedOn: "2021-06-15",
  },
  {
    key: "resolution-202-2025-qh15",
    kind: "DECISION",
    title: "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
    publisher: "Quốc hội",
    publishedOn: "2025-06-12",
  },
] as const satisfies readonly SourceSeed[];

export type SourceKey = (typeof sources)[number]["key"];
