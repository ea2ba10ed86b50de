// The reporting cycle of one quarter, with the clock set and the mail going
// to a real SMTP server this file starts: the report falls due and staff are
// reminded, staff submit and the unit's official is mailed, the official
// returns it and staff are mailed, the report goes overdue, staff fix and
// resubmit, the official approves and publishes. Also: a mail server that
// fails delays the mail but not the step, and nobody outside the unit hears
// of it.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";
import type { SMTPServer } from "smtp-server";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("reporting-cycle");
});

const smtp = await vi.hoisted(async () => {
  const { SMTPServer } = await import("smtp-server");
  const { simpleParser } = await import("mailparser");
  const inbox: Array<{ to: string[]; subject: string; text: string }> = [];
  const state = { refuse: false };
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(state.refuse ? Object.assign(new Error("mailbox unavailable"), { responseCode: 450 }) : undefined);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port)));
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Theo dõi chuyển đổi số <khongtraloi@dti.example.gov.vn>";
  process.env.APP_URL = "https://dti.example.gov.vn";
  return { server, inbox, state };
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { saveReport } from "@/features/entry/actions";
import { reviewReport } from "@/features/review/actions";
import { deliverPending, queueReminders } from "@/features/mail/service";
import { db } from "@/lib/server/db";
import type { SignedInUser } from "@/lib/server/session";
import { actAs, entryForm, IDLE_ENTRY, IDLE_REVIEW, makeUser, redirectOf, reportOf, reviewForm } from "./action-fixtures";
import { indicatorIdOf, provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const PERIOD = "2026-Q3"; // ends 30 September 2026; due 15 October by default, reminders from the 12th
const LINK = "https://dti.example.gov.vn/work/reports/an-giang-2025/2026-Q3";

let anGiang: number;
let smartphone: number;
let staff: SignedInUser;
let quietStaff: SignedInUser; // turned reminders off
let official: SignedInUser;
let otherOfficial: SignedInUser; // Cần Thơ
let otherStaff: SignedInUser; // Cần Thơ

/** The clock of everything in this file, set to an instant in Vietnam (UTC+7). */
function at(vietnamTime: string) {
  vi.setSystemTime(new Date(`${vietnamTime}+07:00`));
}

/** The mails that reached `person`, and waits (briefly) for `count` of them to have arrived. */
async function mailTo(person: SignedInUser, count: number) {
  await vi.waitFor(() => expect(smtp.inbox.filter((m) => m.to.includes(person.email)).length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 50 });
  return smtp.inbox.filter((m) => m.to.includes(person.email));
}

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  vi.useFakeTimers({ toFake: ["Date"] });
  at("2026-10-01T09:00:00");
  [anGiang, smartphone] = await Promise.all([provinceIdOf("an-giang-2025"), indicatorIdOf("SOC_SMARTPHONE")]);
  staff = await makeUser({ email: "cycle-staff-ag@test.vn", name: "Nguyễn Thị Lan", role: "STAFF", province: "an-giang-2025" });
  quietStaff = await makeUser({ email: "cycle-quiet-ag@test.vn", name: "Phạm Văn Yên", role: "STAFF", province: "an-giang-2025" });
  official = await makeUser({ email: "cycle-official-ag@test.vn", name: "Trần Văn Bình", role: "OFFICIAL", province: "an-giang-2025" });
  otherOfficial = await makeUser({ email: "cycle-official-ct@test.vn", name: "Lê Thị Cúc", role: "OFFICIAL", province: "can-tho-2025" });
  otherStaff = await makeUser({ email: "cycle-staff-ct@test.vn", name: "Võ Văn Đức", role: "STAFF", province: "can-tho-2025" });
  await db.user.update({ where: { id: quietStaff.id }, data: { emailReminders: false } });
  // Only this file's people: the seeded demo accounts keep their reminders out of the count.
  await db.user.updateMany({ where: { email: { notIn: [staff, quietStaff, official, otherOfficial, otherStaff].map((p) => p.email) } }, data: { emailReminders: false } });
});

