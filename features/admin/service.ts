import "server-only";
// Administration: people who may sign in, the units that report, the
// indicators they report on and the targets they are judged against. Every
// change is one transaction with its audit events, one per changed field
// (old → new). Deleting what figures depend on is refused with the reason.
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { isActive, mayChangeAccount, type Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { valueProblem } from "@/features/entry/schema";
import { vi as m } from "@/lib/i18n/messages";
import type { DeadlineInput, IndicatorInput, TargetInput, UnitInput, UserInput } from "./schemas";
import type { Tx } from "@/lib/server/transaction";
import { unitSelect } from "@/features/published/selects";
import { sendSoon } from "@/features/mail/service";

export type AdminOutcome<T = { id: number }> =
  | ({ kind: "ok" } & T)
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "refused"; reason: string }
  | { kind: "notFound" };

/** How long a set-password link works. */
export const LINK_HOURS = 72;

type Fields = Record<string, unknown>;

const show = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/** One audit event per field whose value changed; a creation or a deletion is one event with the whole record. */
async function audit(tx: Tx, actor: Actor, action: string, subject: string, before: Fields | null, after: Fields | null, provinceId?: number | null) {
  const base = { action, actorId: actor.id, subject, provinceId: provinceId ?? null };
  if (!before || !after) {
    await tx.auditEvent.create({ data: { ...base, oldValue: before && JSON.stringify(before), newValue: after && JSON.stringify(after) } });
    return;
  }
  for (const field of Object.keys(after)) {
    const [old, now] = [show(before[field]), show(after[field])];
    if (old !== now) await tx.auditEvent.create({ data: { ...base, field, oldValue: old, newValue: now } });
  }
}

const unchanged = (before: Fields, after: Fields) => Object.keys(after).every((key) => show(before[key]) === show(after[key]));

// ——— Users ———

function newToken(userId: number) {
  return `${userId}.${crypto.randomBytes(24).toString("base64url")}`;
}
const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/**
 * A fresh set-password link replaces any earlier one. The password it
 * replaces is a random one nobody knows, so the old password stops working
 * and every session ends at once.
 */
async function issueLink(tx: Tx, userId: number): Promise<string> {
  const token = newToken(userId);
  const identifier = `set-password:${userId}`;
  await tx.verification.deleteMany({ where: { identifier } });
  await tx.verification.create({ data: { identifier, value: hashToken(token), expiresAt: new Date(Date.now() + LINK_HOURS * 3_600_000) } });
  await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: await hashPassword(crypto.randomBytes(32).toString("base64url")) } });
  await tx.session.deleteMany({ where: { userId } });
  return token;
}

export async function createUser(actor: Actor, input: UserInput): Promise<AdminOutcome<{ id: number; token: string }>> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { kind: "invalid", fieldErrors: { email: m.admin.emailTaken } };
  if (input.provinceId !== null && !(await db.province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    return { kind: "invalid", fieldErrors: { provinceId: m.admin.errors.choose } };
  }
  const password = await hashPassword(crypto.randomBytes(32).toString("base64url"));
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...input, emailVerified: true }, select: { id: true } });
    await tx.account.create({ data: { userId: user.id, accountId: String(user.id), providerId: "credential", password } });
    await audit(tx, actor, "user.create", `user:${user.id}`, null, input, input.provinceId);
    return { kind: "ok", id: user.id, token: await issueLink(tx, user.id) };
  });
}

export async function updateUser(actor: Actor, userId: number, input: UserInput): Promise<AdminOutcome> {
  const before = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true, provinceId: true } });
  if (!before) return { kind: "notFound" };
  if (!mayChangeAccount(actor, userId, { role: input.role, from: before.role })) return { kind: "invalid", fieldErrors: { role: m.admin.notYourself } };
  const other = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (other && other.id !== userId) return { kind: "invalid", fieldErrors: { email: m.admin.emailTaken } };
  if (input.provinceId !== null && !(await db.province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    return { kind: "invalid", fieldErrors: { provinceId: m.admin.errors.choose } };
  }
  if (unchanged(before, input)) return { kind: "ok", id: userId };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: input });
    // New rights or a new unit start with a new sign-in.
    if (before.role !== input.role || before.provinceId !== input.provinceId) await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, "user.update", `user:${userId}`, before, input, input.provinceId ?? before.provinceId);
  });
  return { kind: "ok", id: userId };
}

