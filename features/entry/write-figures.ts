import "server-only";
// The writes under saveFigures (features/entry/service.ts): one unit's figures
// over one period (the entry form) or many (the import), in a fixed number
// of statements however many figures and periods there are.
import crypto from "node:crypto";
import type { Actor } from "@/lib/security/authorization";
import type { EntryValue } from "@/features/entry/schema";
import { Prisma, type ReportStatus } from "@/lib/generated/prisma/client";
import { periodEnd, type Period } from "@/lib/domain/period";
import { unitsRankedFor } from "@/lib/domain/succession";
import { insertRows, type Cell } from "@/lib/server/bulk-insert";
import type { Tx } from "@/lib/server/transaction";
import { isEditable } from "@/lib/domain/workflow";

/** The figure someone else saved after the form (or the dry run) was loaded. */
export interface Conflict {
  value: number | null;
  source: string | null;
  version: number;
  by: string | null;
}

export type Refusal = { kind: "conflict"; conflicts: Record<number, Conflict> } | { kind: "locked" };

/** Thrown inside the transaction: rolls it back with the answer for the period it concerns. */
export class Rollback extends Error {
  constructor(
    readonly outcome: Refusal,
    readonly period: string,
  ) {
    super(outcome.kind);
  }
}

/** One period's figures of a unit, as the form or a spreadsheet sends them. */
export interface PeriodFigures {
  period: Period;
  values: readonly EntryValue[];
}

/** A figure as stored now, with what a conflict tells of it. */
interface StoredFigure {
  id: number;
  indicatorId: number;
  period: string;
  value: number;
  note: string | null;
  version: number;
  sourceId: number;
  sourceTitle: string;
  enteredByName: string | null;
}

/**
 * Every figure sent, as stored now, and which of their indicators are ranks,
 * in one read: a save touches only the figures that changed, and a rank is
 * stored with how many units were ranked that period.
 */
async function readStored(tx: Tx, provinceId: number, codes: readonly string[], indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return { stored: [] as StoredFigure[], ranks: new Set<number>() };
  const rows = await tx.$queryRaw<Array<Omit<StoredFigure, "id"> & { id: number | null; isRank: number | bigint }>>(Prisma.sql`
    SELECT i."id" AS "indicatorId", CASE WHEN i."unit" = 'RANK' THEN 1 ELSE 0 END AS "isRank",
      o."id", o."period", o."value", o."note", o."version", o."sourceId", s."title" AS "sourceTitle", u."name" AS "enteredByName"
    FROM "Indicator" i
    LEFT JOIN "Observation" o ON o."indicatorId" = i."id" AND o."provinceId" = ${provinceId} AND o."period" IN (${Prisma.join(codes)})
    LEFT JOIN "Source" s ON s."id" = o."sourceId"
    LEFT JOIN "User" u ON u."id" = o."enteredById"
    WHERE i."id" IN (${Prisma.join(indicatorIds)})`);
  return {
    stored: rows.flatMap((r) =>
      r.id === null
        ? []
        : [{ id: r.id, indicatorId: r.indicatorId, period: r.period, value: r.value, note: r.note, version: r.version, sourceId: r.sourceId, sourceTitle: r.sourceTitle, enteredByName: r.enteredByName }],
    ),
    ranks: new Set(rows.filter((r) => Number(r.isRank) === 1).map((r) => r.indicatorId)),
  };
}

type Changed = { period: Period; value: EntryValue & { value: number }; existing: StoredFigure | null; source: string };

const figureKey = (period: string, indicatorId: number) => `${period}:${indicatorId}`;

const AUDIT_COLUMNS = ["at", "actorId", "action", "provinceId", "reportId", "observationId", "indicatorId", "period", "oldValue", "newValue", "reason"] as const;
type Audit = { action: string; reportId: number; observationId?: number | null; indicatorId?: number | null; period: string; oldValue?: string | null; newValue?: string | null; reason?: string | null };

const OBSERVATION_COLUMNS = ["provinceId", "indicatorId", "period", "periodEnd", "value", "outOf", "note", "sourceId", "enteredById", "version", "createdAt", "updatedAt"] as const;

/**
 * Writes the figures that changed, period by period as given, into each
 * period's report (made as a draft, and audited, when there is none), with an
 * audit event per figure written; returns each period's report as it was
 * before, and whether this write made it. Throws a Rollback for the first
 * period whose report is not editable or where anyone saved a figure since it
 * was read.
 */
