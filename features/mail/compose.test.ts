import { describe, expect, it } from "vitest";
import { composeMail, type MailContext } from "@/features/mail/compose";

const context: MailContext = {
  recipientName: "Nguyễn Thị Lan",
  unitName: "An Giang",
  period: "2026-Q3",
  link: "https://dti.example.gov.vn/work/reports/an-giang-2025/2026-Q3",
  settingsLink: "https://dti.example.gov.vn/work/account",
};

describe("composeMail", () => {
  it("names the unit, the period in words, the person who acted and the link", () => {
    const mail = composeMail({ kind: "SUBMITTED", actorName: "Trần Văn Bình", comment: "Thiếu 3 chỉ tiêu: chưa có số liệu của Sở" }, context);
    expect(mail.subject).toBe("[Chuyển đổi số] An Giang — Quý 3/2026: báo cáo chờ duyệt");
    expect(mail.body.split("\n").slice(0, 4)).toEqual([
      "Kính gửi Nguyễn Thị Lan,",
      "",
      "Trần Văn Bình đã gửi báo cáo quý 3/2026 của An Giang để duyệt.",
      "Ghi chú của người gửi: Thiếu 3 chỉ tiêu: chưa có số liệu của Sở",
    ]);
    expect(mail.body).toContain(`Mở báo cáo: ${context.link}`);
    expect(mail.body).not.toContain("Tắt thư nhắc hạn");
  });

  it("gives a return the reviewer's comment", () => {
    const mail = composeMail({ kind: "RETURNED", actorName: "Lê Minh", comment: "Kiểm tra lại tỷ lệ hồ sơ trực tuyến" }, context);
    expect(mail.subject).toContain("báo cáo bị trả lại");
    expect(mail.body).toContain("Lê Minh đã trả lại báo cáo quý 3/2026 của An Giang để sửa.");
    expect(mail.body).toContain("Ý kiến của người duyệt: Kiểm tra lại tỷ lệ hồ sơ trực tuyến");
  });

  it("tells of a due date with the days left and the cut-off, and how to stop reminders", () => {
    const mail = composeMail({ kind: "REMINDER", due: new Date("2026-10-15T00:00:00Z"), cutoff: new Date("2026-09-14T00:00:00Z"), daysLeft: 3 }, context);
    expect(mail.subject).toBe("[Chuyển đổi số] An Giang — Quý 3/2026: hạn gửi báo cáo ngày 15/10/2026");
    expect(mail.body).toContain("Báo cáo quý 3/2026 của An Giang cần được gửi duyệt chậm nhất ngày 15/10/2026, còn 3 ngày.");
    expect(mail.body).toContain("Số liệu tính đến hết ngày 14/9/2026.");
    expect(mail.body).toContain(`Tắt thư nhắc hạn: ${context.settingsLink}`);
  });

  it("counts the days a report is overdue", () => {
    const mail = composeMail({ kind: "OVERDUE", due: new Date("2026-10-15T00:00:00Z"), days: 1 }, context);
    expect(mail.subject).toBe("[Chuyển đổi số] An Giang — Quý 3/2026: báo cáo quá hạn 1 ngày");
    expect(mail.body).toContain("Báo cáo quý 3/2026 của An Giang đã quá hạn 1 ngày (hạn gửi ngày 15/10/2026) mà chưa được gửi duyệt.");
  });

  it("says someone acted when the person is gone, never 'null'", () => {
    expect(composeMail({ kind: "APPROVED", actorName: null, comment: null }, context).body).toContain("Một người dùng đã duyệt");
  });
});
