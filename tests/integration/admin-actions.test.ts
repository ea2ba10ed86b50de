// Administration through its server actions against the real database: only
// an admin gets through (each role, own and other unit, signed out); every
// change is audited old → new; bad input stores nothing; a locked account's
// sessions end at once; deleting what figures depend on is refused.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("admin-actions");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { execFileSync } from "node:child_process";
import { verifyPassword } from "better-auth/crypto";
import { revalidateTag } from "next/cache";
import {
  deleteDeadlineAction,
  retryMailAction,
  saveDeadlineAction,
  deleteIndicatorAction,
  deleteTargetAction,
  deleteUnitAction,
  resetPasswordAction,
  saveIndicatorAction,
  saveTargetAction,
  saveUnitAction,
  saveUserAction,
  setUserActiveAction,
  type AdminFormState,
} from "@/features/admin/actions";
import { setPasswordAction } from "@/features/auth/set-password";
import { saveAccountSettings } from "@/features/account/actions";
import { createUser } from "@/features/admin/users";
import {
  adminCounts,
  auditOf,
  getTarget,
  getUser,
  indicatorChoices,
  listIndicatorsForAdmin,
  listPillars,
  listTargets,
  listDeadlines,
  listOutbox,
  listUnitsForAdmin,
  listUsers,
  unitChoices,
} from "@/features/admin/reads";
import { ADMIN_SECTIONS, PERMISSIONS, type AdminSection, type Permission, type Role } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { createCredentialsClient } from "@/lib/server/db-client";
import { vi as m } from "@/lib/i18n/messages";
import type { SignedInUser } from "@/lib/server/session";
import { actAs, auditSince, lastAuditId, makeUser, redirectOf } from "./action-fixtures";
import { NotFoundSignal } from "./redirect-signal";
import { indicatorIdOf, provinceIdOf, repoRoot } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const IDLE: AdminFormState = { status: "idle", message: null, fieldErrors: {}, values: {} };

let anGiang2025: number;
let canTho2025: number;
let smartphone: number;
let admin: SignedInUser;
let staffAG: SignedInUser;
let officialAG: SignedInUser;
let staffCT: SignedInUser;
// The app's client leaves password hashes out of every read; this one reads them.
const credentials = createCredentialsClient(process.env.DATABASE_URL!);

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  [anGiang2025, canTho2025, smartphone] = await Promise.all([provinceIdOf("an-giang-2025"), provinceIdOf("can-tho-2025"), indicatorIdOf("SOC_SMARTPHONE")]);
  admin = await makeUser({ email: "it-admin@test.vn", name: "Quản trị", role: "ADMIN", province: null });
  staffAG = await makeUser({ email: "it-admin-staff-ag@test.vn", name: "Cán bộ An Giang", role: "STAFF", province: "an-giang-2025" });
  officialAG = await makeUser({ email: "it-admin-official-ag@test.vn", name: "Lãnh đạo An Giang", role: "OFFICIAL", province: "an-giang-2025" });
  staffCT = await makeUser({ email: "it-admin-staff-ct@test.vn", name: "Cán bộ Cần Thơ", role: "STAFF", province: "can-tho-2025" });
  vi.spyOn(console, "warn").mockImplementation(() => {}); // each refusal is also logged
});

afterAll(async () => {
  await closeSnapshot(isolated, credentials, db);
});

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

async function counts() {
  const [users, units, indicators, targets, sessions, events, deadlines, mails, pendingMails, remindersOff] = await Promise.all([
    db.user.count(),
    db.province.count(),
    db.indicator.count(),
    db.target.count(),
    db.session.count(),
    db.auditEvent.count(),
    db.reportDeadline.count(),
    db.outboxMail.count(),
    db.outboxMail.count({ where: { status: "PENDING" } }),
    db.user.count({ where: { emailReminders: false } }),
  ]);
  return { users, units, indicators, targets, sessions, events, deadlines, mails, pendingMails, remindersOff };
}