export async function writeFigures(tx: Tx, actor: Actor, provinceId: number, periods: readonly PeriodFigures[]): Promise<Array<{ id: number; status: ReportStatus; created: boolean }>> {
  const codes = periods.map((p) => p.period.code);
  // Raw reads and updates on this path: the ORM takes several times as long as the database to build each statement.
  const found = await tx.$queryRaw<Array<{ id: number; period: string; status: ReportStatus }>>(
    Prisma.sql`SELECT "id", "period", CAST("status" AS TEXT) AS "status" FROM "Report" WHERE "provinceId" = ${provinceId} AND "period" IN (${Prisma.join(codes)})`,
  );
  const reportOf = new Map(found.map((r) => [r.period, { ...r, created: false }]));

  const { stored, ranks } = await readStored(tx, provinceId, codes, [...new Set(periods.flatMap((p) => p.values.map((v) => v.indicatorId)))]);
  const storedOf = new Map(stored.map((o) => [figureKey(o.period, o.indicatorId), o]));
  const removed: Array<{ period: string; indicatorId: number; existing: StoredFigure }> = [];
  const changed: Changed[] = [];
  for (const { period, values } of periods) {
    const report = reportOf.get(period.code);
    if (report && !isEditable(report.status)) throw new Rollback({ kind: "locked" }, period.code);
    const conflicts: Record<number, Conflict> = {};
    for (const value of values) {
      const existing = storedOf.get(figureKey(period.code, value.indicatorId)) ?? null;
      if ((existing?.version ?? 0) !== value.version) {
        conflicts[value.indicatorId] = { value: existing?.value ?? null, source: existing?.sourceTitle ?? null, version: existing?.version ?? 0, by: existing?.enteredByName ?? null };
        continue;
      }
      if (value.value === null) {
        if (existing) removed.push({ period: period.code, indicatorId: value.indicatorId, existing });
        continue;
      }
      const source = value.source ?? "";
      if (existing && existing.value === value.value && existing.sourceTitle === source && existing.note === value.note) continue;
      changed.push({ period, value: { ...value, value: value.value }, existing, source });
    }
    // Nothing is written for a save that will be rolled back anyway.
    if (Object.keys(conflicts).length > 0) throw new Rollback({ kind: "conflict", conflicts }, period.code);
  }

  const audits: Audit[] = [];
  const missing = codes.filter((code) => !reportOf.has(code));
  if (missing.length > 0) {
    const made = await tx.report.createManyAndReturn({
      data: missing.map((period) => ({ provinceId, period, status: "DRAFT" as const, createdById: actor.id })),
      select: { id: true, period: true, status: true },
    });
    for (const report of made) reportOf.set(report.period, { ...report, created: true });
    for (const period of missing) audits.push({ action: "report.create", reportId: reportOf.get(period)!.id, period, newValue: "DRAFT" });
  }
  const reports = codes.map((code) => reportOf.get(code)!);
  const reportIdOf = (period: string) => reportOf.get(period)!.id;
  if (removed.length === 0 && changed.length === 0) {
    await insertAudits(tx, actor, provinceId, audits);
    return reports;
  }

  // Figures someone saved between the read above and the write below.
  const raced = new Map<string, Record<number, Conflict>>();
  const newer = (period: string, existing: StoredFigure) => {
    const conflicts = raced.get(period) ?? {};
    conflicts[existing.indicatorId] = { value: existing.value, source: existing.sourceTitle, version: existing.version + 1, by: null };
    raced.set(period, conflicts);
  };
  for (const { period, indicatorId, existing } of removed) {
    const deleted = await tx.observation.deleteMany({ where: { id: existing.id, provinceId, version: existing.version } });
    if (deleted.count !== 1) newer(period, existing);
    else audits.push({ action: "observation.delete", reportId: reportIdOf(period), observationId: existing.id, indicatorId, period, oldValue: String(existing.value) });
  }

  if (changed.length > 0) await writeChanged(tx, actor, provinceId, changed, { audits, reportIdOf, newer, ranks });
  await insertAudits(tx, actor, provinceId, audits);
  for (const code of codes) {
    const conflicts = raced.get(code);
    if (conflicts) throw new Rollback({ kind: "conflict", conflicts }, code);
  }
  return reports;
}

