// Every user-facing string, Vietnamese first: the words every page shares
// here, each capability's own in its folder (features/*/messages.ts), merged
// into one catalogue. The English one (lib/i18n/en.ts) has the same shape:
// `Messages` is the contract.
import { errorMessages } from "@/lib/i18n/error-messages";
import type { ProgressStatus, UnassessableReason } from "@/lib/domain/progress";
import * as publicPages from "@/features/public-pages/messages";
import * as openData from "@/features/open-data/messages";
import * as auth from "@/features/auth/messages";
import * as entry from "@/features/entry/messages";
import * as review from "@/features/review/messages";
import * as mail from "@/features/mail/messages";
import * as account from "@/features/account/messages";
import * as admin from "@/features/admin/messages";
import * as importing from "@/features/import/messages";
import * as progressReport from "@/features/progress-report/messages";

export const vi = {
  site: {
    title: "Chuyển đổi số cấp tỉnh",
    /** Under the icon on a phone's home screen: a few words. */
    shortTitle: "Chuyển đổi số",
    tagline: "Theo dõi chính quyền số, kinh tế số, xã hội số so với mục tiêu 2025 và 2030",
    skipToContent: "Bỏ qua, đến nội dung chính",
    nav: { overview: "Tổng quan", indicators: "Chỉ tiêu", compare: "So sánh", rankings: "Xếp hạng DTI", data: "Dữ liệu mở" },
    navLabel: "Điều hướng chính",
    languageSwitch: "xem trang này bằng tiếng Anh",
    footer:
      "Mọi số liệu đều ghi nguồn và kỳ báo cáo. Chỉ số liệu đã được cơ quan có thẩm quyền phê duyệt và công bố mới hiển thị công khai.",
  },
  common: {
    noData: "Chưa có số liệu",
    source: "Nguồn",
    sources: "Nguồn số liệu",
    period: "Kỳ",
    target: "Mục tiêu",
    value: "Giá trị",
    indicator: "Chỉ tiêu",
    status: "Tình trạng",
    note: "Ghi chú",
    province: "Tỉnh, thành phố",
    unit: "Đơn vị",
    latest: "Số liệu mới nhất",
    otherTargets: "Các mục tiêu khác",
    gapTo: (year: number) => `Còn thiếu so với mục tiêu ${year}`,
    national: "mục tiêu quốc gia",
    provincial: "mục tiêu của tỉnh",
    carriedFrom: (unit: string) => `mục tiêu của ${unit}, đơn vị trước sáp nhập`,
    passedOn: (year: number, unit: string) => `Mục tiêu năm ${year} chuyển sang ${unit}, đơn vị tiếp nối; không đánh giá cho đơn vị đã sáp nhập.`,
    downloadCsv: "Tải dữ liệu (CSV)",
    showTable: "Bảng số liệu",
    chart: "Biểu đồ",
    decision: "Văn bản quy định",
    asOf: "Đánh giá tại ngày",
    /** Singular and plural, as `difference` in lib/i18n/i18n.ts picks them. */
    /** A to-date figure: the day it stands at. */
    toDate: (date: string) => `đến ${date}`,
    percentagePoints: { one: "điểm %", other: "điểm %" },
    /** A change between two figures, as much as they support (lib/domain/change.ts). */
    change: {
      atLeastUp: (amount: string) => `tăng ít nhất ${amount}`,
      atMostDown: (amount: string) => `giảm ít nhất ${amount}`,
      about: "≈",
      unknown: "không so sánh chính xác được, vì có số ước",
      otherKind: "hai kỳ khác loại",
      otherOutOf: "không so sánh được: hai thứ hạng trên tổng số đơn vị khác nhau",
      partial: "có số liệu chưa hết kỳ",
    },
    /** Before a gap or pace computed from a figure the source gives as a range ("hơn", "gần"). */
    approximately: "≈",
    perQuarter: "mỗi quý",
    viewScorecard: "Xem bảng theo dõi",
    backToOverview: "Về trang tổng quan",
    scrollHint: "Vuốt ngang bảng để xem thêm cột →",
  },
  /** A reporting period in words; `short` fits a bar label. */
  periods: {
    YEAR: (year: number) => `Năm ${year}`,
    HALF: (half: number, year: number) => `6 tháng ${half === 1 ? "đầu" : "cuối"} năm ${year}`,
    QUARTER: (quarter: number, year: number) => `Quý ${quarter}/${year}`,
    short: {
      YEAR: (year: number) => String(year),
      HALF: (half: number, year: number) => `6T ${half === 1 ? "đầu" : "cuối"} ${year}`,
      QUARTER: (quarter: number, year: number) => `Q${quarter}/${year}`,
    },
  },
  units: { PERCENT: "%", COUNT: "số lượng", SCORE: "điểm (0–1)", RANK: "thứ hạng", POINTS: "điểm (thang 100)" },
  pillarsHeading: "Ba trụ cột và nền tảng",
  status: {
    ACHIEVED: "Đã đạt mục tiêu",
    ON_TRACK: "Đúng tiến độ",
    ACCELERATION_NEEDED: "Cần tăng tốc",
    LIMITED_PROGRESS: "Tiến triển hạn chế",
    DETERIORATION: "Đi xuống",
    NOT_ACHIEVED: "Không đạt mục tiêu",
    UNABLE_TO_ASSESS: "Chưa đánh giá được",
  } satisfies Record<ProgressStatus, string>,
  reason: {
    NO_TARGET: "chưa có mục tiêu",
    NO_DATA: "chưa có số liệu",
    ONE_OBSERVATION: "mới có một kỳ số liệu",
    NO_DATA_FOR_TARGET_YEAR: "chưa có số liệu của năm mục tiêu",
    NO_TIME_ELAPSED: "các kỳ số liệu trùng thời điểm",
  } satisfies Record<UnassessableReason, string>,
  finalVerdict: (year: number) => `năm ${year} đã qua`,
  qualifier: { EXACT: "", MORE_THAN: "hơn", LESS_THAN: "dưới", APPROXIMATELY: "gần" },
  work: {
    title: "Khu vực làm việc",
    forbidden: "Bạn không có quyền thực hiện thao tác này.",
    fixErrors: "Chưa lưu: có số liệu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.",
    conflict: "Chưa lưu: có người khác vừa cập nhật một số chỉ tiêu. Số liệu của họ hiển thị bên cạnh ô nhập; số bạn đã nhập vẫn được giữ nguyên.",
    locked: "Báo cáo này đã được nộp, duyệt hoặc công bố nên không thể sửa.",
    saved: "Đã lưu bản nháp.",
    submitted: "Đã nộp báo cáo để lãnh đạo duyệt.",
    transitioned: "Đã cập nhật trạng thái báo cáo.",
    window: {
      NOT_STARTED: "Kỳ này chưa bắt đầu nên chưa thể nhập số liệu.",
      BEFORE_UNIT: "Kỳ này trước khi đơn vị hành chính được thành lập.",
      AFTER_UNIT: "Đơn vị hành chính đã sáp nhập từ 01/7/2025; kỳ này thuộc đơn vị mới.",
    },
  },
  errors: {
    ...errorMessages.vi,
    notFoundTitle: "Không tìm thấy trang",
    notFoundBody: "Trang bạn tìm không tồn tại hoặc đã được chuyển.",
  },
  ...publicPages.vi,
  ...openData.vi,
  ...auth.vi,
  ...entry.vi,
  ...review.vi,
  ...mail.vi,
  ...account.vi,
  ...admin.vi,
  ...importing.vi,
  ...progressReport.vi,
};

export type Messages = typeof vi;