const newUser = (email: string) => ({ email, name: "Người mới", role: "STAFF", provinceId: anGiang2025 });
const newUnit = (slug: string) => ({ slug, kind: "province", nameVi: "Tỉnh thử", nameEn: "Test province", validFrom: "2025-07-01", validTo: "", successorId: "" });
const newIndicator = (code: string) => ({ code, pillarId: "", nameVi: "Chỉ tiêu thử", nameEn: "Test indicator", unit: "PERCENT", direction: "HIGHER_IS_BETTER", periodicity: "ANNUAL" });
const newTarget = (year: number, value = "80") => ({
  provinceId: anGiang2025,
  indicatorId: smartphone,
  year,
  comparator: "GTE",
  value,
  scope: "PROVINCIAL",
  sourceTitle: "Kế hoạch chuyển đổi số của tỉnh",
  sourceUrl: "",
  note: "",
});

const newDeadline = (provinceId: number | "", fields: Partial<Record<"periodKind" | "cutoffDay" | "dueDays" | "remindDays", string>> = {}) => ({
  provinceId,
  periodKind: "QUARTER",
  cutoffDay: "14",
  dueDays: "20",
  remindDays: "5",
  ...fields,
});

/** A rule of Cần Thơ's own, made directly: what the refused deletions aim at. */
async function unitDeadline() {
  return (
    (await db.reportDeadline.findFirst({ where: { provinceId: canTho2025, periodKind: "YEAR" } })) ??
    db.reportDeadline.create({ data: { provinceId: canTho2025, periodKind: "YEAR", cutoffDay: 10, dueDays: 30, remindDays: 7 } })
  );
}

/** A mail that failed every attempt. */
async function failedMail() {
  return db.outboxMail.upsert({
    where: { key: "it-admin-failed" },
    create: { key: "it-admin-failed", kind: "SUBMITTED", to: officialAG.email, subject: "Thử", body: "Thử", status: "FAILED", attempts: 7, lastError: "connection refused" },
    update: { status: "FAILED", attempts: 7 },
  });
}

describe("who may administer", () => {
  // Every action, once with a valid form: refused to each other role (own unit and another) and to the public.
  const cases: [string, (state: AdminFormState, data: FormData) => Promise<AdminFormState>, () => Promise<Record<string, string | number>>][] = [
    ["saveUserAction (create)", saveUserAction, async () => newUser(`it-admin-x${Date.now()}@test.vn`)],
    ["saveUserAction (update)", saveUserAction, async () => ({ id: staffAG.id, ...newUser(staffAG.email), role: "OFFICIAL" })],
    ["setUserActiveAction", setUserActiveAction, async () => ({ id: staffAG.id, active: "false" })],
    ["resetPasswordAction", resetPasswordAction, async () => ({ id: staffAG.id })],
    ["saveUnitAction", saveUnitAction, async () => newUnit("it-refused-unit")],
    ["deleteUnitAction", deleteUnitAction, async () => ({ id: canTho2025 })],
    ["saveIndicatorAction", saveIndicatorAction, async () => ({ ...newIndicator("IT_REFUSED"), pillarId: (await db.pillar.findFirstOrThrow()).id })],
    ["deleteIndicatorAction", deleteIndicatorAction, async () => ({ id: smartphone })],
    ["saveTargetAction", saveTargetAction, async () => newTarget(2040)],
    ["deleteTargetAction", deleteTargetAction, async () => ({ id: (await db.target.findFirstOrThrow()).id })],
    ["saveDeadlineAction", saveDeadlineAction, async () => newDeadline(anGiang2025)],
    ["deleteDeadlineAction", deleteDeadlineAction, async () => ({ id: (await unitDeadline()).id })],
    ["retryMailAction", retryMailAction, async () => ({ id: (await failedMail()).id })],
  ];

  it.each(cases)("%s is refused to staff and officials of the unit, staff of another unit, and the public, storing only the refusal", async (_name, action, fields) => {
    const data = await fields();
    for (const who of [staffAG, officialAG, staffCT, null]) {
      actAs(who);
      const before = await counts();
      const since = await lastAuditId();
      const state = await action(IDLE, form(data));
      expect(state).toMatchObject({ status: "forbidden", message: m.work.forbidden });
      const events = await auditSince(since);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "access.denied", actorId: who?.id ?? null });
      expect(await counts()).toEqual({ ...before, events: before.events + 1 });
    }
  });
});

