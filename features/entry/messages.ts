// The words of the working side's home and of the entry form, Vietnamese first. The English
// has the same shape, so a missing or mis-shaped entry fails the type check;
// lib/i18n/messages.ts and lib/i18n/en.ts merge both into the catalogues.
import type { DueState } from "@/lib/domain/deadline";
import { lowerFirst } from "@/lib/domain/format";
import { plural } from "@/lib/i18n/words";

export const vi = {
  workHome: {
    heading: "Báo cáo số liệu theo kỳ",
    quarter: "Kỳ báo cáo",
    open: "Mở báo cáo",
    cannotOpen: "Không mở được báo cáo này: hãy chọn một đơn vị bạn phụ trách và một kỳ báo cáo trong danh sách.",
    todo: "Việc cần làm",
    todoEmpty: "Không có báo cáo nào đang chờ bạn.",
    /** What each report on the list waits for. */
    todoKinds: {
      RETURNED: "Bị trả lại: sửa và nộp lại",
      DRAFT: "Bản nháp: chưa nộp",
      SUBMITTED: "Đã nộp: chờ duyệt",
      APPROVED: "Đã duyệt: chưa công bố",
      NOT_STARTED: "Chưa bắt đầu: chưa nhập số liệu",
    },
    /** A report not yet submitted against its due date. */
    todoDue: (state: DueState, due: string) =>
      state.kind === "OVERDUE" ? `Quá hạn ${state.days} ngày (hạn ${due})` : state.kind === "DUE_TODAY" ? `Hạn gửi hôm nay (${due})` : `Hạn gửi ${due} — còn ${state.daysLeft} ngày`,
    returnedBecause: (comment: string) => `Lý do trả lại: ${comment}`,
    reports: "Các báo cáo",
    none: "Chưa có báo cáo nào.",
    figures: "Số chỉ tiêu đã nhập",
  },
  /** A report's deadline on its page, and on the completeness grid. */
  deadline: {
    dates: (cutoff: string, due: string) => `Số liệu tính đến hết ngày ${cutoff} · Hạn gửi duyệt ${due}`,
    /** A report not yet submitted, briefly. */
    state: (state: DueState) => (state.kind === "OVERDUE" ? `quá hạn ${state.days} ngày` : state.kind === "DUE_TODAY" ? "hôm nay là hạn cuối" : `còn ${state.daysLeft} ngày`),
    submitted: (on: string, daysLate: number) => `Gửi duyệt ngày ${on}, ${daysLate > 0 ? `trễ ${daysLate} ngày` : "đúng hạn"}`,
  },
  entry: {
    unit: "Đơn vị",
    /** The unit's latest earlier figure, with its period: the one just before may be empty. */
    previous: (period: string) => `Số liệu trước (${period})`,
    previousColumn: "Số liệu trước",
    lastPublished: "Đã công bố gần nhất",
    save: "Lưu nháp",
    submit: "Nộp báo cáo",
    incompleteNote: "Ghi chú khi nộp chưa đủ chỉ tiêu",
    incompleteHint: "Để nộp khi còn chỉ tiêu chưa có số liệu, hãy ghi rõ lý do.",
    conflictValue: (value: string, by: string | null) => `Số liệu mới nhất đã được lưu${by ? ` bởi ${by}` : ""}: ${value}. Kiểm tra lại rồi lưu để ghi đè bằng số của bạn.`,
    history: "Lịch sử thay đổi",
    noHistory: "Chưa có thay đổi nào.",
    defaultSource: "Nguồn chung của báo cáo",
    defaultSourceHint: "Dùng cho mọi số liệu không ghi nguồn riêng; mỗi chỉ tiêu vẫn có thể ghi nguồn khác.",
    pillars: "Các trụ cột",
    filled: (filled: number, total: number) => `${filled}/${total}`,
    filledLong: (filled: number, total: number) => `Đã nhập ${filled}/${total} chỉ tiêu bắt buộc của kỳ này`,
    optional: "Không bắt buộc trong kỳ này",
    willStore: (value: string) => `Sẽ lưu: ${value}`,
    confirmTitle: "Nộp báo cáo để lãnh đạo duyệt?",
    confirmMissing: (missing: number) => `Còn ${missing} chỉ tiêu bắt buộc chưa có số liệu. Hãy ghi lý do trong ô ghi chú trước khi nộp.`,
    confirmComplete: "Đã nhập đủ các chỉ tiêu bắt buộc.",
    confirmLocked: "Sau khi nộp, số liệu không sửa được nữa trừ khi lãnh đạo trả lại.",
    confirmSubmit: "Xác nhận nộp",
    writeReason: "Ghi lý do",
    /** The staff's reason for submitting with figures missing, shown to the official and kept for the next submission. */
    submitNote: (by: string | null) => `Ghi chú khi nộp chưa đủ chỉ tiêu${by ? ` (${by})` : ""}`,
    cancel: "Quay lại sửa",
    /** The review sheet's verdict for a target of a year after the unit ended. */
    passedOn: (year: number) => `Mục tiêu năm ${year} chuyển sang đơn vị tiếp nối; không đánh giá cho đơn vị đã sáp nhập.`,
    /** The entry schema's words; numbers come already written ("1.506", "66,2"). */
    errors: {
      province: "Tỉnh không hợp lệ.",
      period: "Kỳ báo cáo phải là một quý, nửa năm hoặc năm, ví dụ 2025-Q1, 2025-H1 hoặc 2025.",
      unknownIndicator: "Chỉ tiêu không tồn tại.",
      duplicateIndicator: "Chỉ tiêu này bị nhập hai lần.",
      notANumber: "Giá trị không phải là số hợp lệ (ví dụ 66,2).",
      tooLarge: "Giá trị quá lớn.",
      PERCENT: "Tỷ lệ phải nằm trong khoảng 0–100%.",
      POINTS: "Điểm phải nằm trong khoảng 0–100.",
      COUNT: "Số lượng phải là số nguyên không âm.",
      RANK: "Thứ hạng phải là số nguyên dương.",
      SCORE: "Điểm phải nằm trong khoảng 0–1.",
      sourceRequired: "Cần ghi nguồn cho số liệu này.",
      sourceTooLong: (max: string) => `Nguồn không được dài quá ${max} ký tự.`,
      noteTooLong: (max: string) => `Ghi chú không được dài quá ${max} ký tự.`,
      version: "Phiên bản số liệu không hợp lệ. Hãy tải lại trang.",
      between: (min: string, max: string) => `Giá trị phải nằm trong khoảng ${min}–${max}.`,
      atLeast: (min: string) => `Giá trị không được nhỏ hơn ${min}.`,
      atMost: (max: string) => `Giá trị không được lớn hơn ${max}.`,
      missing: (missing: number) => `Còn ${missing} chỉ tiêu chưa nhập. Nhập đủ hoặc ghi chú lý do nộp khi chưa đủ.`,
      /** A big jump from the latest earlier figure: `percent` is null when that figure was 0. */
      largeChange: (percent: string | null, against: string, before: string, rose: boolean, next: string) =>
        `Thay đổi ${percent === null ? "" : `${percent}% `}so với ${lowerFirst(against)} (từ ${before} ${rose ? "lên" : "xuống"} ${next}). Hãy kiểm tra lại.`,
    },
  },
};