/** A deactivated person is signed out everywhere at once and cannot sign in; their figures and history stay. */
export async function setUserActive(actor: Actor, userId: number, active: boolean): Promise<AdminOutcome> {
  if (!mayChangeAccount(actor, userId, { active })) return { kind: "refused", reason: m.admin.notYourself };
  const before = await db.user.findUnique({ where: { id: userId }, select: { active: true, provinceId: true } });
  if (!before) return { kind: "notFound" };
  if (before.active === active) return { kind: "ok", id: userId };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, active ? "user.activate" : "user.deactivate", `user:${userId}`, { active: before.active }, { active }, before.provinceId);
  });
  return { kind: "ok", id: userId };
}

export async function resetPassword(actor: Actor, userId: number): Promise<AdminOutcome<{ id: number; token: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { provinceId: true } });
  if (!user) return { kind: "notFound" };
  return db.$transaction(async (tx) => {
    const token = await issueLink(tx, userId);
    await audit(tx, actor, "user.password.reset", `user:${userId}`, null, null, user.provinceId);
    return { kind: "ok", id: userId, token };
  });
}

export type LinkProblem = "invalid" | "expired" | "inactive";

/** Whether a set-password link can still be used; null when it can. */
export async function checkLink(token: string): Promise<LinkProblem | null> {
  const found = await findLink(token);
  return found.problem;
}

async function findLink(token: string) {
  const userId = Number(/^(\d{1,9})\./.exec(token)?.[1] ?? NaN);
  const link = Number.isFinite(userId) ? await db.verification.findFirst({ where: { identifier: `set-password:${userId}` } }) : null;
  const valid = link !== null && crypto.timingSafeEqual(Buffer.from(link.value), Buffer.from(hashToken(token)));
  if (!link || !valid) return { problem: "invalid" as const, userId };
  if (link.expiresAt < new Date()) return { problem: "expired" as const, userId };
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true, provinceId: true } });
  if (!user || !isActive(user)) return { problem: "inactive" as const, userId };
  return { problem: null, userId, user };
}

/** The person behind a set-password link chooses their password; the link then stops working. */
export async function setPasswordWithLink(token: string, password: string): Promise<{ kind: "ok" } | { kind: "refused"; problem: LinkProblem }> {
  const found = await findLink(token);
  if (found.problem) return { kind: "refused", problem: found.problem };
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Spending the link and using it are one step: of two uses at once, or a use racing a new link, one wins.
    const spent = await tx.verification.deleteMany({ where: { identifier: `set-password:${found.userId}`, value: hashToken(token), expiresAt: { gt: new Date() } } });
    if (spent.count !== 1) return { kind: "refused" as const, problem: "invalid" as const };
    await tx.account.updateMany({ where: { userId: found.userId, providerId: "credential" }, data: { password: hash } });
    await tx.session.deleteMany({ where: { userId: found.userId } });
    await tx.auditEvent.create({ data: { action: "user.password.set", actorId: found.userId, subject: `user:${found.userId}`, provinceId: found.user?.provinceId ?? null } });
    return { kind: "ok" as const };
  });
}

// ——— Units ———

