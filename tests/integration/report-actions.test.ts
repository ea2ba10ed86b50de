// The quarterly entry action against the real database: what a save stores,
// that bad input stores nothing, that versions stop lost updates, and what a
// submission needs, and what a save from the form's script is answered with.
// Staff of An Giang, periods 2019-Q1..Q4 and 2018-Q1..Q4.
import { describe, it, expect, vi, beforeAll, afterAll, beforeEach } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("report-actions");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { revalidatePath } from "next/cache";
import { saveReport } from "@/features/entry/actions";
import { db } from "@/lib/server/db";
import { vi as m } from "@/lib/i18n/messages";
import type { SignedInUser } from "@/lib/server/session";
import { actAs, auditSince, entryForm, expectOnlyRefusals, IDLE_ENTRY, lastAuditId, makeUser, observationOf, redirectOf, reportOf, rowCounts } from "./action-fixtures";
import { indicatorIdOf, provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

let anGiang: number;
let smartphone: number; // PERCENT
let payment: number; // PERCENT
let services: number; // COUNT
let staff: SignedInUser;
let colleague: SignedInUser;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  [anGiang, smartphone, payment, services] = await Promise.all([
    provinceIdOf("an-giang"),
    indicatorIdOf("SOC_SMARTPHONE"),
    indicatorIdOf("SOC_PAYMENT_ACCOUNT"),
    indicatorIdOf("GOV_L34_SERVICES"),
  ]);
  staff = await makeUser({ email: "it-actions-staff-ag@test.vn", name: "Cán bộ A (An Giang)", role: "STAFF", province: "an-giang" });
  colleague = await makeUser({ email: "it-actions-staff2-ag@test.vn", name: "Cán bộ B (An Giang)", role: "STAFF", province: "an-giang" });
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  actAs(staff);
});

describe("saving a draft", () => {
  it("gives the report's source to every figure typed without one of its own, and keeps a figure's own", async () => {
    const form = entryForm({
      provinceId: anGiang,
      period: "2018-Q3",
      defaultSource: "Báo cáo quý 3/2018 của Sở",
      figures: [
        { indicatorId: smartphone, value: "61" },
        // A NUL and a right-to-left override are dropped, not stored.
        { indicatorId: payment, value: "40", source: "Ngân hàng\u0000 Nhà nước\u202e", note: "ghi\u2066 chú" },
        { indicatorId: services, value: "" },
      ],
    });
    await redirectOf(saveReport(IDLE_ENTRY, form));
    expect((await observationOf(anGiang, smartphone, "2018-Q3"))?.source.title).toBe("Báo cáo quý 3/2018 của Sở");
    expect(await observationOf(anGiang, payment, "2018-Q3")).toMatchObject({ note: "ghi chú", source: { title: "Ngân hàng Nhà nước" } });
    expect(await observationOf(anGiang, services, "2018-Q3")).toBeNull();
  });

  it("stores a Vietnamese decimal with its source, in a new DRAFT report, with audit events", async () => {
    const since = await lastAuditId();
    const form = entryForm({
      provinceId: anGiang,
      period: "2019-Q1",
      figures: [{ indicatorId: smartphone, value: "66,5", source: "Báo cáo Sở Thông tin và Truyền thông quý 1/2019", note: "Số ước tính" }],
    });
    expect(await redirectOf(saveReport(IDLE_ENTRY, form))).toBe("/work/reports/an-giang/2019-Q1?saved=1");
    expect(revalidatePath).toHaveBeenCalledWith("/work", "layout");

    const report = await reportOf(anGiang, "2019-Q1");
    expect(report).toMatchObject({ status: "DRAFT", createdById: staff.id, submittedAt: null, approvedAt: null, publishedAt: null });
    const figure = await observationOf(anGiang, smartphone, "2019-Q1");
    expect(figure).toMatchObject({
      value: 66.5,
      version: 1,
      enteredById: staff.id,
      note: "Số ước tính",
      periodEnd: new Date("2019-03-31T00:00:00Z"),
      source: { title: "Báo cáo Sở Thông tin và Truyền thông quý 1/2019" },
    });

    const events = await auditSince(since);
    expect(events.map((e) => e.action)).toEqual(["report.create", "observation.create"]);
    expect(events[0]).toMatchObject({ actorId: staff.id, provinceId: anGiang, reportId: report!.id, newValue: "DRAFT" });
    expect(events[1]).toMatchObject({
      actorId: staff.id,
      provinceId: anGiang,
      reportId: report!.id,
      observationId: figure!.id,
      indicatorId: smartphone,
      period: "2019-Q1",
      oldValue: null,
      newValue: "66.5",
    });
  });
});

