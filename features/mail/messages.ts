// The words of e-mail and of deadlines, Vietnamese first. Mail goes out in
// Vietnamese; the English has the same shape, so a missing or mis-shaped
// entry fails the type check. lib/i18n/messages.ts and lib/i18n/en.ts merge
// both into the catalogues.

export const vi = {
  mail: {
    subjectPrefix: "[Chuyển đổi số]",
    greeting: (name: string) => `Kính gửi ${name},`,
    subject: {
      SUBMITTED: "báo cáo chờ duyệt",
      RETURNED: "báo cáo bị trả lại",
      APPROVED: "báo cáo đã được duyệt",
      PUBLISHED: "số liệu đã được công bố",
      REMINDER: (due: string) => `hạn gửi báo cáo ngày ${due}`,
      OVERDUE: (days: number) => `báo cáo quá hạn ${days} ngày`,
    },
    says: {
      SUBMITTED: (who: string, report: string) => `${who} đã gửi ${report} để duyệt.`,
      RETURNED: (who: string, report: string) => `${who} đã trả lại ${report} để sửa.`,
      APPROVED: (who: string, report: string) => `${who} đã duyệt ${report}. Số liệu chưa công khai cho đến khi được công bố.`,
      PUBLISHED: (who: string, report: string) => `${who} đã công bố ${report}. Số liệu nay hiển thị công khai trên trang của đơn vị.`,
      REMINDER: (report: string, due: string, daysLeft: number) =>
        daysLeft === 0 ? `${report} cần được gửi duyệt trong hôm nay, ${due}.` : `${report} cần được gửi duyệt chậm nhất ngày ${due}, còn ${daysLeft} ngày.`,
      OVERDUE: (report: string, due: string, days: number) => `${report} đã quá hạn ${days} ngày (hạn gửi ngày ${due}) mà chưa được gửi duyệt.`,
    },
    report: (period: string, unit: string) => `báo cáo ${period} của ${unit}`,
    cutoff: (date: string) => `Số liệu tính đến hết ngày ${date}.`,
    reviewerComment: (comment: string) => `Ý kiến của người duyệt: ${comment}`,
    submitNote: (note: string) => `Ghi chú của người gửi: ${note}`,
    open: (link: string) => `Mở báo cáo: ${link}`,
    footer: "Thư gửi tự động từ hệ thống theo dõi chuyển đổi số; xin đừng trả lời thư này.",
    optOut: (link: string) => `Tắt thư nhắc hạn: ${link}`,
    someone: "Một người dùng",
  },
};

export const en: typeof vi = {
  mail: {
    subjectPrefix: "[Digital transformation]",
    greeting: (name: string) => `Dear ${name},`,
    subject: {
      SUBMITTED: "report awaiting review",
      RETURNED: "report returned",
      APPROVED: "report approved",
      PUBLISHED: "figures published",
      REMINDER: (due: string) => `report due on ${due}`,
      OVERDUE: (days: number) => `report ${days} ${days === 1 ? "day" : "days"} overdue`,
    },
    says: {
      SUBMITTED: (who: string, report: string) => `${who} submitted the ${report} for review.`,
      RETURNED: (who: string, report: string) => `${who} returned the ${report} for changes.`,
      APPROVED: (who: string, report: string) => `${who} approved the ${report}. Its figures stay private until published.`,
      PUBLISHED: (who: string, report: string) => `${who} published the ${report}. Its figures are now public on the unit's page.`,
      REMINDER: (report: string, due: string, daysLeft: number) =>
        daysLeft === 0 ? `The ${report} is due for review today, ${due}.` : `The ${report} is due for review by ${due}, in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}.`,
      OVERDUE: (report: string, due: string, days: number) => `The ${report} is ${days} ${days === 1 ? "day" : "days"} overdue (due on ${due}) and has not been submitted.`,
    },
    report: (period: string, unit: string) => `${period} report of ${unit}`,
    cutoff: (date: string) => `Figures are counted up to the end of ${date}.`,
    reviewerComment: (comment: string) => `Reviewer's comment: ${comment}`,
    submitNote: (note: string) => `Note from the sender: ${note}`,
    open: (link: string) => `Open the report: ${link}`,
    footer: "Sent automatically by the digital transformation tracker; please do not reply.",
    optOut: (link: string) => `Turn off deadline reminders: ${link}`,
    someone: "A user",
  },
};
