import "server-only";
// Writes of a unit's figures: saved into its report as a draft or submitted.
// Called by the entry action and by the spreadsheet import, after
// lib/server/guard has checked who is asking. Each write is one transaction:
// all of it or nothing.
import crypto from "node:crypto";
import { recordRefusal } from "@/lib/server/audit";
import type { Actor } from "@/lib/security/authorization";
import type { EntryValue } from "@/features/entry/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { periodEnd, type Period } from "@/lib/domain/period";
import { unitsRankedFor } from "@/lib/domain/succession";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { isEditable } from "@/lib/domain/workflow";
import { queueWorkflowMail, sendSoon } from "@/features/mail/service";

/** The figure someone else saved after the form (or the dry run) was loaded. */
export interface Conflict {
  value: number | null;
  source: string | null;
  version: number;
  by: string | null;
}

export type SaveOutcome =
  /** `created`: the save began the report, which the unit's pages then show as a draft. */
  | { kind: "saved"; reportId: number; created: boolean }
  | { kind: "conflict"; conflicts: Record<number, Conflict> }
  | { kind: "locked" };

class Rollback extends Error {
  constructor(readonly outcome: Exclude<SaveOutcome, { kind: "saved" }>) {
    super(outcome.kind);
  }
}

/**
 * Saves figures of one unit and period into its report (made as a draft when
 * there is none) and, with `submit`, submits it. A figure whose version moved
 * since it was read is a conflict; a report no longer editable is locked.
 * Either rolls everything back.
 */
