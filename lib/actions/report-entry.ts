"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordDenied } from "@/lib/audit";
import { can, type Permission } from "@/lib/authorization";
import { db } from "@/lib/db";
import { entrySchema, requiredPeriodicity, submitCheck, type EntryValue, type IndicatorRule } from "@/lib/entry-schema";
import { vi as m } from "@/lib/i18n/messages";
import { parsePeriod, periodEnd } from "@/lib/period";
import { reportingWindowProblem } from "@/lib/reporting-window";
import { getCurrentUser } from "@/lib/session";
import { isEditable } from "@/lib/workflow";

export interface FieldInput {
  value: string;
  source: string;
  note: string;
  version: string;
}

export interface Conflict {
  value: number | null;
  source: string | null;
  version: number;
  by: string | null;
}

export interface EntryState {
  status: "idle" | "invalid" | "conflict" | "forbidden" | "locked";
  message: string | null;
  fieldErrors: Record<string, string>;
  conflicts: Record<string, Conflict>;
  /** What the person typed, given back so nothing they entered is lost. */
  input: Record<string, FieldInput> | null;
  incompleteNote: string;
}

class ConflictError extends Error {
  constructor(readonly conflicts: Record<string, Conflict>) {
    super("conflict");
  }
}
class LockedError extends Error {}

const FIELD = /^v\.(\d+)\.(value|source|note|version)$/;

