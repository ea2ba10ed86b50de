// The words of one's own account settings, Vietnamese first. The English has
// the same shape; lib/i18n/messages.ts and lib/i18n/en.ts merge both.

export const vi = {
  account: {
    link: "Tài khoản của tôi",
    heading: "Tài khoản của tôi",
    email: "Email",
    role: "Vai trò",
    unit: "Đơn vị",
    reminders: "Nhận thư nhắc hạn gửi báo cáo",
    remindersHint: "Thư nhắc được gửi tới cán bộ nhập liệu của đơn vị vài ngày trước hạn và khi báo cáo quá hạn. Thư về việc gửi duyệt, trả lại, duyệt và công bố vẫn được gửi.",
    remindersStaffOnly: "Thư nhắc hạn chỉ gửi tới cán bộ nhập liệu; vai trò của bạn không nhận thư nhắc.",
    noMail: "Máy chủ thư chưa được cấu hình: hiện ứng dụng không gửi thư nào.",
    save: "Lưu",
    saved: "Đã lưu.",
  },
};

export const en: typeof vi = {
  account: {
    link: "My account",
    heading: "My account",
    email: "Email",
    role: "Role",
    unit: "Unit",
    reminders: "E-mail me deadline reminders",
    remindersHint: "Reminders go to a unit's data-entry staff a few days before a report is due and when it is overdue. Mail about submissions, returns, approvals and publication is still sent.",
    remindersStaffOnly: "Deadline reminders go to data-entry staff only; your role receives none.",
    noMail: "No mail server is configured: the app sends no mail at the moment.",
    save: "Save",
    saved: "Saved.",
  },
};