export const en: typeof vi = {
  workHome: {
    heading: "Reports by period",
    quarter: "Reporting period",
    open: "Open report",
    cannotOpen: "This report cannot be opened: choose a unit you work on and a reporting period from the lists.",
    todo: "To do",
    todoEmpty: "No reports are waiting for you.",
    todoKinds: {
      RETURNED: "Returned: correct and submit again",
      DRAFT: "Draft: not submitted",
      SUBMITTED: "Submitted: awaiting review",
      APPROVED: "Approved: not yet published",
      NOT_STARTED: "Not started: no figures entered",
    },
    todoDue: (state: DueState, due: string) =>
      state.kind === "OVERDUE"
        ? `${state.days} ${plural(state.days, "day", "days")} overdue (due ${due})`
        : state.kind === "DUE_TODAY"
          ? `Due today (${due})`
          : `Due ${due} — ${state.daysLeft} ${plural(state.daysLeft, "day", "days")} left`,
    returnedBecause: (comment: string) => `Reason for returning: ${comment}`,
    reports: "Reports",
    none: "No reports yet.",
    figures: "Indicators entered",
  },
  deadline: {
    dates: (cutoff: string, due: string) => `Figures up to the end of ${cutoff} · Due for review by ${due}`,
    state: (state: DueState) =>
      state.kind === "OVERDUE"
        ? `${state.days} ${plural(state.days, "day", "days")} overdue`
        : state.kind === "DUE_TODAY"
          ? "due today"
          : `${state.daysLeft} ${plural(state.daysLeft, "day", "days")} left`,
    submitted: (on: string, daysLate: number) => `Submitted for review on ${on}, ${daysLate > 0 ? `${daysLate} ${plural(daysLate, "day", "days")} late` : "on time"}`,
  },
  entry: {
    unit: "Unit",
    previous: (period: string) => `Earlier figure (${period})`,
    previousColumn: "Earlier figure",
    lastPublished: "Last published",
    save: "Save draft",
    submit: "Submit report",
    incompleteNote: "Note for submitting with indicators missing",
    incompleteHint: "To submit while some indicators still have no data, state the reason clearly.",
    conflictValue: (value: string, by: string | null) =>
      `The latest figure was saved${by ? ` by ${by}` : ""}: ${value}. Check it, then save to overwrite it with your figure.`,
    history: "Change history",
    noHistory: "No changes yet.",
    defaultSource: "General source for the report",
    defaultSourceHint: "Used for every figure that does not give its own source; any indicator can still cite a different source.",
    pillars: "Pillars",
    filled: (filled: number, total: number) => `${filled}/${total}`,
    filledLong: (filled: number, total: number) => `${filled}/${total} required ${plural(total, "indicator", "indicators")} entered for this period`,
    optional: "Not required for this period",
    willStore: (value: string) => `Will be saved as: ${value}`,
    confirmTitle: "Submit the report for approval?",
    confirmMissing: (missing: number) =>
      `${missing} required ${plural(missing, "indicator still has", "indicators still have")} no data. Give the reason in the note field before submitting.`,
    confirmComplete: "All required indicators have been entered.",
    confirmLocked: "Once the report is submitted, its figures cannot be edited unless an official returns it.",
    confirmSubmit: "Confirm submission",
    writeReason: "Write the reason",
    submitNote: (by: string | null) => `Note on submitting with indicators missing${by ? ` (${by})` : ""}`,
    cancel: "Go back and edit",
    passedOn: (year: number) => `The ${year} target passed to the unit that carries it on; it is not assessed for a unit merged away.`,
    errors: {
      province: "Invalid province.",
      period: "The reporting period must be a quarter, a half-year or a year, for example 2025-Q1, 2025-H1 or 2025.",
      unknownIndicator: "This indicator does not exist.",
      duplicateIndicator: "This indicator was entered twice.",
      notANumber: "The value is not a valid number (for example 66.2).",
      tooLarge: "The value is too large.",
      PERCENT: "A rate must be between 0 and 100%.",
      POINTS: "A score must be between 0 and 100.",
      COUNT: "A count must be a whole number, not negative.",
      RANK: "A rank must be a positive whole number.",
      SCORE: "A score must be between 0 and 1.",
      sourceRequired: "Give the source of this figure.",
      sourceTooLong: (max: string) => `The source cannot be longer than ${max} characters.`,
      noteTooLong: (max: string) => `The note cannot be longer than ${max} characters.`,
      version: "The figure's version is not valid. Reload the page.",
      between: (min: string, max: string) => `The value must be between ${min} and ${max}.`,
      atLeast: (min: string) => `The value cannot be less than ${min}.`,
      atMost: (max: string) => `The value cannot be more than ${max}.`,
      missing: (missing: number) =>
        `${missing} ${plural(missing, "indicator has", "indicators have")} not been entered. Enter them all, or give the reason for submitting without them.`,
      largeChange: (percent: string | null, against: string, before: string, rose: boolean, next: string) =>
        `A change ${percent === null ? "" : `of ${percent}% `}from ${against} (${rose ? "up" : "down"} from ${before} to ${next}). Please check it.`,
    },
  },
};
