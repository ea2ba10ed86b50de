// Who may enter and review figures, checked through the server actions against
// the real database: every refusal stores nothing but an "access.denied" audit
// event, and each "may not" has its "may" next to it.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("authorization-rules");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { z } from "zod";
import { guarded } from "@/lib/server/guard";
import { saveReport } from "@/features/entry/actions";
import { reviewReport } from "@/features/review/actions";
import { DENIALS_PER_PERSON_PER_HOUR } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { vi as m } from "@/lib/i18n/messages";
import type { SignedInUser } from "@/lib/server/session";
import {
  actAs,
  auditSince,
  entryForm,
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
let kienGiang: number;
let smartphone: number;
let staffAG: SignedInUser;
let staffHG: SignedInUser;
let officialAG: SignedInUser;
let officialHG: SignedInUser;
let admin: SignedInUser;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  [anGiang, hauGiang, kienGiang, smartphone] = await Promise.all([
    provinceIdOf("an-giang"),
    provinceIdOf("hau-giang"),
    provinceIdOf("kien-giang"),
    indicatorIdOf("SOC_SMARTPHONE"),
  ]);
  staffAG = await makeUser({ email: "it-authz-staff-ag@test.vn", name: "Cán bộ An Giang", role: "STAFF", province: "an-giang" });
  staffHG = await makeUser({ email: "it-authz-staff-hg@test.vn", name: "Cán bộ Hậu Giang", role: "STAFF", province: "hau-giang" });
  officialAG = await makeUser({ email: "it-authz-official-ag@test.vn", name: "Lãnh đạo An Giang", role: "OFFICIAL", province: "an-giang" });
  officialHG = await makeUser({ email: "it-authz-official-hg@test.vn", name: "Lãnh đạo Hậu Giang", role: "OFFICIAL", province: "hau-giang" });
  admin = await makeUser({ email: "it-authz-admin@test.vn", name: "Quản trị", role: "ADMIN", province: null });
  vi.spyOn(console, "warn").mockImplementation(() => {}); // recordDenied also logs each refusal
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

const figure = (value: string) => [{ indicatorId: smartphone, value, source: "Báo cáo của Sở" }];

/** Runs a refused action and checks that it wrote one access.denied event and nothing else. */
async function expectDenied<T>(act: () => Promise<T>, denied: { actorId: number | null; provinceId: number | null; period: string | null; reason: string }): Promise<T> {
  const before = await rowCounts();
  const since = await lastAuditId();
  const result = await act();
  const events = await auditSince(since);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ action: "access.denied", reportId: null, observationId: null, ...denied });
  expect(await rowCounts()).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
  return result;
}

/** A report submitted through the entry form, with one figure. */
async function submitted(staff: SignedInUser, provinceId: number, period: string, value = "60") {
  actAs(staff);
  const form = entryForm({ provinceId, period, intent: "submit", incompleteNote: "Chưa đủ chỉ tiêu", figures: figure(value) });
  await redirectOf(saveReport(IDLE_ENTRY, form));
  const report = await reportOf(provinceId, period);
  expect(report?.status).toBe("SUBMITTED");
  return report!;
}

describe("entering figures", () => {
  it("is refused to staff for another province and allowed for their own", async () => {
    const period = "2019-Q1";
    actAs(staffAG);
    const state = await expectDenied(() => saveReport(IDLE_ENTRY, entryForm({ provinceId: hauGiang, period, figures: figure("61") })), {
      actorId: staffAG.id,
      provinceId: hauGiang,
      period,
      reason: "report.edit",
    });
    expect(state).toMatchObject({ status: "forbidden", message: m.work.forbidden });
    const submit = entryForm({ provinceId: hauGiang, period, intent: "submit", incompleteNote: "x", figures: figure("61") });
    expect((await saveReport(IDLE_ENTRY, submit)).status).toBe("forbidden");
    expect(await reportOf(hauGiang, period)).toBeNull();

    actAs(staffHG);
    expect(await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: hauGiang, period, figures: figure("61") })))).toBe(
      "/work/reports/hau-giang/2019-Q1?saved=1",
    );
    expect(await reportOf(hauGiang, period)).toMatchObject({ status: "DRAFT", createdById: staffHG.id });
    expect(await observationOf(hauGiang, smartphone, period)).toMatchObject({ value: 61, enteredById: staffHG.id });
  });

  it("is refused to officials, even for their own province", async () => {
    const period = "2019-Q3";
    actAs(officialHG);
    for (const intent of ["save", "submit"] as const) {
      const form = entryForm({ provinceId: hauGiang, period, intent, incompleteNote: "x", figures: figure("62") });
      const state = await expectDenied(() => saveReport(IDLE_ENTRY, form), {
        actorId: officialHG.id,
        provinceId: hauGiang,
        period,
        reason: `report.${intent === "save" ? "edit" : "submit"}`,
      });
      expect(state.status).toBe("forbidden");
    }
    expect(await reportOf(hauGiang, period)).toBeNull();
  });

  it("is allowed to an admin for any province", async () => {
    actAs(admin);
    for (const [provinceId, slug] of [
      [hauGiang, "hau-giang"],
      [kienGiang, "kien-giang"],
    ] as const) {
      const period = "2018-Q2";
      expect(await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId, period, figures: figure("63") })))).toBe(`/work/reports/${slug}/${period}?saved=1`);
      expect(await reportOf(provinceId, period)).toMatchObject({ status: "DRAFT", createdById: admin.id });
      expect(await observationOf(provinceId, smartphone, period)).toMatchObject({ value: 63, enteredById: admin.id });
    }
    // An admin may also review.
    const report = await submitted(admin, hauGiang, "2018-Q3");
    actAs(admin);
    await redirectOf(reviewReport(IDLE_REVIEW, reviewForm(report.id, "approve")));
    expect((await reportOf(hauGiang, "2018-Q3"))?.status).toBe("APPROVED");
  });
});