afterAll(async () => {
  vi.useRealTimers();
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  await closeSnapshot(isolated, db);
});

async function submit(note: string, value: string, version = 0) {
  actAs(staff);
  const form = entryForm({ provinceId: anGiang, period: PERIOD, intent: "submit", incompleteNote: note, figures: [{ indicatorId: smartphone, value, source: "Báo cáo quý 3/2026 của Sở Khoa học và Công nghệ", version }] });
  return redirectOf(saveReport(IDLE_ENTRY, form));
}

async function review(action: "return" | "approve" | "publish", reason = "") {
  actAs(official);
  const report = (await reportOf(anGiang, PERIOD))!;
  return redirectOf(reviewReport(IDLE_REVIEW, reviewForm(report.id, action, reason)));
}

describe("one quarter's report, from due to published", () => {
  it("sends nothing before the reminder day, then reminds the unit's staff who keep reminders on, once", async () => {
    expect(await queueReminders(new Date())).toBe(0);

    at("2026-10-12T08:00:00");
    expect(await queueReminders(new Date())).toBe(2); // An Giang's staff and Cần Thơ's
    expect(await queueReminders(new Date())).toBe(0);
    expect(await deliverPending(new Date())).toEqual({ sent: 2, failed: 0 });

    const reminder = (await mailTo(staff, 1))[0]!;
    expect(reminder.subject).toBe("[Chuyển đổi số] An Giang (từ 01/7/2025) — Quý 3/2026: hạn gửi báo cáo ngày 15/10/2026");
    expect(reminder.text).toContain("Kính gửi Nguyễn Thị Lan,");
    expect(reminder.text).toContain("chậm nhất ngày 15/10/2026, còn 3 ngày");
    expect(reminder.text).toContain(`Mở báo cáo: ${LINK}`);
    expect(reminder.text).toContain("Tắt thư nhắc hạn: https://dti.example.gov.vn/work/account");
    const theirs = (await mailTo(otherStaff, 1))[0]!;
    expect(theirs.subject).toContain("Thành phố Cần Thơ (từ 01/7/2025)");
    expect(theirs.subject).not.toContain("An Giang");
  });

  it("mails the unit's official when staff submit, with the note on missing figures", async () => {
    at("2026-10-14T15:30:00");
    expect(await submit("Chưa có số liệu của Sở Công Thương", "71")).toBe(`/work/reports/an-giang-2025/${PERIOD}?submitted=1`);
    const mail = (await mailTo(official, 1))[0]!;
    expect(mail.subject).toBe("[Chuyển đổi số] An Giang (từ 01/7/2025) — Quý 3/2026: báo cáo chờ duyệt");
    expect(mail.text).toContain("Nguyễn Thị Lan đã gửi báo cáo quý 3/2026 của An Giang (từ 01/7/2025) để duyệt.");
    expect(mail.text).toContain("Ghi chú của người gửi: Chưa có số liệu của Sở Công Thương");
    expect(mail.text).toContain(`Mở báo cáo: ${LINK}`);
  });

  it("mails the person who submitted when the official returns it, with the official's comment", async () => {
    await review("return", "Kiểm tra lại tỷ lệ điện thoại thông minh");
    const returned = (await mailTo(staff, 2))[1]!;
    expect(returned.subject).toBe("[Chuyển đổi số] An Giang (từ 01/7/2025) — Quý 3/2026: báo cáo bị trả lại");
    expect(returned.text).toContain("Trần Văn Bình đã trả lại báo cáo quý 3/2026 của An Giang (từ 01/7/2025) để sửa.");
    expect(returned.text).toContain("Ý kiến của người duyệt: Kiểm tra lại tỷ lệ điện thoại thông minh");
  });

  it("tells staff the day after the due date that the returned report is overdue", async () => {
    at("2026-10-16T08:00:00");
    expect(await queueReminders(new Date())).toBe(2); // An Giang's returned report and Cần Thơ's unsent one
    await deliverPending(new Date());
    const overdue = (await mailTo(staff, 3))[2]!;
    expect(overdue.subject).toBe("[Chuyển đổi số] An Giang (từ 01/7/2025) — Quý 3/2026: báo cáo quá hạn 1 ngày");
    expect(overdue.text).toContain("đã quá hạn 1 ngày (hạn gửi ngày 15/10/2026) mà chưa được gửi duyệt");
  });

  it("mails again on resubmission, then on approval and publication", async () => {
    const figure = await db.observation.findFirstOrThrow({ where: { provinceId: anGiang, indicatorId: smartphone, period: PERIOD }, select: { version: true } });
    await submit("Chưa có số liệu của Sở Công Thương", "72", figure.version);
    expect((await mailTo(official, 2)).map((m) => m.subject.split(": ")[1])).toEqual(["báo cáo chờ duyệt", "báo cáo chờ duyệt"]);

    await review("approve");
    await review("publish");
    const mails = await mailTo(staff, 5);
    expect(mails.map((m) => m.subject.split(": ")[1])).toEqual([
      "hạn gửi báo cáo ngày 15/10/2026",
      "báo cáo bị trả lại",
      "báo cáo quá hạn 1 ngày",
      "báo cáo đã được duyệt",
      "số liệu đã được công bố",
    ]);
    expect(mails[4]!.text).toContain("Trần Văn Bình đã công bố báo cáo quý 3/2026 của An Giang (từ 01/7/2025). Số liệu nay hiển thị công khai");
    expect(await reportOf(anGiang, PERIOD)).toMatchObject({ status: "PUBLISHED" });
  });

  it("told nobody outside the unit, and nothing to staff who turned reminders off", async () => {
    const anGiangPeople = new Set([staff.email, official.email]);
    const aboutAnGiang = smtp.inbox.filter((m) => m.subject.includes("An Giang"));
    expect(aboutAnGiang.length).toBe(7);
    for (const mail of aboutAnGiang) expect(mail.to.every((address) => anGiangPeople.has(address)), mail.subject).toBe(true);
    expect(smtp.inbox.filter((m) => m.to.includes(otherOfficial.email))).toEqual([]);
    expect(smtp.inbox.filter((m) => m.to.includes(quietStaff.email))).toEqual([]);
    expect(await db.outboxMail.count({ where: { status: { not: "SENT" } } })).toBe(0);
  });
});