describe("what the administration pages read", () => {
  it("is not found for anyone but an admin, whatever layout rendered around it", async () => {
    for (const who of [staffAG, officialAG, null]) {
      actAs(who);
      await expect(listUsers()).rejects.toBeInstanceOf(NotFoundSignal);
      await expect(getUser(staffAG.id)).rejects.toBeInstanceOf(NotFoundSignal);
      await expect(auditOf("users", staffAG.id)).rejects.toBeInstanceOf(NotFoundSignal);
      await expect(adminCounts()).rejects.toBeInstanceOf(NotFoundSignal);
    }
    actAs(admin);
    expect((await listUsers()).map((u) => u.email)).toContain(staffAG.email);
    expect((await adminCounts()).map(([section]) => section)).toEqual(["users", "units", "indicators", "targets", "deadlines", "mail"]);
  });
});

describe("which permission each administration section needs", () => {
  it("people need user.manage; units, indicators and targets, the catalogue, need catalog.manage; deadlines and mail their own", () => {
    expect(ADMIN_SECTIONS).toEqual({ users: "user.manage", units: "catalog.manage", indicators: "catalog.manage", targets: "catalog.manage", deadlines: "deadline.manage", mail: "mail.manage" });
  });

  // Today admins hold both permissions, so a read behind the wrong one would
  // still open for them: the table is split here between two other roles.
  it("each section's reads open for whoever holds its permission and for nobody else", async () => {
    const table = PERMISSIONS as Record<Permission, readonly Role[]>;
    const kept = { ...table };
    table["user.manage"] = ["STAFF"];
    table["catalog.manage"] = ["OFFICIAL"];
    table["deadline.manage"] = ["STAFF"];
    table["mail.manage"] = ["OFFICIAL"];
    try {
      const target = await db.target.findFirstOrThrow({ select: { id: true } });
      const reads: Record<AdminSection, [holder: SignedInUser, reads: (() => Promise<unknown>)[]]> = {
        users: [staffAG, [listUsers, () => getUser(staffAG.id), () => unitChoices("users"), () => auditOf("users", staffAG.id)]],
        units: [officialAG, [listUnitsForAdmin, () => unitChoices("units"), () => auditOf("units", anGiang2025)]],
        indicators: [officialAG, [listIndicatorsForAdmin, listPillars, () => indicatorChoices("indicators"), () => auditOf("indicators", smartphone)]],
        targets: [officialAG, [() => listTargets(null), () => getTarget(target.id), () => unitChoices("targets"), () => indicatorChoices("targets"), () => auditOf("targets", target.id)]],
        deadlines: [staffAG, [listDeadlines, () => unitChoices("deadlines"), () => auditOf("deadlines", 1)]],
        mail: [officialAG, [() => listOutbox()]],
      };
      for (const [section, [holder, calls]] of Object.entries(reads)) {
        for (const [i, call] of calls.entries()) {
          actAs(holder);
          await expect(call(), `${section} read ${i} for its holder`).resolves.toBeDefined();
          for (const other of [staffAG, officialAG, null].filter((who) => who !== holder)) {
            actAs(other);
            await expect(call(), `${section} read ${i} for ${other?.email ?? "the public"}`).rejects.toBeInstanceOf(NotFoundSignal);
          }
        }
      }
      actAs(staffAG);
      expect((await adminCounts()).map(([section]) => section)).toEqual(["users", "deadlines"]);
      actAs(officialAG);
      expect((await adminCounts()).map(([section]) => section)).toEqual(["units", "indicators", "targets", "mail"]);
    } finally {
      Object.assign(table, kept);
    }
  });
});