function readForm(formData: FormData) {
  const fields = new Map<string, FieldInput>();
  for (const [key, raw] of formData.entries()) {
    const match = FIELD.exec(key);
    if (!match || typeof raw !== "string") continue;
    const [, id, part] = match as unknown as [string, string, keyof FieldInput];
    const field = fields.get(id) ?? { value: "", source: "", note: "", version: "0" };
    field[part] = raw;
    fields.set(id, field);
  }
  return {
    provinceId: String(formData.get("provinceId") ?? ""),
    period: String(formData.get("period") ?? ""),
    intent: formData.get("intent") === "submit" ? ("submit" as const) : ("save" as const),
    incompleteNote: String(formData.get("incompleteNote") ?? ""),
    fields,
  };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Free-text sources typed by staff become Source rows, one per distinct text. */
async function sourceIdFor(tx: Tx, title: string) {
  const key = `entered:${crypto.createHash("sha256").update(title).digest("hex").slice(0, 24)}`;
  const source = await tx.source.upsert({ where: { key }, create: { key, kind: "REPORT", title }, update: {}, select: { id: true } });
  return source.id;
}

/**
 * Saves the quarter's figures as a draft, or saves and submits them. All or
 * nothing: a bad value, a conflict or a locked report stores nothing.
 */
export async function saveReport(previous: EntryState, formData: FormData): Promise<EntryState> {
  const form = readForm(formData);
  const input = Object.fromEntries(form.fields);
  const base = { fieldErrors: {}, conflicts: {}, input, incompleteNote: form.incompleteNote, message: null };
  const actor = await getCurrentUser();
  const provinceId = /^\d+$/.test(form.provinceId) ? Number(form.provinceId) : null;

  const permission: Permission = form.intent === "submit" ? "report.submit" : "report.edit";
  if (!can(actor, "report.edit", provinceId) || !can(actor, permission, provinceId)) {
    await recordDenied(actor, permission, { provinceId, period: parsePeriod(form.period)?.code ?? null });
    return { ...base, status: "forbidden", message: m.work.forbidden };
  }

  const indicators = await db.indicator.findMany({ select: { id: true, unit: true, minValue: true, maxValue: true, nameVi: true, periodicity: true } });
  const rules = new Map<number, IndicatorRule>(indicators.map((i) => [i.id, i]));
  const parsed = entrySchema(rules).safeParse({
    provinceId: form.provinceId,
    period: form.period,
    incompleteNote: form.incompleteNote,
    values: [...form.fields].map(([indicatorId, f]) => ({ indicatorId, ...f })),
  });
  if (!parsed.success) {
    const ids = [...form.fields.keys()];
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [head, index, part] = issue.path;
      const key = head === "values" && typeof index === "number" ? `v.${ids[index]}.${String(part ?? "value")}` : String(head);
      fieldErrors[key] ??= issue.message;
    }
    return { ...base, status: "invalid", fieldErrors, message: m.work.fixErrors };
  }
  const entry = parsed.data;
  const period = parsePeriod(entry.period);
  if (!period) return { ...base, status: "invalid", message: m.work.fixErrors };
  if (form.intent === "submit") {
    // Indicators of the other periodicity are welcome but not required for completeness.
    const required = new Set(indicators.filter((i) => i.periodicity === requiredPeriodicity(period)).map((i) => i.id));
    const problem = submitCheck(entry.values.filter((v) => required.has(v.indicatorId)), required.size, entry.incompleteNote);
    if (problem) return { ...base, status: "invalid", fieldErrors: { incompleteNote: problem }, message: problem };
  }

  const province = await db.province.findUnique({ where: { id: entry.provinceId }, select: { slug: true, validFrom: true, validTo: true } });
  if (!province) return { ...base, status: "forbidden", message: m.work.forbidden };
  const windowProblem = reportingWindowProblem(period, province, new Date());
  if (windowProblem) return { ...base, status: "invalid", message: m.work.window[windowProblem] };

  try {
    await db.$transaction(async (tx) => {
      let report = await tx.report.findUnique({
        where: { provinceId_period: { provinceId: entry.provinceId, period: period.code } },
        select: { id: true, status: true },
      });
      if (report && !isEditable(report.status)) throw new LockedError();
      if (!report) {
        report = await tx.report.create({
          data: { provinceId: entry.provinceId, period: period.code, status: "DRAFT", createdById: actor!.id },
          select: { id: true, status: true },
        });
        await tx.auditEvent.create({
          data: { action: "report.create", actorId: actor!.id, provinceId: entry.provinceId, reportId: report.id, period: period.code, newValue: "DRAFT" },
        });
      }

      const conflicts: Record<string, Conflict> = {};
      for (const value of entry.values) {
        const conflict = await saveValue(tx, { value, provinceId: entry.provinceId, period: period.code, periodEnd: periodEnd(period), reportId: report.id, actorId: actor!.id });
        if (conflict) conflicts[String(value.indicatorId)] = conflict;
      }
      if (Object.keys(conflicts).length > 0) throw new ConflictError(conflicts);

      if (form.intent === "submit") {
        const moved = await tx.report.updateMany({
          where: { id: report.id, provinceId: entry.provinceId, status: { in: ["DRAFT", "RETURNED"] } },
          data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
        });
        if (moved.count !== 1) throw new LockedError();
        await tx.auditEvent.create({
          data: {
            action: "report.submit",
            actorId: actor!.id,
            provinceId: entry.provinceId,
            reportId: report.id,
            period: period.code,
            oldValue: report.status,
            newValue: "SUBMITTED",
            reason: entry.incompleteNote,
          },
        });
      }
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ...base, status: "conflict", conflicts: error.conflicts, message: m.work.conflict };
    if (error instanceof LockedError) return { ...base, status: "locked", message: m.work.locked };
    throw error;
  }

  revalidatePath("/work", "layout");
  redirect(`/work/reports/${province.slug}/${period.code}?${form.intent === "submit" ? "submitted" : "saved"}=1`);
}

/** Writes one figure if it changed; returns the newer figure when someone saved in between. */
async function saveValue(
  tx: Tx,
  args: { value: EntryValue; provinceId: number; period: string; periodEnd: Date; reportId: number; actorId: number },
): Promise<Conflict | null> {
  const { value, provinceId, period, actorId } = args;
  const where = { provinceId_indicatorId_period: { provinceId, indicatorId: value.indicatorId, period } };
  const existing = await tx.observation.findUnique({
    where,
    select: { id: true, value: true, note: true, version: true, sourceId: true, source: { select: { title: true } }, enteredBy: { select: { name: true } } },
  });
  if ((existing?.version ?? 0) !== value.version) {
    return { value: existing?.value ?? null, source: existing?.source.title ?? null, version: existing?.version ?? 0, by: existing?.enteredBy?.name ?? null };
  }
  const audit = { actorId, provinceId, reportId: args.reportId, indicatorId: value.indicatorId, period };

  if (value.value === null) {
    if (!existing) return null;
    const removed = await tx.observation.deleteMany({ where: { id: existing.id, provinceId, version: existing.version } });
    if (removed.count !== 1) return { value: existing.value, source: existing.source.title, version: existing.version + 1, by: null };
    await tx.auditEvent.create({ data: { ...audit, action: "observation.delete", observationId: existing.id, oldValue: String(existing.value) } });
    return null;
  }
  const source = value.source ?? "";
  if (existing && existing.value === value.value && existing.source.title === source && existing.note === value.note) return null;

  // An unchanged source keeps its record (and the link and date a cited source carries).
  const sourceId = existing && existing.source.title === source ? existing.sourceId : await sourceIdFor(tx, source);
  if (existing) {
    const updated = await tx.observation.updateMany({
      where: { id: existing.id, provinceId, version: existing.version },
      // A figure typed in is exact; "more than" or "nearly" belonged to the cited wording it replaces.
      data: { value: value.value, qualifier: "EXACT", note: value.note, sourceId, enteredById: actorId, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { value: existing.value, source: existing.source.title, version: existing.version + 1, by: null };
    await tx.auditEvent.create({
      data: { ...audit, action: "observation.update", observationId: existing.id, oldValue: String(existing.value), newValue: String(value.value), reason: value.note },
    });
  } else {
    // A figure cleared and entered again continues past every version it had
    // (each create, update and clearing is one audit event), so a form loaded
    // before the clearing still meets a conflict.
    const changes = await tx.auditEvent.count({ where: { provinceId, indicatorId: value.indicatorId, period, action: { startsWith: "observation." } } });
    const created = await tx.observation.create({
      data: { provinceId, indicatorId: value.indicatorId, period, periodEnd: args.periodEnd, value: value.value, note: value.note, sourceId, enteredById: actorId, version: changes + 1 },
      select: { id: true },
    });
    await tx.auditEvent.create({ data: { ...audit, action: "observation.create", observationId: created.id, newValue: String(value.value), reason: value.note } });
  }
  return null;
}