export async function saveUnit(actor: Actor, unitId: number | null, input: UnitInput): Promise<AdminOutcome> {
  const sameSlug = await db.province.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (sameSlug && sameSlug.id !== unitId) return { kind: "invalid", fieldErrors: { slug: m.admin.slugTaken } };
  if (input.successorId !== null) {
    if (input.successorId === unitId) return { kind: "invalid", fieldErrors: { successorId: m.admin.successorSelf } };
    if (!(await db.province.findUnique({ where: { id: input.successorId }, select: { id: true } }))) return { kind: "invalid", fieldErrors: { successorId: m.admin.errors.choose } };
    // A successor's own successors must not lead back here: lineage is a chain, not a loop.
    const successors = new Map((await db.province.findMany({ select: { id: true, successorId: true } })).map((u) => [u.id, u.successorId]));
    for (let next: number | null | undefined = input.successorId, steps = 0; next != null && steps < successors.size; next = successors.get(next), steps++) {
      if (next === unitId) return { kind: "invalid", fieldErrors: { successorId: m.admin.successorLoop } };
    }
  }
  if (unitId !== null) {
    // The unit's life must still hold every figure it reported.
    const outside = await db.observation.count({
      where: {
        provinceId: unitId,
        OR: [...(input.validTo ? [{ periodEnd: { gt: input.validTo } }] : []), ...(input.validFrom ? [{ periodEnd: { lt: input.validFrom } }] : [])],
      },
    });
    if ((input.validTo || input.validFrom) && outside > 0) return { kind: "invalid", fieldErrors: { [input.validTo ? "validTo" : "validFrom"]: m.admin.figuresOutside(outside) } };
  }
  if (unitId === null) {
    return db.$transaction(async (tx) => {
      const unit = await tx.province.create({ data: input, select: { id: true } });
      await audit(tx, actor, "unit.create", `unit:${unit.id}`, null, input, unit.id);
      return { kind: "ok", id: unit.id };
    });
  }
  const before = await db.province.findUnique({ where: { id: unitId }, select: { slug: true, nameVi: true, nameEn: true, kind: true, validFrom: true, validTo: true, successorId: true } });
  if (!before) return { kind: "notFound" };
  // The address of a unit's public pages does not move once it has figures.
  if (before.slug !== input.slug && (await db.observation.count({ where: { provinceId: unitId } })) > 0) return { kind: "invalid", fieldErrors: { slug: m.admin.slugFixed } };
  if (unchanged(before, input)) return { kind: "ok", id: unitId };
  await db.$transaction(async (tx) => {
    await tx.province.update({ where: { id: unitId }, data: input });
    await audit(tx, actor, "unit.update", `unit:${unitId}`, before, input, unitId);
  });
  return { kind: "ok", id: unitId };
}

export async function deleteUnit(actor: Actor, unitId: number): Promise<AdminOutcome> {
  const unit = await db.province.findUnique({
    where: { id: unitId },
    select: {
      ...unitSelect,
      successorId: true,
      _count: { select: { observations: true, reports: true, targets: true, users: true, predecessors: true, dtiResults: true, facts: true } },
    },
  });
  if (!unit) return { kind: "notFound" };
  const dependents = Object.entries(unit._count).filter(([, n]) => n > 0);
  if (dependents.length > 0) return { kind: "refused", reason: m.admin.unitInUse(dependents.map(([what, n]) => m.admin.dependents[what as keyof typeof m.admin.dependents](n))) };
  await db.$transaction(async (tx) => {
    await tx.province.delete({ where: { id: unitId } });
    await audit(tx, actor, "unit.delete", `unit:${unitId}`, { slug: unit.slug, nameVi: unit.nameVi, nameEn: unit.nameEn, kind: unit.kind, validFrom: unit.validFrom, validTo: unit.validTo, successorId: unit.successorId }, null);
  });
  return { kind: "ok", id: unitId };
}

// ——— Indicators ———

export async function saveIndicator(actor: Actor, indicatorId: number | null, input: IndicatorInput): Promise<AdminOutcome> {
  const sameCode = await db.indicator.findUnique({ where: { code: input.code }, select: { id: true } });
  if (sameCode && sameCode.id !== indicatorId) return { kind: "invalid", fieldErrors: { code: m.admin.codeTaken } };
  if (!(await db.pillar.findUnique({ where: { id: input.pillarId }, select: { id: true } }))) return { kind: "invalid", fieldErrors: { pillarId: m.admin.errors.choose } };
  if (indicatorId === null) {
    const last = await db.indicator.aggregate({ where: { pillarId: input.pillarId }, _max: { sortOrder: true } });
    return db.$transaction(async (tx) => {
      const created = await tx.indicator.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true } });
      await audit(tx, actor, "indicator.create", `indicator:${created.id}`, null, input);
      return { kind: "ok", id: created.id };
    });
  }
  const before = await db.indicator.findUnique({
    where: { id: indicatorId },
    select: { code: true, pillarId: true, nameVi: true, nameEn: true, definitionVi: true, definitionEn: true, unit: true, direction: true, minValue: true, maxValue: true, periodicity: true, isHeadline: true, decision: true },
  });
  if (!before) return { kind: "notFound" };
  const [figures, targets] = await Promise.all([db.observation.count({ where: { indicatorId } }), db.target.count({ where: { indicatorId } })]);
  // What stored figures and targets mean must not change under them: a new meaning is a new indicator.
  if (figures + targets > 0) {
    for (const field of ["code", "unit", "direction"] as const) {
      if (before[field] !== input[field]) return { kind: "invalid", fieldErrors: { [field]: m.admin.meaningFixed(figures, targets) } };
    }
  }
  // New bounds must hold every figure and every target already stored: a target of 90 under a maximum of 50 could never be met.
  for (const [field, where] of [
    ["minValue", input.minValue === null ? null : { lt: input.minValue }],
    ["maxValue", input.maxValue === null ? null : { gt: input.maxValue }],
  ] as const) {
    if (!where) continue;
    const [outsideFigures, outsideTargets] = await Promise.all([
      figures > 0 ? db.observation.count({ where: { indicatorId, value: where } }) : 0,
      targets > 0 ? db.target.count({ where: { indicatorId, value: where } }) : 0,
    ]);
    if (outsideFigures + outsideTargets > 0) return { kind: "invalid", fieldErrors: { [field]: m.admin.boundsExclude(outsideFigures, outsideTargets) } };
  }
  if (unchanged(before, input)) return { kind: "ok", id: indicatorId };
  await db.$transaction(async (tx) => {
    await tx.indicator.update({ where: { id: indicatorId }, data: input });
    await audit(tx, actor, "indicator.update", `indicator:${indicatorId}`, before, input);
  });
  return { kind: "ok", id: indicatorId };
}