describe("bad input", () => {
  const period = "2019-Q2";
  const valid = () => ({ indicatorId: smartphone, value: "70", source: "Nguồn hợp lệ" });

  it.each([
    { case: "text that is not a number", bad: () => ({ indicatorId: payment, value: "abc", source: "Nguồn" }), key: () => `v.${payment}.value` },
    { case: "a percentage above 100", bad: () => ({ indicatorId: payment, value: "120", source: "Nguồn" }), key: () => `v.${payment}.value` },
    { case: "a count that is not whole", bad: () => ({ indicatorId: services, value: "12,5", source: "Nguồn" }), key: () => `v.${services}.value` },
    { case: "a figure without a source", bad: () => ({ indicatorId: payment, value: "55" }), key: () => `v.${payment}.source` },
  ])("stores nothing for $case, not even the valid figure next to it", async ({ bad, key }) => {
    const before = await rowCounts();
    const form = entryForm({ provinceId: anGiang, period, figures: [valid(), bad()] });
    const state = await saveReport(IDLE_ENTRY, form);

    expect(state.status).toBe("invalid");
    expect(state.message).toBe(m.work.fixErrors);
    expect(Object.keys(state.fieldErrors)).toEqual([key()]);
    expect(state.input?.[String(bad().indicatorId)]?.value).toBe(bad().value); // what was typed is given back

    expect(await rowCounts()).toEqual(before);
    expect(await reportOf(anGiang, period)).toBeNull();
    expect(await db.observation.count({ where: { provinceId: anGiang, period } })).toBe(0);
    expect(await db.auditEvent.count({ where: { OR: [{ period }, { reason: { contains: period } }] } })).toBe(0);
  });
});

describe("ids no column can hold", () => {
  const huge = "99999999999999999999";

  it.each([
    { who: "signed out", user: () => null },
    { who: "the unit's staff", user: () => staff },
  ])("a unit id of 20 digits is refused like an unknown unit for $who, and nothing is stored", async ({ user }) => {
    actAs(user());
    const before = await rowCounts();
    const form = entryForm({ provinceId: anGiang, period: "2019-Q3", figures: [{ indicatorId: smartphone, value: "70", source: "Nguồn" }] });
    form.set("provinceId", huge);
    expect((await saveReport(IDLE_ENTRY, form)).status).toBe("forbidden");
    expect(await rowCounts()).toMatchObject({ observations: before.observations, reports: before.reports, sources: before.sources });
  });

  it("an indicator id of 20 digits is a field error, not a database failure", async () => {
    actAs(staff);
    const before = await rowCounts();
    const form = entryForm({ provinceId: anGiang, period: "2019-Q3", figures: [{ indicatorId: smartphone, value: "70", source: "Nguồn" }] });
    for (const [field, value] of [["value", "5"], ["source", "Nguồn"], ["note", ""], ["version", "0"]]) form.set(`v.${huge}.${field}`, value!);
    const state = await saveReport(IDLE_ENTRY, form);
    expect(state.status).toBe("invalid");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("updating a figure", () => {
  it("changes the value, raises the version and records old and new values", async () => {
    const period = "2019-Q3";
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "40", source: "Nguồn quý 3" }] })));
    const created = await observationOf(anGiang, smartphone, period);
    expect(created).toMatchObject({ value: 40, version: 1 });

    const since = await lastAuditId();
    const update = entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "45,25", source: "Nguồn quý 3", note: "Số chính thức", version: 1 }] });
    await redirectOf(saveReport(IDLE_ENTRY, update));

    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ id: created!.id, value: 45.25, version: 2, note: "Số chính thức" });
    const events = await auditSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "observation.update",
      actorId: staff.id,
      observationId: created!.id,
      indicatorId: smartphone,
      period,
      oldValue: "40",
      newValue: "45.25",
      reason: "Số chính thức",
    });
    expect((await reportOf(anGiang, period))?.status).toBe("DRAFT");

    // Saving the same figure again changes nothing and records nothing.
    const before = await rowCounts();
    const same = entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "45,25", source: "Nguồn quý 3", note: "Số chính thức", version: 2 }] });
    await redirectOf(saveReport(IDLE_ENTRY, same));
    expect(await rowCounts()).toEqual(before);
    expect((await observationOf(anGiang, smartphone, period))?.version).toBe(2);
  });
});