describe("report deadlines", () => {
  it("an admin sets the rule for every unit, then one unit's own, each field audited old → new", async () => {
    actAs(admin);
    const since = await lastAuditId();
    await redirectOf(saveDeadlineAction(IDLE, form(newDeadline("", { dueDays: "10" }))));
    const general = await db.reportDeadline.findFirstOrThrow({ where: { provinceId: null, periodKind: "QUARTER" } });
    expect(general).toMatchObject({ cutoffDay: 14, dueDays: 10, remindDays: 5, updatedById: admin.id });

    // Saving the same kind for every unit again changes that rule, not a second one.
    await redirectOf(saveDeadlineAction(IDLE, form(newDeadline("", { dueDays: "12" }))));
    expect(await db.reportDeadline.count({ where: { provinceId: null, periodKind: "QUARTER" } })).toBe(1);
    await redirectOf(saveDeadlineAction(IDLE, form(newDeadline(anGiang2025))));
    const own = await db.reportDeadline.findFirstOrThrow({ where: { provinceId: anGiang2025, periodKind: "QUARTER" } });
    expect(own).toMatchObject({ dueDays: 20 });

    const events = (await auditSince(since)).filter((e) => e.action.startsWith("deadline."));
    expect(events.map((e) => [e.action, e.field, e.oldValue, e.newValue])).toEqual([
      ["deadline.create", null, null, expect.stringContaining('"dueDays":10')],
      ["deadline.update", "dueDays", "10", "12"],
      ["deadline.create", null, null, expect.stringContaining('"dueDays":20')],
    ]);
    expect(events[2]).toMatchObject({ provinceId: anGiang2025, subject: `deadline:${own.id}` });

    await redirectOf(deleteDeadlineAction(IDLE, form({ id: own.id })));
    expect(await db.reportDeadline.findUnique({ where: { id: own.id } })).toBeNull();
  });

  it.each([
    [{ cutoffDay: "31" }, "cutoffDay"],
    [{ cutoffDay: "0" }, "cutoffDay"],
    [{ dueDays: "abc" }, "dueDays"],
    [{ dueDays: "121" }, "dueDays"],
    [{ remindDays: "-1" }, "remindDays"],
    [{ periodKind: "MONTH" }, "periodKind"],
  ] as const)("refuses %j with a message at %s and stores nothing", async (fields, field) => {
    actAs(admin);
    const before = await counts();
    const state = await saveDeadlineAction(IDLE, form(newDeadline(anGiang2025, fields)));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors)).toEqual([field]);
    expect(await counts()).toEqual(before);
  });
});

describe("the outbox", () => {
  it("an admin puts a failed mail back in the queue, audited", async () => {
    const mail = await failedMail();
    actAs(admin);
    const since = await lastAuditId();
    const state = await retryMailAction(IDLE, form({ id: mail.id }));
    expect(state).toMatchObject({ status: "saved", message: m.admin.mail.retried });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await auditSince(since)).toEqual([expect.objectContaining({ action: "mail.retry", actorId: admin.id, subject: `mail:${mail.id}`, oldValue: "FAILED", newValue: "PENDING" })]);
  });
});

describe("one's own settings", () => {
  it("each person turns their own reminders off and on, audited; the public is refused", async () => {
    actAs(staffCT);
    const since = await lastAuditId();
    expect(await saveAccountSettings({ status: "idle", message: null }, form({}))).toMatchObject({ status: "saved" });
    expect(await db.user.findUniqueOrThrow({ where: { id: staffCT.id } })).toMatchObject({ emailReminders: false });
    // Nobody else's setting moved.
    expect(await db.user.findUniqueOrThrow({ where: { id: staffAG.id } })).toMatchObject({ emailReminders: true });
    expect(await saveAccountSettings({ status: "idle", message: null }, form({ emailReminders: "on" }))).toMatchObject({ status: "saved" });
    expect(await db.user.findUniqueOrThrow({ where: { id: staffCT.id } })).toMatchObject({ emailReminders: true });
    expect((await auditSince(since)).map((e) => [e.action, e.subject, e.field, e.oldValue, e.newValue])).toEqual([
      ["user.update", `user:${staffCT.id}`, "emailReminders", "true", "false"],
      ["user.update", `user:${staffCT.id}`, "emailReminders", "false", "true"],
    ]);

    actAs(null);
    const before = await counts();
    expect(await saveAccountSettings({ status: "idle", message: null }, form({}))).toMatchObject({ status: "forbidden" });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
  });
});