export async function deleteIndicator(actor: Actor, indicatorId: number): Promise<AdminOutcome> {
  const indicator = await db.indicator.findUnique({ where: { id: indicatorId }, select: { code: true, nameVi: true, _count: { select: { observations: true, targets: true } } } });
  if (!indicator) return { kind: "notFound" };
  const dependents = Object.entries(indicator._count).filter(([, n]) => n > 0);
  if (dependents.length > 0) return { kind: "refused", reason: m.admin.indicatorInUse(dependents.map(([what, n]) => m.admin.dependents[what as keyof typeof m.admin.dependents](n))) };
  await db.$transaction(async (tx) => {
    await tx.indicator.delete({ where: { id: indicatorId } });
    await audit(tx, actor, "indicator.delete", `indicator:${indicatorId}`, { code: indicator.code, nameVi: indicator.nameVi }, null);
  });
  return { kind: "ok", id: indicatorId };
}

// ——— Targets ———

async function targetSourceId(tx: Tx, title: string, url: string | null) {
  const key = `admin:${crypto.createHash("sha256").update(`${title}\n${url ?? ""}`).digest("hex").slice(0, 24)}`;
  const source = await tx.source.upsert({ where: { key }, create: { key, kind: "DECISION", title, url }, update: {}, select: { id: true } });
  return source.id;
}

