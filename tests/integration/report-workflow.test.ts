// A report's life through the review action against the real database: locked
// once approved, only legal moves, reasons where work is undone, and figures
// public exactly while their report is published. Periods: An Giang 2018-Q4
// and 2019-Q4 (2018-Q2 for the long reason), Hậu Giang 2018-Q1 and 2019-Q4.
import { describe, it, expect, vi, beforeAll, afterAll, beforeEach } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("report-workflow");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { revalidatePath, revalidateTag } from "next/cache";
import { saveReport } from "@/features/entry/actions";
import { reviewReport } from "@/features/review/actions";
import { getScorecard } from "@/features/public-pages/scorecard";
import { db } from "@/lib/server/db";
import { vi as m } from "@/lib/i18n/messages";
import type { SignedInUser } from "@/lib/server/session";
import {
  actAs,
  auditSince,
  entryForm,
  expectOnlyRefusals,
  IDLE_ENTRY,
  IDLE_REVIEW,
  lastAuditId,
  makeUser,
  observationOf,
  redirectOf,
  reportOf,
  reviewForm,
  rowCounts,
} from "./action-fixtures";
import { indicatorIdOf, provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

let anGiang: number;
let hauGiang: number;
let smartphone: number;
let telehealth: number; // no seeded figure for An Giang, so ours is the latest
let staffAG: SignedInUser;
let staffHG: SignedInUser;
let officialAG: SignedInUser;
let officialHG: SignedInUser;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  [anGiang, hauGiang, smartphone, telehealth] = await Promise.all([
    provinceIdOf("an-giang"),
    provinceIdOf("hau-giang"),
    indicatorIdOf("SOC_SMARTPHONE"),
    indicatorIdOf("SOC_TELEHEALTH"),
  ]);
  staffAG = await makeUser({ email: "it-workflow-staff-ag@test.vn", name: "Cán bộ An Giang", role: "STAFF", province: "an-giang" });
  staffHG = await makeUser({ email: "it-workflow-staff-hg@test.vn", name: "Cán bộ Hậu Giang", role: "STAFF", province: "hau-giang" });
  officialAG = await makeUser({ email: "it-workflow-official-ag@test.vn", name: "Lãnh đạo An Giang", role: "OFFICIAL", province: "an-giang" });
  officialHG = await makeUser({ email: "it-workflow-official-hg@test.vn", name: "Lãnh đạo Hậu Giang", role: "OFFICIAL", province: "hau-giang" });
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  vi.mocked(revalidateTag).mockClear();
});

const SOURCE = "Báo cáo của Sở";

async function save(staff: SignedInUser, provinceId: number, period: string, args: { indicatorId?: number; value: string; version?: number; submit?: boolean }) {
  actAs(staff);
  const form = entryForm({
    provinceId,
    period,
    intent: args.submit ? "submit" : "save",
    incompleteNote: args.submit ? "Chưa đủ chỉ tiêu" : "",
    figures: [{ indicatorId: args.indicatorId ?? smartphone, value: args.value, source: SOURCE, version: args.version ?? 0 }],
  });
  return saveReport(IDLE_ENTRY, form);
}

async function review(official: SignedInUser, reportId: number, action: Parameters<typeof reviewForm>[1], reason = "") {
  actAs(official);
  return reviewReport(IDLE_REVIEW, reviewForm(reportId, action, reason));
}

/** A refusal that is not about who asks: nothing at all is stored, not even an audit event. */
/** Nothing stored but, when given, the audited refusal. */
async function expectNothingStored<T>(act: () => Promise<T>, refusal?: "report.locked"): Promise<T> {
  const before = await rowCounts();
  const since = await lastAuditId();
  const result = await act();
  await expectOnlyRefusals(before, since, refusal ? [refusal] : []);
  return result;
}