export async function saveFigures(
  actor: Actor,
  args: { provinceId: number; period: Period; values: readonly EntryValue[]; submit?: { note: string | null } },
  tx?: Tx,
): Promise<SaveOutcome> {
  const work = async (tx: Tx): Promise<SaveOutcome> => {
    const report = await openReport(tx, actor, args.provinceId, args.period);
    if (!isEditable(report.status)) throw new Rollback({ kind: "locked" });

    // Every figure the form sent, as stored now, in one read: a save touches only those that changed.
    const stored = await tx.observation.findMany({
      where: { provinceId: args.provinceId, period: args.period.code, indicatorId: { in: args.values.map((v) => v.indicatorId) } },
      select: storedSelect,
    });
    const conflicts = await writeValues(tx, { values: args.values, stored, provinceId: args.provinceId, period: args.period, reportId: report.id, actorId: actor.id });
    if (Object.keys(conflicts).length > 0) throw new Rollback({ kind: "conflict", conflicts });

    if (args.submit) {
      const moved = await tx.report.updateMany({
        where: { id: report.id, provinceId: args.provinceId, status: { in: ["DRAFT", "RETURNED"] } },
        data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new Rollback({ kind: "locked" });
      const submitted = await tx.auditEvent.create({
        data: {
          action: "report.submit",
          actorId: actor.id,
          provinceId: args.provinceId,
          reportId: report.id,
          period: args.period.code,
          oldValue: report.status,
          newValue: "SUBMITTED",
          reason: args.submit.note,
        },
        select: { id: true },
      });
      await queueWorkflowMail(tx, {
        kind: "SUBMITTED",
        auditEventId: submitted.id,
        reportId: report.id,
        provinceId: args.provinceId,
        period: args.period.code,
        actorId: actor.id,
        comment: args.submit.note,
      });
    }
    return { kind: "saved", reportId: report.id, created: report.created };
  };
  try {
    if (tx) return await work(tx);
    const outcome = await writeTransaction(work, { timeout: 60_000 });
    if (args.submit) sendSoon();
    return outcome;
  } catch (error) {
    if (!(error instanceof Rollback) || tx) throw error;
    await recordRollback(actor, error.outcome, args.provinceId, args.period.code);
    return error.outcome;
  }
}

/** A write refused for a locked report or a conflict is audited, after the rollback (the refusal itself is kept). */
export async function recordRollback(actor: Actor, outcome: Exclude<SaveOutcome, { kind: "saved" }>, provinceId: number, period: string) {
  if (outcome.kind === "locked") await recordRefusal(actor, "report.locked", "report not editable", { provinceId, period });
  else await recordRefusal(actor, "observation.conflict", `indicators ${Object.keys(outcome.conflicts).join(", ")}`.slice(0, 500), { provinceId, period });
}

/** Whether a caller running its own transaction got a conflict or a locked report (and must let it roll back). */
export function rollbackOutcome(error: unknown): Exclude<SaveOutcome, { kind: "saved" }> | null {
  return error instanceof Rollback ? error.outcome : null;
}

/** The unit's report for the period, made as a draft (and audited) when there is none. */
async function openReport(tx: Tx, actor: Actor, provinceId: number, period: Period) {
  const where = { provinceId_period: { provinceId, period: period.code } };
  const existing = await tx.report.findUnique({ where, select: { id: true, status: true } });
  if (existing) return { ...existing, created: false };
  const report = await tx.report.create({
    data: { provinceId, period: period.code, status: "DRAFT", createdById: actor.id },
    select: { id: true, status: true },
  });
  await tx.auditEvent.create({ data: { action: "report.create", actorId: actor.id, provinceId, reportId: report.id, period: period.code, newValue: "DRAFT" } });
  return { ...report, created: true };
}

/** Free-text sources typed by staff become Source rows, one per distinct text. */
async function sourceIdFor(tx: Tx, title: string) {
  const key = `entered:${crypto.createHash("sha256").update(title).digest("hex").slice(0, 24)}`;
  const source = await tx.source.upsert({ where: { key }, create: { key, kind: "REPORT", title }, update: {}, select: { id: true } });
  return source.id;
}

const storedSelect = {
  id: true,
  indicatorId: true,
  value: true,
  note: true,
  version: true,
  sourceId: true,
  source: { select: { title: true } },
  enteredBy: { select: { name: true } },
} satisfies Prisma.ObservationSelect;

type StoredFigure = Prisma.ObservationGetPayload<{ select: typeof storedSelect }>;

/**
 * Writes the figures that changed (`stored`: as read in this transaction) and
 * returns, per indicator, the newer figure of anyone who saved in between.
 * Figures entered for the first time and every audit event are written in one
 * statement each, so an import of thousands of figures is a few queries.
 */
async function writeValues(
  tx: Tx,
  args: { values: readonly EntryValue[]; stored: readonly StoredFigure[]; provinceId: number; period: Period; reportId: number; actorId: number },
): Promise<Record<number, Conflict>> {
  const { provinceId, actorId } = args;
  const period = args.period.code;
  const storedOf = new Map(args.stored.map((o) => [o.indicatorId, o]));
  const conflicts: Record<number, Conflict> = {};
  const newer = (existing: StoredFigure): Conflict => ({ value: existing.value, source: existing.source.title, version: existing.version + 1, by: null });
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const audit = (indicatorId: number) => ({ actorId, provinceId, reportId: args.reportId, indicatorId, period });

  const changed: Array<{ value: EntryValue & { value: number }; existing: StoredFigure | null; source: string }> = [];
  for (const value of args.values) {
    const existing = storedOf.get(value.indicatorId) ?? null;
    if ((existing?.version ?? 0) !== value.version) {
      conflicts[value.indicatorId] = { value: existing?.value ?? null, source: existing?.source.title ?? null, version: existing?.version ?? 0, by: existing?.enteredBy?.name ?? null };
      continue;
    }
    if (value.value === null) {
      if (!existing) continue;
      const removed = await tx.observation.deleteMany({ where: { id: existing.id, provinceId, version: existing.version } });
      if (removed.count !== 1) conflicts[value.indicatorId] = newer(existing);
      else audits.push({ ...audit(value.indicatorId), action: "observation.delete", observationId: existing.id, oldValue: String(existing.value) });
      continue;
    }
    const source = value.source ?? "";
    if (existing && existing.value === value.value && existing.source.title === source && existing.note === value.note) continue;
    changed.push({ value: { ...value, value: value.value }, existing, source });
  }
  // Nothing is written for a save that will be rolled back anyway.
  if (Object.keys(conflicts).length > 0) return conflicts;
  // A rank is stored with how many units were ranked that period, so ranks out of 63 and of 34 are never compared.
  const ranks = new Set((await tx.indicator.findMany({ where: { unit: "RANK" }, select: { id: true } })).map((i) => i.id));
  const outOf = (indicatorId: number) => (ranks.has(indicatorId) ? unitsRankedFor(periodEnd(args.period)) : null);

  // An unchanged source keeps its record (and the link and date a cited source carries); each new text is looked up once.
  const sourceIds = new Map<string, number>();
  for (const { existing, source } of changed) {
    if ((!existing || existing.source.title !== source) && !sourceIds.has(source)) sourceIds.set(source, await sourceIdFor(tx, source));
  }
  const sourceIdOf = ({ existing, source }: (typeof changed)[number]) => (existing && existing.source.title === source ? existing.sourceId : sourceIds.get(source)!);

  for (const item of changed) {
    const { value, existing } = item;
    if (!existing) continue;
    const updated = await tx.observation.updateMany({
      where: { id: existing.id, provinceId, version: existing.version },
      // A figure typed in is exact and for the whole period; "more than", "nearly" or a to-date day belonged to the cited wording it replaces.
      data: { value: value.value, qualifier: "EXACT", asOf: null, outOf: outOf(value.indicatorId), note: value.note, sourceId: sourceIdOf(item), enteredById: actorId, version: { increment: 1 } },
    });
    if (updated.count !== 1) conflicts[value.indicatorId] = newer(existing);
    else audits.push({ ...audit(value.indicatorId), action: "observation.update", observationId: existing.id, oldValue: String(existing.value), newValue: String(value.value), reason: value.note });
  }

  const created = changed.filter((c) => !c.existing);
  if (created.length > 0) {
    // A figure cleared and entered again continues past every version it had
    // (each create, update and clearing is one audit event), so a form loaded
    // before the clearing still meets a conflict.
    const history = await tx.auditEvent.groupBy({
      by: ["indicatorId"],
      where: { provinceId, period, indicatorId: { in: created.map((c) => c.value.indicatorId) }, action: { startsWith: "observation." } },
      _count: { _all: true },
    });
    const changes = new Map(history.map((h) => [h.indicatorId, h._count._all]));
    const rows = await tx.observation.createManyAndReturn({
      data: created.map((item) => ({
        provinceId,
        indicatorId: item.value.indicatorId,
        period,
        periodEnd: periodEnd(args.period),
        value: item.value.value,
        outOf: outOf(item.value.indicatorId),
        note: item.value.note,
        sourceId: sourceIdOf(item),
        enteredById: actorId,
        version: (changes.get(item.value.indicatorId) ?? 0) + 1,
      })),
      select: { id: true, indicatorId: true },
    });
    const idOf = new Map(rows.map((r) => [r.indicatorId, r.id]));
    for (const { value } of created) {
      audits.push({ ...audit(value.indicatorId), action: "observation.create", observationId: idOf.get(value.indicatorId)!, newValue: String(value.value), reason: value.note });
    }
  }
  if (audits.length > 0) await tx.auditEvent.createMany({ data: audits });
  return conflicts;
}