describe("a mail server that fails", () => {
  it("neither blocks nor undoes the step; the mail waits and goes out on a later attempt", async () => {
    const period = "2026-Q2";
    at("2026-10-20T10:00:00");
    smtp.state.refuse = true;
    actAs(otherStaff);
    const canTho = await provinceIdOf("can-tho-2025");
    const form = entryForm({ provinceId: canTho, period, intent: "submit", incompleteNote: "Còn thiếu", figures: [{ indicatorId: smartphone, value: "66", source: "Báo cáo quý 2/2026" }] });
    await redirectOf(saveReport(IDLE_ENTRY, form));
    expect(await reportOf(canTho, period)).toMatchObject({ status: "SUBMITTED" });

    const waiting = () => db.outboxMail.findFirstOrThrow({ where: { toUserId: otherOfficial.id, period } });
    await vi.waitFor(async () => expect((await waiting()).lastError).toContain("mailbox unavailable"), { timeout: 10_000, interval: 50 });
    expect(await waiting()).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    // Not again before its pause is over.
    expect(await deliverPending(new Date())).toEqual({ sent: 0, failed: 0 });

    smtp.state.refuse = false;
    at("2026-10-20T10:01:30");
    expect(await deliverPending(new Date())).toEqual({ sent: 1, failed: 0 });
    expect(await waiting()).toMatchObject({ status: "SENT", attempts: 2 });
    const mail = (await mailTo(otherOfficial, 1))[0]!;
    expect(mail.subject).toBe("[Chuyển đổi số] Thành phố Cần Thơ (từ 01/7/2025) — Quý 2/2026: báo cáo chờ duyệt");
  });
});