describe("editing", () => {
  it("is locked while submitted and once approved, and open again after unapproving", async () => {
    const period = "2018-Q4";
    await redirectOf(save(staffAG, anGiang, period, { value: "61", submit: true }));
    const report = (await reportOf(anGiang, period))!;

    const whileSubmitted = await expectNothingStored(() => save(staffAG, anGiang, period, { value: "62", version: 1 }), "report.locked");
    expect(whileSubmitted).toMatchObject({ status: "locked", message: m.work.locked });

    await redirectOf(review(officialAG, report.id, "approve"));
    const whileApproved = await expectNothingStored(() => save(staffAG, anGiang, period, { value: "62", version: 1 }), "report.locked");
    expect(whileApproved.status).toBe("locked");
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 61, version: 1 });
    expect((await reportOf(anGiang, period))?.status).toBe("APPROVED");

    // Correcting approved figures means handing the report back, with a reason.
    const noReason = await expectNothingStored(() => review(officialAG, report.id, "unapprove", "  "));
    expect(noReason).toEqual({ error: null, reasonError: m.review.reasonRequired, reason: "" });
    const reason = "Cần sửa tỷ lệ điện thoại thông minh";
    await redirectOf(review(officialAG, report.id, "unapprove", reason));
    expect(await reportOf(anGiang, period)).toMatchObject({ status: "RETURNED", approvedAt: null, comment: reason });

    await redirectOf(save(staffAG, anGiang, period, { value: "62", version: 1 }));
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 62, version: 2, enteredById: staffAG.id });
  });
});

describe("illegal moves", () => {
  it("are refused with the report's status unchanged", async () => {
    const period = "2019-Q4";
    await redirectOf(save(staffHG, hauGiang, period, { value: "50" }));
    const draft = (await reportOf(hauGiang, period))!;

    for (const action of ["approve", "publish", "return"] as const) {
      const result = await expectNothingStored(() => review(officialHG, draft.id, action, "lý do"));
      expect(result, action).toEqual({ error: m.review.illegal(m.reportStatus.DRAFT), reasonError: null, reason: "lý do" });
    }
    expect(await reportOf(hauGiang, period)).toMatchObject({ status: "DRAFT", version: draft.version });

    await redirectOf(save(staffHG, hauGiang, period, { value: "50", version: 1, submit: true }));
    const submitted = (await reportOf(hauGiang, period))!;
    for (const action of ["publish", "unpublish", "unapprove"] as const) {
      const result = await expectNothingStored(() => review(officialHG, submitted.id, action, "lý do"));
      expect(result.error, action).toBe(m.review.illegal(m.reportStatus.SUBMITTED));
    }
    expect(await reportOf(hauGiang, period)).toMatchObject({ status: "SUBMITTED", version: submitted.version, approvedAt: null, publishedAt: null });
  });
});

describe("returning", () => {
  it("needs a reason, keeps it as the comment and lets staff edit and resubmit", async () => {
    const period = "2018-Q1";
    await redirectOf(save(staffHG, hauGiang, period, { value: "58", submit: true }));
    const report = (await reportOf(hauGiang, period))!;

    for (const blank of ["", "   "]) {
      const result = await expectNothingStored(() => review(officialHG, report.id, "return", blank));
      expect(result).toMatchObject({ error: null, reasonError: m.review.reasonRequired });
    }
    expect((await reportOf(hauGiang, period))?.status).toBe("SUBMITTED");

    const reason = "Thiếu nguồn cho tỷ lệ điện thoại thông minh";
    const since = await lastAuditId();
    expect(await redirectOf(review(officialHG, report.id, "return", reason))).toBe("/work/reports/hau-giang/2018-Q1?done=return");
    expect(await reportOf(hauGiang, period)).toMatchObject({ status: "RETURNED", comment: reason, version: report.version + 1 });
    expect(await auditSince(since)).toMatchObject([
      { action: "report.return", actorId: officialHG.id, reportId: report.id, oldValue: "SUBMITTED", newValue: "RETURNED", reason },
    ]);

    await redirectOf(save(staffHG, hauGiang, period, { value: "59", version: 1 }));
    expect(await observationOf(hauGiang, smartphone, period)).toMatchObject({ value: 59, version: 2 });
    expect((await reportOf(hauGiang, period))?.status).toBe("RETURNED");

    const resubmitAt = await lastAuditId();
    await redirectOf(save(staffHG, hauGiang, period, { value: "59", version: 2, submit: true }));
    expect((await reportOf(hauGiang, period))?.status).toBe("SUBMITTED");
    expect(await auditSince(resubmitAt)).toMatchObject([{ action: "report.submit", oldValue: "RETURNED", newValue: "SUBMITTED" }]);
  });
});