describe("two people saving the same figure", () => {
  it("refuses the later save over a newer version and stores nothing of it", async () => {
    const period = "2018-Q1";
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "50", source: "Nguồn gốc" }] })));
    // Both have the form open at version 1. A saves first.
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "55", source: "Nguồn của A", version: 1 }] })));
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 55, version: 2, enteredById: staff.id });

    // B's form also holds a new figure, placed first so it is written before the conflict is found.
    actAs(colleague);
    const before = await rowCounts();
    const since = await lastAuditId();
    const stale = entryForm({
      provinceId: anGiang,
      period,
      figures: [
        { indicatorId: payment, value: "30", source: "Nguồn của B", version: 0 },
        { indicatorId: smartphone, value: "60", source: "Nguồn của B", version: 1 },
      ],
    });
    const state = await saveReport(IDLE_ENTRY, stale);

    expect(state.status).toBe("conflict");
    expect(state.message).toBe(m.work.conflict);
    expect(Object.keys(state.conflicts)).toEqual([String(smartphone)]);
    expect(state.conflicts[String(smartphone)]).toEqual({ value: 55, source: "Nguồn của A", version: 2, by: staff.name });
    expect(state.input?.[String(smartphone)]?.value).toBe("60");

    // Nothing of B's form is stored; the refusal is audited.
    await expectOnlyRefusals(before, since, ["observation.conflict"]);
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 55, version: 2, enteredById: staff.id, source: { title: "Nguồn của A" } });
    expect(await observationOf(anGiang, payment, period)).toBeNull();
    expect(await db.source.count({ where: { title: "Nguồn của B" } })).toBe(0);

    // Having seen A's figure, B saves over version 2 on purpose.
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "60", source: "Nguồn của B", version: 2 }] })));
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 60, version: 3, enteredById: colleague.id });
  });
});

describe("a figure cleared and entered again", () => {
  it("keeps counting versions, so a form loaded before the clearing still meets a conflict", async () => {
    const period = "2019-Q4";
    actAs(staff);
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "40", source: "Nguồn đầu", version: 0 }] })));
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "41", source: "Nguồn đầu", version: 1 }] })));
    // A loads the form now (version 2); meanwhile a colleague clears the figure and enters it again.
    actAs(colleague);
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "", source: "", version: 2 }] })));
    expect(await observationOf(anGiang, smartphone, period)).toBeNull();
    await redirectOf(saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "50", source: "Nguồn mới", version: 0 }] })));
    // Created, updated, cleared: three changes before, so the new figure is version 4.
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 50, version: 4 });

    actAs(staff);
    const state = await saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "45", source: "Nguồn đầu", version: 2 }] }));
    expect(state.status).toBe("conflict");
    expect(state.conflicts[String(smartphone)]).toMatchObject({ value: 50, version: 4 });
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 50, version: 4, enteredById: colleague.id });
  });
});