export async function saveTarget(actor: Actor, targetId: number | null, input: TargetInput): Promise<AdminOutcome> {
  const indicator = await db.indicator.findUnique({ where: { id: input.indicatorId }, select: { unit: true, minValue: true, maxValue: true } });
  if (!indicator) return { kind: "invalid", fieldErrors: { indicatorId: m.admin.errors.choose } };
  if (!(await db.province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) return { kind: "invalid", fieldErrors: { provinceId: m.admin.errors.choose } };
  const problem = valueProblem(input.value, indicator);
  if (problem) return { kind: "invalid", fieldErrors: { value: problem } };
  const same = await db.target.findUnique({ where: { provinceId_indicatorId_year: { provinceId: input.provinceId, indicatorId: input.indicatorId, year: input.year } }, select: { id: true } });
  if (same && same.id !== targetId) return { kind: "invalid", fieldErrors: { year: m.admin.targetTaken } };

  const { sourceTitle, sourceUrl, ...fields } = input;
  const record = { ...fields, sourceTitle, sourceUrl };
  if (targetId === null) {
    return db.$transaction(async (tx) => {
      const created = await tx.target.create({ data: { ...fields, sourceId: await targetSourceId(tx, sourceTitle, sourceUrl) }, select: { id: true } });
      await audit(tx, actor, "target.create", `target:${created.id}`, null, record, input.provinceId);
      return { kind: "ok", id: created.id };
    });
  }
  const before = await db.target.findUnique({
    where: { id: targetId },
    select: { provinceId: true, indicatorId: true, year: true, comparator: true, value: true, scope: true, note: true, source: { select: { title: true, url: true } } },
  });
  if (!before) return { kind: "notFound" };
  const { source, ...rest } = before;
  const old = { ...rest, sourceTitle: source.title, sourceUrl: source.url };
  if (unchanged(old, record)) return { kind: "ok", id: targetId };
  await db.$transaction(async (tx) => {
    const sourceId = source.title === sourceTitle && source.url === sourceUrl ? undefined : await targetSourceId(tx, sourceTitle, sourceUrl);
    await tx.target.update({ where: { id: targetId }, data: { ...fields, ...(sourceId ? { sourceId } : {}) } });
    await audit(tx, actor, "target.update", `target:${targetId}`, old, record, input.provinceId);
  });
  return { kind: "ok", id: targetId };
}

/** Nothing is stored against a target, so one may go; the audit keeps what it was. */
export async function deleteTarget(actor: Actor, targetId: number): Promise<AdminOutcome> {
  const target = await db.target.findUnique({ where: { id: targetId }, select: { provinceId: true, indicatorId: true, year: true, comparator: true, value: true, scope: true } });
  if (!target) return { kind: "notFound" };
  await db.$transaction(async (tx) => {
    await tx.target.delete({ where: { id: targetId } });
    await audit(tx, actor, "target.delete", `target:${targetId}`, target, null, target.provinceId);
  });
  return { kind: "ok", id: targetId };
}

// ——— Report deadlines ———

/**
 * Sets when one kind of period's report is counted to and due, for every
 * unit or for one: the rule replaces the one it had, each changed field
 * audited with its old and new value.
 */
export async function saveDeadline(actor: Actor, input: DeadlineInput): Promise<AdminOutcome> {
  if (input.provinceId !== null && !(await db.province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    return { kind: "invalid", fieldErrors: { provinceId: m.admin.errors.choose } };
  }
  const { provinceId, periodKind, ...rule } = input;
  return db.$transaction(async (tx) => {
    // Not a compound-key upsert: a key with no unit (null) matches nothing in either database.
    const before = await tx.reportDeadline.findFirst({ where: { provinceId, periodKind }, select: { id: true, cutoffDay: true, dueDays: true, remindDays: true } });
    if (!before) {
      const created = await tx.reportDeadline.create({ data: { provinceId, periodKind, ...rule, updatedById: actor.id }, select: { id: true } });
      await audit(tx, actor, "deadline.create", `deadline:${created.id}`, null, input, provinceId);
      return { kind: "ok", id: created.id };
    }
    const { id, ...old } = before;
    if (unchanged(old, rule)) return { kind: "ok", id };
    await tx.reportDeadline.update({ where: { id }, data: { ...rule, updatedById: actor.id } });
    await audit(tx, actor, "deadline.update", `deadline:${id}`, old, rule, provinceId);
    return { kind: "ok", id };
  });
}

/** A unit's own rule goes, and the rule for every unit (or the default) applies to it again. */
export async function deleteDeadline(actor: Actor, deadlineId: number): Promise<AdminOutcome> {
  const rule = await db.reportDeadline.findUnique({ where: { id: deadlineId }, select: { provinceId: true, periodKind: true, cutoffDay: true, dueDays: true, remindDays: true } });
  if (!rule) return { kind: "notFound" };
  await db.$transaction(async (tx) => {
    await tx.reportDeadline.delete({ where: { id: deadlineId } });
    await audit(tx, actor, "deadline.delete", `deadline:${deadlineId}`, rule, null, rule.provinceId);
  });
  return { kind: "ok", id: deadlineId };
}

// ——— Mail ———

/** A mail that failed every attempt goes back in the queue, to be tried again at once. */
export async function retryMail(actor: Actor, mailId: number): Promise<AdminOutcome> {
  const mail = await db.outboxMail.findUnique({ where: { id: mailId }, select: { status: true, provinceId: true } });
  if (!mail) return { kind: "notFound" };
  if (mail.status !== "FAILED") return { kind: "ok", id: mailId };
  await db.$transaction(async (tx) => {
    await tx.outboxMail.update({ where: { id: mailId }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() } });
    await tx.auditEvent.create({ data: { action: "mail.retry", actorId: actor.id, subject: `mail:${mailId}`, provinceId: mail.provinceId, oldValue: "FAILED", newValue: "PENDING" } });
  });
  sendSoon();
  return { kind: "ok", id: mailId };
}
