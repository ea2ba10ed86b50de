// The words of review, of the workflow's statuses and of completeness, Vietnamese first. The English
// has the same shape, so a missing or mis-shaped entry fails the type check;
// lib/i18n/messages.ts and lib/i18n/en.ts merge both into the catalogues.
import { count, plural } from "@/lib/i18n/words";

export const vi = {
  completeness: {
    heading: "Mức độ đầy đủ của báo cáo",
    intro:
      "Mỗi đơn vị, mỗi kỳ báo cáo: số chỉ tiêu đã nhập trên số chỉ tiêu kỳ đó yêu cầu, theo trụ cột (báo cáo năm: các chỉ tiêu theo năm; báo cáo quý: các chỉ tiêu theo quý). Bấm vào kỳ để mở báo cáo.",
    link: "Mức độ đầy đủ",
    status: "Trạng thái",
    notStarted: "Chưa có báo cáo",
    missing: (n: number) => `Thiếu ${n} chỉ tiêu`,
    csv: "Tải CSV",
    caption: "Số chỉ tiêu đã nhập / yêu cầu theo đơn vị, kỳ và trụ cột",
    due: "Hạn gửi",
    /** The units owing an overdue report, each with its periods. */
    overdue: (units: string) => `Chưa gửi báo cáo quá hạn: ${units}`,
    overdueNone: "Không có đơn vị nào chưa gửi báo cáo quá hạn.",
    overdueUnit: (unit: string, periods: string) => `${unit} — ${periods}`,
    overduePeriod: (period: string, days: number) => `${period} (quá hạn ${days} ngày)`,
  },
  reportPage: {
    filters: "Lọc số liệu",
    filter: { all: "Tất cả", entered: "Đã nhập", flagged: "Bị cảnh báo", missing: "Thiếu" },
    change: "Thay đổi",
    nextTarget: "Mục tiêu kế tiếp",
    notStarted: "Chưa bắt đầu",
    comment: "Nhận xét của lãnh đạo",
    system: "Hệ thống",
  },
  reviewPanel: { heading: "Duyệt báo cáo" },
  review: {
    actions: { submit: "Nộp báo cáo", return: "Trả lại", approve: "Duyệt", publish: "Công bố", unpublish: "Thu hồi công bố", unapprove: "Hủy duyệt" },
    reason: "Lý do / nhận xét",
    /** Publishing asks first, saying what becomes public and where. */
    publishTitle: "Công bố báo cáo này?",
    publishBody: (figures: number, unit: string) =>
      `${figures.toLocaleString("vi-VN")} số liệu của ${unit} sẽ hiển thị công khai ngay: trên trang của đơn vị, trang từng chỉ tiêu, trang so sánh, dữ liệu mở và API.`,
    publishConfirm: "Xác nhận công bố",
    publishCancel: "Chưa công bố",
    reasonHint: "Bắt buộc khi trả lại, hủy duyệt hoặc thu hồi công bố.",
    reasonRequired: "Vui lòng ghi lý do.",
    reasonTooLong: (max: number) => `Lý do không được dài quá ${max.toLocaleString("vi-VN")} ký tự.`,
    illegal: (status: string) => `Không thể thực hiện thao tác này khi báo cáo đang ở trạng thái “${status}”.`,
    changedMeanwhile: "Báo cáo vừa được người khác cập nhật. Vui lòng tải lại trang.",
    done: {
      return: "Đã trả lại báo cáo cho cán bộ nhập liệu.",
      approve: "Đã duyệt báo cáo; số liệu đã được khóa.",
      publish: "Đã công bố: số liệu hiển thị công khai ngay.",
      unpublish: "Đã thu hồi công bố.",
      unapprove: "Đã hủy duyệt; báo cáo trở lại cho cán bộ nhập liệu.",
    } as Record<string, string>,
  },
  auditActions: {
    "observation.create": "nhập số liệu",
    "observation.update": "sửa số liệu",
    "observation.delete": "xóa số liệu",
    "observation.seed": "nạp từ nguồn đã dẫn",
    "observation.reclassify": "chuyển sang chỉ tiêu đúng với nguồn",
  } as Record<string, string>,
  reportStatus: { DRAFT: "Bản nháp", SUBMITTED: "Đã nộp, chờ duyệt", RETURNED: "Bị trả lại", APPROVED: "Đã duyệt", PUBLISHED: "Đã công bố" } as Record<
    "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED",
    string
  >,
};

export const en: typeof vi = {
  completeness: {
    heading: "Report completeness",
    intro:
      "For each unit and each reporting period: the number of indicators entered out of the number that the period requires, by pillar (annual reports: the annual indicators; quarterly reports: the quarterly indicators). Select a period to open its report.",
    link: "Completeness",
    status: "Status",
    notStarted: "No report yet",
    missing: (n: number) => `${n} ${plural(n, "indicator", "indicators")} missing`,
    csv: "Download CSV",
    caption: "Indicators entered / required, by unit, period and pillar",
    due: "Due",
    overdue: (units: string) => `Overdue reports not submitted: ${units}`,
    overdueNone: "No unit has an overdue report not submitted.",
    overdueUnit: (unit: string, periods: string) => `${unit} — ${periods}`,
    overduePeriod: (period: string, days: number) => `${period} (${days} ${plural(days, "day", "days")} overdue)`,
  },
  reportPage: {
    filters: "Filter the figures",
    filter: { all: "All", entered: "Entered", flagged: "Flagged", missing: "Missing" },
    change: "Change",
    nextTarget: "Next target",
    notStarted: "Not started",
    comment: "Official's comments",
    system: "System",
  },
  reviewPanel: { heading: "Review the report" },
  review: {
    actions: { submit: "Submit report", return: "Return", approve: "Approve", publish: "Publish", unpublish: "Withdraw publication", unapprove: "Revoke approval" },
    reason: "Reason / comments",
    publishTitle: "Publish this report?",
    publishBody: (figures: number, unit: string) =>
      `${count(figures)} ${plural(figures, "figure", "figures")} of ${unit} will be public at once: on the unit's page, each indicator's page, the comparison, the open data and the API.`,
    publishConfirm: "Confirm publication",
    publishCancel: "Do not publish yet",
    reasonHint: "Required when returning a report, revoking approval or withdrawing publication.",
    reasonRequired: "Please give a reason.",
    reasonTooLong: (max: number) => `The reason must not be longer than ${count(max)} characters.`,
    illegal: (status: string) => `This action is not possible while the report has the status “${status}”.`,
    changedMeanwhile: "The report has just been updated by someone else. Please reload the page.",
    done: {
      return: "The report has been returned to the data-entry officer.",
      approve: "The report has been approved; its figures are now locked.",
      publish: "Published: the figures are now shown publicly.",
      unpublish: "Publication withdrawn.",
      unapprove: "Approval revoked; the report has gone back to the data-entry officer.",
    },
  },
  auditActions: {
    "observation.create": "entered a figure",
    "observation.update": "edited a figure",
    "observation.delete": "deleted a figure",
    "observation.seed": "loaded from the cited source",
    "observation.reclassify": "moved to the indicator that matches the source",
  },
  reportStatus: { DRAFT: "Draft", SUBMITTED: "Submitted, awaiting approval", RETURNED: "Returned", APPROVED: "Approved", PUBLISHED: "Published" },
};