describe("a write that needs a province's permission", () => {
  it("is refused when it names no province, even to an admin, and its work never runs; a system-wide one needs none", async () => {
    const run = vi.fn(async () => "written");
    const validate = () => z.object({}).safeParse({});
    // The types already refuse it; a caller that gets past them (a cast, plain JavaScript) must meet the same refusal at run time.
    // @ts-expect-error a province's permission with no scope loader
    const unscoped = () => guarded({ permissions: ["report.edit"], validate, run });
    const systemWide = (permission: "catalog.manage" | "user.manage") => guarded({ permissions: [permission], validate, run });
    for (const person of [staffAG, admin]) {
      actAs(person);
      const since = await lastAuditId();
      expect(await unscoped()).toEqual({ kind: "forbidden" });
      expect(await auditSince(since)).toMatchObject([{ action: "access.denied", actorId: person.id, provinceId: null, period: null, reason: "report.edit" }]);
    }
    expect(run).not.toHaveBeenCalled();
    actAs(admin);
    for (const permission of ["catalog.manage", "user.manage"] as const) {
      const since = await lastAuditId();
      expect(await systemWide(permission)).toEqual({ kind: "ok", value: "written" });
      expect(await auditSince(since)).toEqual([]);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe("a flood of refusals", () => {
  it(`is recorded up to ${DENIALS_PER_PERSON_PER_HOUR} an hour for a signed-in person, then only logged`, async () => {
    const flooder = await makeUser({ email: "it-authz-flood@test.vn", name: "Cán bộ thử", role: "STAFF", province: "kien-giang" });
    await db.auditEvent.createMany({ data: Array.from({ length: DENIALS_PER_PERSON_PER_HOUR }, () => ({ action: "access.denied", actorId: flooder.id, reason: "report.edit" })) });
    actAs(flooder);
    const before = await rowCounts();
    const state = await saveReport(IDLE_ENTRY, entryForm({ provinceId: hauGiang, period: "2019-Q1", figures: figure("61") }));
    expect(state.status).toBe("forbidden");
    expect(await rowCounts()).toEqual(before);
    // Someone else's refusals are still recorded.
    actAs(staffAG);
    await expectDenied(() => saveReport(IDLE_ENTRY, entryForm({ provinceId: hauGiang, period: "2019-Q1", figures: figure("61") })), {
      actorId: staffAG.id,
      provinceId: hauGiang,
      period: "2019-Q1",
      reason: "report.edit",
    });
  });
});

describe("the public", () => {
  it("may neither enter nor review figures, and is recorded without an actor", async () => {
    const period = "2019-Q2";
    actAs(null);
    const state = await expectDenied(() => saveReport(IDLE_ENTRY, entryForm({ provinceId: hauGiang, period, figures: figure("64") })), {
      actorId: null,
      provinceId: hauGiang,
      period,
      reason: "report.edit",
    });
    expect(state.status).toBe("forbidden");
    expect(await reportOf(hauGiang, period)).toBeNull();

    const report = await submitted(staffHG, hauGiang, period);
    actAs(null);
    for (const [action, reason] of [
      ["approve", ""],
      ["return", "Không đạt"],
    ] as const) {
      const result = await expectDenied(() => reviewReport(IDLE_REVIEW, reviewForm(report.id, action, reason)), {
        actorId: null,
        provinceId: hauGiang,
        period,
        reason: `report.${action} (report ${report.id})`,
      });
      expect(result).toEqual({ error: m.work.forbidden, reasonError: null });
    }
    expect(await reportOf(hauGiang, period)).toMatchObject({ status: "SUBMITTED", version: report.version, approvedAt: null, comment: null });
  });
});

describe("approving", () => {
  it("is refused to staff and to another province's official, and allowed to the province's official", async () => {
    const period = "2018-Q3";
    const report = await submitted(staffAG, anGiang, period);

    for (const who of [staffAG, officialHG]) {
      actAs(who);
      const result = await expectDenied(() => reviewReport(IDLE_REVIEW, reviewForm(report.id, "approve")), {
        actorId: who.id,
        provinceId: anGiang,
        period,
        reason: `report.approve (report ${report.id})`,
      });
      expect(result.error).toBe(m.work.forbidden);
      expect(await reportOf(anGiang, period)).toMatchObject({ status: "SUBMITTED", approvedAt: null, version: report.version });
    }

    actAs(officialAG);
    const since = await lastAuditId();
    expect(await redirectOf(reviewReport(IDLE_REVIEW, reviewForm(report.id, "approve")))).toBe("/work/reports/an-giang/2018-Q3?done=approve");
    const approved = await reportOf(anGiang, period);
    expect(approved).toMatchObject({ status: "APPROVED", version: report.version + 1 });
    expect(approved!.approvedAt).toBeInstanceOf(Date);
    const events = await auditSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "report.approve",
      actorId: officialAG.id,
      provinceId: anGiang,
      reportId: report.id,
      oldValue: "SUBMITTED",
      newValue: "APPROVED",
      reason: null,
    });
  });

  it("of a report that does not exist is refused and recorded", async () => {
    actAs(officialAG);
    const result = await expectDenied(() => reviewReport(IDLE_REVIEW, reviewForm(999_999, "approve")), {
      actorId: officialAG.id,
      provinceId: null,
      period: null,
      reason: "report.approve (report 999999)",
    });
    expect(result.error).toBe(m.work.forbidden);
  });
});