describe("users", () => {
  it("an admin creates a user with a one-time link; the link sets the password once; the change is audited", async () => {
    actAs(admin);
    const since = await lastAuditId();
    vi.mocked(revalidateTag).mockClear();
    const state = await saveUserAction(IDLE, form(newUser("it-admin-new@test.vn")));
    expect(state.status).toBe("saved");
    // Nothing public changed: the published caches stay.
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(state.link).toMatch(/^\d+\.[\w-]{20,}$/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "it-admin-new@test.vn" }, include: { accounts: true } });
    expect(user).toMatchObject({ role: "STAFF", provinceId: anGiang2025, active: true });
    expect((await auditSince(since)).map((e) => [e.action, e.subject, e.actorId])).toEqual([["user.create", `user:${user.id}`, admin.id]]);

    actAs(null);
    const short = await setPasswordAction({ status: "idle", message: null, fieldErrors: {} }, form({ token: state.link!, password: "short", confirm: "short" }));
    expect(short.fieldErrors.password).toBeDefined();
    const done = await setPasswordAction({ status: "idle", message: null, fieldErrors: {} }, form({ token: state.link!, password: "mat-khau-moi-2026", confirm: "mat-khau-moi-2026" }));
    expect(done.status).toBe("done");
    const account = await credentials.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "mat-khau-moi-2026" })).toBe(true);
    const again = await setPasswordAction({ status: "idle", message: null, fieldErrors: {} }, form({ token: state.link!, password: "mat-khau-khac-2026", confirm: "mat-khau-khac-2026" }));
    expect(again).toMatchObject({ status: "refused", message: m.setPassword.problems.invalid });
  });

  it("a link works only for its own user, before it expires, for an active account, and only once", async () => {
    actAs(admin);
    const idle = { status: "idle" as const, message: null, fieldErrors: {} };
    const passwords = (token: string) => form({ token, password: "mot-mat-khau-dai", confirm: "mot-mat-khau-dai" });
    const made = await saveUserAction(IDLE, form(newUser("it-admin-links@test.vn")));
    const [userId, secret] = made.link!.split(".");
    // The same secret under another user's id is no link at all.
    expect((await setPasswordAction(idle, passwords(`${staffAG.id}.${secret}`))).status).toBe("refused");
    await db.verification.updateMany({ where: { identifier: `set-password:${userId}` }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await setPasswordAction(idle, passwords(made.link!))).toMatchObject({ status: "refused", message: m.setPassword.problems.expired });

    const fresh = await resetPasswordAction(IDLE, form({ id: Number(userId) }));
    await setUserActiveAction(IDLE, form({ id: Number(userId), active: "false" }));
    expect(await setPasswordAction(idle, passwords(fresh.link!))).toMatchObject({ status: "refused", message: m.setPassword.problems.inactive });
    await setUserActiveAction(IDLE, form({ id: Number(userId), active: "true" }));
    // A newer link voids the one before it.
    const newest = await resetPasswordAction(IDLE, form({ id: Number(userId) }));
    expect((await setPasswordAction(idle, passwords(fresh.link!))).status).toBe("refused");
    expect((await setPasswordAction(idle, passwords(newest.link!))).status).toBe("done");
  });

  it("bad input gets a message at the field and stores nothing", async () => {
    actAs(admin);
    const before = await counts();
    const state = await saveUserAction(IDLE, form({ email: "khong-phai-email", name: " ", role: "STAFF", provinceId: "" }));
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "name", "provinceId"]);
    const taken = await saveUserAction(IDLE, form(newUser(staffCT.email)));
    expect(taken.fieldErrors).toEqual({ email: m.admin.emailTaken });
    // An admin belongs to no unit, as staff belong to one; the command line is held to the same rule.
    const placedAdmin = await saveUserAction(IDLE, form({ ...newUser("it-admin-with-unit@test.vn"), role: "ADMIN" }));
    expect(Object.keys(placedAdmin.fieldErrors)).toEqual(["provinceId"]);
    await expect(createUser(db, { email: "it-admin-with-unit@test.vn", name: "Quản trị", role: "ADMIN", provinceId: anGiang2025, password: "mat-khau-du-dai-1" })).rejects.toThrow();
    await expect(createUser(db, { email: "it-staff-no-unit@test.vn", name: "Cán bộ", role: "STAFF", provinceId: null, password: "mat-khau-du-dai-1" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("a change of role or unit is audited field by field and ends the person's sessions", async () => {
    const person = await makeUser({ email: "it-admin-move@test.vn", name: "Người chuyển", role: "STAFF", province: "an-giang-2025" });
    await db.session.create({ data: { userId: person.id, token: "it-move-session", expiresAt: new Date(Date.now() + 3_600_000) } });
    actAs(admin);
    const since = await lastAuditId();
    const state = await saveUserAction(IDLE, form({ id: person.id, email: person.email, name: person.name, role: "OFFICIAL", provinceId: canTho2025 }));
    expect(state.status).toBe("saved");
    const events = await auditSince(since);
    expect(events.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ["role", "STAFF", "OFFICIAL"],
      ["provinceId", String(anGiang2025), String(canTho2025)],
    ]);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
  });

  it("locking an account ends its sessions at once; an admin cannot lock themselves", async () => {
    const person = await makeUser({ email: "it-admin-lock@test.vn", name: "Người bị khóa", role: "STAFF", province: "can-tho-2025" });
    await db.session.create({ data: { userId: person.id, token: "it-lock-session", expiresAt: new Date(Date.now() + 3_600_000) } });
    actAs(admin);
    expect((await setUserActiveAction(IDLE, form({ id: person.id, active: "false" }))).message).toBe(m.admin.users.deactivated);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ active: false });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    const self = await setUserActiveAction(IDLE, form({ id: admin.id, active: "false" }));
    expect(self).toMatchObject({ status: "refused", message: m.admin.notYourself });
    // Nor can they take away their own role; their name is theirs to change.
    const demoted = await saveUserAction(IDLE, form({ id: admin.id, email: admin.email, name: admin.name, role: "STAFF", provinceId: canTho2025 }));
    expect(demoted).toMatchObject({ status: "invalid", fieldErrors: { role: m.admin.notYourself } });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true, role: "ADMIN", provinceId: null });
    expect((await saveUserAction(IDLE, form({ id: admin.id, email: admin.email, name: "Quản trị (đổi tên)", role: "ADMIN", provinceId: "" }))).status).toBe("saved");
  });

  it("a new link makes the old password stop working", async () => {
    actAs(admin);
    const account = () => credentials.account.findFirstOrThrow({ where: { userId: staffCT.id } });
    const before = (await account()).password!;
    await db.session.create({ data: { userId: staffCT.id, token: "it-reset-session", expiresAt: new Date(Date.now() + 3_600_000) } });
    const state = await resetPasswordAction(IDLE, form({ id: staffCT.id }));
    expect(state.link).toMatch(new RegExp(`^${staffCT.id}\\.`));
    expect((await account()).password).not.toBe(before);
    expect(await db.session.count({ where: { userId: staffCT.id } })).toBe(0);
  });
});