async function writeChanged(
  tx: Tx,
  actor: Actor,
  provinceId: number,
  changed: readonly Changed[],
  {
    audits,
    reportIdOf,
    newer,
    ranks,
  }: { audits: Audit[]; reportIdOf: (period: string) => number; newer: (period: string, existing: StoredFigure) => void; ranks: ReadonlySet<number> },
) {
  // Ranks out of 63 and of 34 are never compared.
  const outOf = (indicatorId: number, period: Period) => (ranks.has(indicatorId) ? unitsRankedFor(periodEnd(period)) : null);

  // An unchanged source keeps its record (and the link and date a cited source carries); each new text is looked up once.
  const sourceIds = new Map<string, number>();
  for (const { existing, source } of changed) {
    if ((!existing || existing.sourceTitle !== source) && !sourceIds.has(source)) sourceIds.set(source, await sourceIdFor(tx, source));
  }
  const sourceIdOf = ({ existing, source }: Changed) => (existing && existing.sourceTitle === source ? existing.sourceId : sourceIds.get(source)!);

  for (const item of changed) {
    const { value, existing, period } = item;
    if (!existing) continue;
    // A figure typed in is exact and for the whole period; "more than", "nearly" or a to-date day belonged to the cited wording it replaces.
    const updated = await tx.$executeRaw(Prisma.sql`
      UPDATE "Observation" SET "value" = ${value.value}, "qualifier" = 'EXACT', "asOf" = NULL, "outOf" = ${outOf(value.indicatorId, period)}, "note" = ${value.note},
        "sourceId" = ${sourceIdOf(item)}, "enteredById" = ${actor.id}, "version" = "version" + 1, "updatedAt" = ${new Date()}
      WHERE "id" = ${existing.id} AND "provinceId" = ${provinceId} AND "version" = ${existing.version}`);
    if (updated !== 1) newer(period.code, existing);
    else
      audits.push({
        action: "observation.update",
        reportId: reportIdOf(period.code),
        observationId: existing.id,
        indicatorId: value.indicatorId,
        period: period.code,
        oldValue: String(existing.value),
        newValue: String(value.value),
        reason: value.note,
      });
  }

  const created = changed.filter((c) => !c.existing);
  if (created.length === 0) return;
  // A figure cleared and entered again continues past every version it had
  // (each create, update and clearing is one audit event), so a form loaded
  // before the clearing still meets a conflict.
  const history = await tx.auditEvent.groupBy({
    by: ["indicatorId", "period"],
    where: {
      provinceId,
      period: { in: [...new Set(created.map((c) => c.period.code))] },
      indicatorId: { in: [...new Set(created.map((c) => c.value.indicatorId))] },
      action: { startsWith: "observation." },
    },
    _count: { _all: true },
  });
  const changes = new Map(history.map((h) => [figureKey(h.period!, h.indicatorId!), h._count._all]));
  // Raw multi-row inserts: the ORM's createMany costs far more per row than the database does.
  const now = new Date();
  const rows = await insertRows<{ id: number; indicatorId: number; period: string }>(
    tx,
    "Observation",
    OBSERVATION_COLUMNS,
    created.map((item): Cell[] => [
      provinceId,
      item.value.indicatorId,
      item.period.code,
      periodEnd(item.period),
      item.value.value,
      outOf(item.value.indicatorId, item.period),
      item.value.note,
      sourceIdOf(item),
      actor.id,
      (changes.get(figureKey(item.period.code, item.value.indicatorId)) ?? 0) + 1,
      now,
      now,
    ]),
    ["id", "indicatorId", "period"],
  );
  const idOf = new Map(rows.map((r) => [figureKey(r.period, Number(r.indicatorId)), Number(r.id)]));
  for (const { value, period } of created) {
    audits.push({
      action: "observation.create",
      reportId: reportIdOf(period.code),
      observationId: idOf.get(figureKey(period.code, value.indicatorId))!,
      indicatorId: value.indicatorId,
      period: period.code,
      newValue: String(value.value),
      reason: value.note,
    });
  }
}

function insertAudits(tx: Tx, actor: Actor, provinceId: number, audits: readonly Audit[]) {
  const at = new Date();
  return insertRows(
    tx,
    "AuditEvent",
    AUDIT_COLUMNS,
    audits.map((a): Cell[] => [at, actor.id, a.action, provinceId, a.reportId, a.observationId ?? null, a.indicatorId ?? null, a.period, a.oldValue ?? null, a.newValue ?? null, a.reason ?? null]),
  );
}

/** Free-text sources typed by staff become Source rows, one per distinct text. */
async function sourceIdFor(tx: Tx, title: string) {
  const key = `entered:${crypto.createHash("sha256").update(title).digest("hex").slice(0, 24)}`;
  const source = await tx.source.upsert({ where: { key }, create: { key, kind: "REPORT", title }, update: {}, select: { id: true } });
  return source.id;
}