describe("saving a draft from the form's script", () => {
  it("answers with each figure as stored, its next version and the history of what changed, and refreshes no page", async () => {
    const period = "2018-Q4";
    const first = entryForm({ provinceId: anGiang, period, inPlace: true, figures: [{ indicatorId: smartphone, value: "50", source: "Nguồn quý 4" }] });
    // Beginning the report changes the page's status and the to-do lists: the page is loaded again.
    expect(await redirectOf(saveReport(IDLE_ENTRY, first))).toBe("/work/reports/an-giang/2018-Q4?saved=1");
    expect(revalidatePath).toHaveBeenCalledWith("/work", "layout");
    vi.mocked(revalidatePath).mockClear();

    const since = await lastAuditId();
    const next = entryForm({
      provinceId: anGiang,
      period,
      inPlace: true,
      defaultSource: "Báo cáo quý 4/2018",
      figures: [
        { indicatorId: smartphone, value: "52,5", source: "Nguồn quý 4", note: "Số chính thức", version: 1 },
        { indicatorId: payment, value: "40" },
        { indicatorId: services, value: "" },
      ],
    });
    const state = await saveReport(IDLE_ENTRY, next);
    expect(state).toMatchObject({ status: "saved", message: m.work.saved, fieldErrors: {}, conflicts: {} });
    expect(state.input).toEqual({
      [smartphone]: { value: "52,5", source: "Nguồn quý 4", note: "Số chính thức", version: "2" },
      [payment]: { value: "40", source: "Báo cáo quý 4/2018", note: "", version: "1" },
      [services]: { value: "", source: "", note: "", version: "0" },
    });
    // Only the figures the save changed carry their history, newest first.
    expect(Object.keys(state.history ?? {}).sort()).toEqual([String(smartphone), String(payment)].sort());
    expect(state.history?.[smartphone]?.map((line) => line.text)).toEqual([
      expect.stringMatching(/Cán bộ A \(An Giang\): .*\(50% → 52,5%\) — Số chính thức$/),
      expect.stringMatching(/Cán bộ A \(An Giang\): .*\(— → 50%\)$/),
    ]);
    // No page is revalidated: that would have the whole page rendered into the answer.
    expect(revalidatePath).not.toHaveBeenCalled();
    expect((await auditSince(since)).map((e) => e.action).sort()).toEqual(["observation.create", "observation.update"]);

    // The versions answered are the ones the next save needs: it goes through, no conflict.
    const again = entryForm({ provinceId: anGiang, period, inPlace: true, figures: [{ indicatorId: smartphone, value: "53", source: "Nguồn quý 4", version: Number(state.input![smartphone]!.version) }] });
    expect((await saveReport(state, again)).status).toBe("saved");
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 53, version: 3 });
  });

  it("still loads the page again for a post made before the script ran, and for a submission", async () => {
    const period = "2018-Q4";
    const stored = await observationOf(anGiang, smartphone, period);
    const withoutScript = entryForm({ provinceId: anGiang, period, figures: [{ indicatorId: smartphone, value: "54", source: "Nguồn quý 4", version: stored!.version }] });
    expect(await redirectOf(saveReport(IDLE_ENTRY, withoutScript))).toBe("/work/reports/an-giang/2018-Q4?saved=1");
    const submit = entryForm({ provinceId: anGiang, period, intent: "submit", inPlace: true, incompleteNote: "Còn thiếu số liệu.", figures: [{ indicatorId: smartphone, value: "54", source: "Nguồn quý 4", version: stored!.version + 1 }] });
    expect(await redirectOf(saveReport(IDLE_ENTRY, submit))).toBe("/work/reports/an-giang/2018-Q4?submitted=1");
    expect(revalidatePath).toHaveBeenCalledWith("/work", "layout");
  });
});

describe("submitting", () => {
  it("needs a note when indicators are missing, then moves the report to SUBMITTED", async () => {
    const period = "2018-Q2";
    const figures = [{ indicatorId: smartphone, value: "70", source: "Nguồn quý 2/2018" }];
    const before = await rowCounts();
    const state = await saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, intent: "submit", figures }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors.incompleteNote).toMatch(/chưa nhập/);
    expect(await rowCounts()).toEqual(before);
    expect(await reportOf(anGiang, period)).toBeNull();

    const blank = await saveReport(IDLE_ENTRY, entryForm({ provinceId: anGiang, period, intent: "submit", incompleteNote: "   ", figures }));
    expect(blank.fieldErrors.incompleteNote).toBeDefined();
    expect(await rowCounts()).toEqual(before);

    const since = await lastAuditId();
    const note = "Các chỉ tiêu còn lại chưa có số liệu từ các sở, ngành.";
    const submit = entryForm({ provinceId: anGiang, period, intent: "submit", incompleteNote: note, figures });
    expect(await redirectOf(saveReport(IDLE_ENTRY, submit))).toBe("/work/reports/an-giang/2018-Q2?submitted=1");

    const report = await reportOf(anGiang, period);
    expect(report).toMatchObject({ status: "SUBMITTED", version: 2, createdById: staff.id });
    expect(report!.submittedAt).toBeInstanceOf(Date);
    expect(await observationOf(anGiang, smartphone, period)).toMatchObject({ value: 70, version: 1 });
    const events = await auditSince(since);
    expect(events.map((e) => e.action)).toEqual(["report.create", "observation.create", "report.submit"]);
    expect(events[2]).toMatchObject({ actorId: staff.id, reportId: report!.id, oldValue: "DRAFT", newValue: "SUBMITTED", reason: note });
  });
});