describe("publishing", () => {
  async function telehealthRow() {
    const scorecard = await getScorecard("an-giang", new Date());
    const row = scorecard?.pillars.flatMap((p) => p.rows).find((r) => r.indicator.code === "SOC_TELEHEALTH");
    if (!row) throw new Error("An Giang's scorecard has no SOC_TELEHEALTH row");
    return row;
  }

  it("shows the figure on the public scorecard only while the report is published", async () => {
    const period = "2019-Q4";
    expect((await telehealthRow()).observations).toEqual([]);

    await redirectOf(save(staffAG, anGiang, period, { indicatorId: telehealth, value: "35,5", submit: true }));
    const report = (await reportOf(anGiang, period))!;
    expect((await telehealthRow()).observations).toEqual([]);

    await redirectOf(review(officialAG, report.id, "approve"));
    expect((await telehealthRow()).observations).toEqual([]);
    // Approving changes nothing public: the published caches stay.
    expect(revalidateTag).not.toHaveBeenCalled();

    expect(await redirectOf(review(officialAG, report.id, "publish"))).toBe("/work/reports/an-giang/2019-Q4?done=publish");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    // Every published read is dropped from the data cache at once, not served stale while it refreshes.
    expect(revalidateTag).toHaveBeenCalledWith("published", { expire: 0 });
    const published = await reportOf(anGiang, period);
    expect(published?.status).toBe("PUBLISHED");
    expect(published?.publishedAt).toBeInstanceOf(Date);
    const row = await telehealthRow();
    expect(row.observations).toMatchObject([{ period, value: 35.5, source: { title: SOURCE } }]);
    expect(row.assessment.latest).toMatchObject({ period, value: 35.5 });

    // Published figures are locked too.
    expect((await expectNothingStored(() => save(staffAG, anGiang, period, { indicatorId: telehealth, value: "36", version: 1 }), "report.locked")).status).toBe("locked");

    const noReason = await expectNothingStored(() => review(officialAG, report.id, "unpublish"));
    expect(noReason.reasonError).toBe(m.review.reasonRequired);
    expect((await reportOf(anGiang, period))?.status).toBe("PUBLISHED");
    expect((await telehealthRow()).observations).toHaveLength(1);

    const reason = "Số liệu cần được rà soát lại";
    const since = await lastAuditId();
    vi.mocked(revalidatePath).mockClear();
    vi.mocked(revalidateTag).mockClear();
    await redirectOf(review(officialAG, report.id, "unpublish", reason));
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(revalidateTag).toHaveBeenCalledWith("published", { expire: 0 });
    expect(await reportOf(anGiang, period)).toMatchObject({ status: "APPROVED", publishedAt: null, comment: reason });
    expect(await auditSince(since)).toMatchObject([
      { action: "report.unpublish", actorId: officialAG.id, reportId: report.id, oldValue: "PUBLISHED", newValue: "APPROVED", reason },
    ]);
    const withdrawn = await telehealthRow();
    expect(withdrawn.observations).toEqual([]);
    expect(withdrawn.assessment.latest).toBeNull();
  });
});

describe("a long reason", () => {
  it("is a message at the reason field, not a refusal, and nothing moves", async () => {
    const period = "2018-Q2";
    await redirectOf(save(staffAG, anGiang, period, { value: "61", submit: true }));
    const report = (await reportOf(anGiang, period))!;
    const tooLong = "x".repeat(1001);
    const result = await expectNothingStored(() => review(officialAG, report.id, "return", tooLong));
    expect(result).toMatchObject({ error: null, reasonError: m.review.reasonTooLong(1000), reason: tooLong });
    expect((await reportOf(anGiang, period))?.status).toBe("SUBMITTED");
  });
});