describe("units, indicators, targets", () => {
  it("a unit is created, edited with its audit, and deleted while nothing depends on it", async () => {
    actAs(admin);
    const url = await redirectOf(saveUnitAction(IDLE, form(newUnit("it-tinh-thu"))));
    const unit = await db.province.findUniqueOrThrow({ where: { slug: "it-tinh-thu" } });
    expect(url).toBe(`/work/admin/units/${unit.id}?created=1`);
    const since = await lastAuditId();
    vi.mocked(revalidateTag).mockClear();
    const saved = await saveUnitAction(IDLE, form({ id: unit.id, ...newUnit("it-tinh-thu"), validTo: "2026-06-30", successorId: anGiang2025 }));
    expect(saved.status).toBe("saved");
    // Units are shown on the public pages: the published caches are emptied.
    expect(revalidateTag).toHaveBeenCalledWith("published", { expire: 0 });
    expect((await auditSince(since)).map((e) => [e.subject, e.field, e.oldValue, e.newValue])).toEqual([
      [`unit:${unit.id}`, "validTo", null, "2026-06-30"],
      [`unit:${unit.id}`, "successorId", null, String(anGiang2025)],
    ]);
    const backwards = await saveUnitAction(IDLE, form({ id: unit.id, ...newUnit("it-tinh-thu"), validTo: "2025-01-01" }));
    expect(backwards.fieldErrors.validTo).toBeDefined();
    expect(await redirectOf(deleteUnitAction(IDLE, form({ id: unit.id })))).toBe("/work/admin/units?deleted=1");
    expect(await db.province.findUnique({ where: { id: unit.id } })).toBeNull();
  });

  it("a unit's life must hold its figures, and its successors must not lead back to it", async () => {
    actAs(admin);
    const anGiang = await db.province.findUniqueOrThrow({ where: { slug: "an-giang" } });
    const values = { slug: anGiang.slug, kind: anGiang.kind, nameVi: anGiang.nameVi, nameEn: anGiang.nameEn, validFrom: "", successorId: anGiang2025 };
    const before = await db.auditEvent.count();
    const early = await saveUnitAction(IDLE, form({ id: anGiang.id, ...values, validTo: "2020-12-31" }));
    expect(early.fieldErrors.validTo).toMatch(/số liệu của đơn vị nằm ngoài/);
    const newer = await db.province.findUniqueOrThrow({ where: { id: anGiang2025 } });
    const loop = await saveUnitAction(IDLE, form({ id: anGiang2025, slug: newer.slug, kind: newer.kind, nameVi: newer.nameVi, nameEn: newer.nameEn, validFrom: "2025-07-01", validTo: "", successorId: anGiang.id }));
    expect(loop.fieldErrors).toEqual({ successorId: m.admin.successorLoop });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("deleting a unit or an indicator that figures depend on is refused with the reason, storing nothing", async () => {
    actAs(admin);
    const anGiang = await provinceIdOf("an-giang");
    const before = await counts();
    const unit = await deleteUnitAction(IDLE, form({ id: anGiang }));
    expect(unit.status).toBe("refused");
    expect(unit.message).toMatch(/^Không xóa được: đơn vị đang có .*số liệu/);
    const indicator = await deleteIndicatorAction(IDLE, form({ id: smartphone }));
    expect(indicator.message).toMatch(/^Không xóa được: chỉ tiêu đang có .*số liệu/);
    expect(await counts()).toEqual(before);
  });

  it("an indicator with figures keeps its code and unit; its name may change", async () => {
    actAs(admin);
    const current = await db.indicator.findUniqueOrThrow({ where: { id: smartphone } });
    const fields = {
      id: smartphone,
      ...Object.fromEntries(["code", "pillarId", "nameVi", "nameEn", "unit", "direction", "periodicity", "definitionVi", "definitionEn", "decision"].map((k) => [k, String(current[k as keyof typeof current] ?? "")])),
      minValue: current.minValue === null ? "" : String(current.minValue).replace(".", ","),
      maxValue: current.maxValue === null ? "" : String(current.maxValue).replace(".", ","),
      ...(current.isHeadline ? { isHeadline: "on" } : {}),
    };
    const unit = await saveIndicatorAction(IDLE, form({ ...fields, unit: "COUNT" }));
    expect(unit.fieldErrors.unit).toMatch(/số liệu/);
    const bounds = await saveIndicatorAction(IDLE, form({ ...fields, maxValue: "10" }));
    expect(bounds.fieldErrors.maxValue).toMatch(/nằm ngoài giới hạn/);
    const since = await lastAuditId();
    expect((await saveIndicatorAction(IDLE, form({ ...fields, nameEn: "Smartphone users (share of adults)" }))).status).toBe("saved");
    expect((await auditSince(since)).map((e) => [e.field, e.newValue])).toEqual([["nameEn", "Smartphone users (share of adults)"]]);
  });

  it("an admin made from the command line is recorded in the audit log as made there, without the password", { timeout: 60_000 }, async () => {
    const email = "it-create-admin@test.vn";
    execFileSync("npx", ["tsx", "scripts/create-admin.ts", "--email", email, "--name", "Quản trị đầu tiên"], {
      cwd: repoRoot,
      env: { ...process.env, ADMIN_PASSWORD: "mat-khau-dau-tien-1", CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    expect(user.role).toBe("ADMIN");
    const events = await db.auditEvent.findMany({ where: { subject: `user:${user.id}` } });
    expect(events).toEqual([expect.objectContaining({ action: "user.create", actorId: null, reason: "npm run create-admin" })]);
    expect(JSON.parse(events[0]!.newValue!)).toEqual({ email, name: "Quản trị đầu tiên", role: "ADMIN", provinceId: null });
  });

  it("an indicator with targets but no figures keeps its meaning, and its bounds hold every target", async () => {
    actAs(admin);
    const pillar = await db.pillar.findFirstOrThrow({ where: { code: "ECON" } });
    const created = await redirectOf(saveIndicatorAction(IDLE, form({ ...newIndicator("IT_TARGETED_SHARE"), pillarId: pillar.id, minValue: "0", maxValue: "100" })));
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "IT_TARGETED_SHARE" } });
    expect(created).toBe(`/work/admin/indicators/${indicator.id}?created=1`);
    await redirectOf(saveTargetAction(IDLE, form({ ...newTarget(2030, "90"), indicatorId: indicator.id })));
    const fields = { ...newIndicator("IT_TARGETED_SHARE"), id: indicator.id, pillarId: pillar.id, minValue: "0", maxValue: "100" };
    const before = await counts();
    const since = await lastAuditId();
    // A maximum of 50 under a target of 90, then a 0–1 score: each refused at its field, nothing stored.
    const bounds = await saveIndicatorAction(IDLE, form({ ...fields, maxValue: "50" }));
    expect(bounds.fieldErrors.maxValue).toBe("Có 1 mục tiêu đã lưu nằm ngoài giới hạn này.");
    const unit = await saveIndicatorAction(IDLE, form({ ...fields, unit: "SCORE", maxValue: "1" }));
    expect(unit.fieldErrors.unit).toMatch(/1 mục tiêu/);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ unit: "PERCENT", maxValue: 100 });
    expect(await counts()).toEqual(before);
    expect(await auditSince(since)).toEqual([]);
  });

  it("a new indicator is created with its audit, and deleted while it has no figures", async () => {
    actAs(admin);
    const pillar = await db.pillar.findFirstOrThrow({ where: { code: "ECON" } });
    const url = await redirectOf(saveIndicatorAction(IDLE, form({ ...newIndicator("IT_NEW_SHARE"), pillarId: pillar.id, minValue: "0", maxValue: "100", isHeadline: "on" })));
    const created = await db.indicator.findUniqueOrThrow({ where: { code: "IT_NEW_SHARE" } });
    expect(url).toBe(`/work/admin/indicators/${created.id}?created=1`);
    expect(created).toMatchObject({ pillarId: pillar.id, unit: "PERCENT", periodicity: "ANNUAL", minValue: 0, maxValue: 100, isHeadline: true });
    const [event] = await db.auditEvent.findMany({ where: { subject: `indicator:${created.id}` } });
    expect(event).toMatchObject({ action: "indicator.create", actorId: admin.id });
    const taken = await saveIndicatorAction(IDLE, form({ ...newIndicator("IT_NEW_SHARE"), pillarId: pillar.id }));
    expect(taken.fieldErrors).toEqual({ code: m.admin.codeTaken });
    expect(await redirectOf(deleteIndicatorAction(IDLE, form({ id: created.id })))).toBe("/work/admin/indicators?deleted=1");
    expect(await db.indicator.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("a target is checked against its indicator's unit, audited on change, and may be deleted", async () => {
    actAs(admin);
    const before = await counts();
    const over = await saveTargetAction(IDLE, form(newTarget(2035, "150")));
    expect(over.fieldErrors.value).toBe("Tỷ lệ phải nằm trong khoảng 0–100%.");
    expect(await counts()).toEqual(before);

    const url = await redirectOf(saveTargetAction(IDLE, form(newTarget(2035, "85,5"))));
    const target = await db.target.findUniqueOrThrow({ where: { provinceId_indicatorId_year: { provinceId: anGiang2025, indicatorId: smartphone, year: 2035 } }, include: { source: true } });
    expect(url).toBe(`/work/admin/targets/${target.id}?created=1`);
    expect(target).toMatchObject({ value: 85.5, comparator: "GTE", scope: "PROVINCIAL" });
    expect(target.source.title).toBe("Kế hoạch chuyển đổi số của tỉnh");

    const duplicate = await saveTargetAction(IDLE, form(newTarget(2035, "90")));
    expect(duplicate.fieldErrors.year).toBe(m.admin.targetTaken);

    const since = await lastAuditId();
    expect((await saveTargetAction(IDLE, form({ id: target.id, ...newTarget(2035, "90") }))).status).toBe("saved");
    expect((await auditSince(since)).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([["value", "85.5", "90"]]);
    expect(await redirectOf(deleteTargetAction(IDLE, form({ id: target.id })))).toBe("/work/admin/targets?deleted=1");
    const [deleted] = await auditSince(since + 1);
    expect(deleted).toMatchObject({ action: "target.delete", subject: `target:${target.id}` });
    expect(JSON.parse(deleted!.oldValue!)).toMatchObject({ year: 2035, value: 90 });
  });
});
