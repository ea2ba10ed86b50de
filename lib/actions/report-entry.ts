"use server";

import { redirect } from "next/navigation";
import { guarded, missing } from "@/lib/actions/guard";
import { db } from "@/lib/db";
import { entrySchema, requiredPeriodicity, submitCheck, type IndicatorRule } from "@/lib/entry-schema";
import { vi as m } from "@/lib/i18n/messages";
import { parsePeriod } from "@/lib/period";
import { saveFigures, type Conflict } from "@/lib/reports/service";
import { reportingWindowProblem } from "@/lib/reporting-window";

export type { Conflict };

export interface FieldInput {
  value: string;
  source: string;
  note: string;
  version: string;
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
    defaultSource: String(formData.get("defaultSource") ?? ""),
    fields,
  };
}

/**
 * Saves a report's figures as a draft, or saves and submits them. All or
 * nothing: a bad value, a conflict or a locked report stores nothing.
 */
export async function saveReport(_previous: EntryState, formData: FormData): Promise<EntryState> {
  const form = readForm(formData);
  const ids = [...form.fields.keys()];
  const base = { fieldErrors: {}, conflicts: {}, input: Object.fromEntries(form.fields), incompleteNote: form.incompleteNote, message: null };

  const outcome = await guarded({
    permissions: form.intent === "submit" ? ["report.submit", "report.edit"] : ["report.edit"],
    scope: async () => {
      const period = parsePeriod(form.period)?.code ?? null;
      if (!/^\d+$/.test(form.provinceId)) return { provinceId: null, period };
      const unit = await db.province.findUnique({ where: { id: Number(form.provinceId) }, select: { id: true, slug: true, validFrom: true, validTo: true } });
      return unit ? { provinceId: unit.id, period, unit } : missing({ period });
    },
    validate: async (scope) => {
      const indicators = await db.indicator.findMany({ select: { id: true, unit: true, minValue: true, maxValue: true, nameVi: true, periodicity: true } });
      const rules = new Map<number, IndicatorRule>(indicators.map((i) => [i.id, i]));
      const schema = entrySchema(rules).superRefine((entry, ctx) => {
        const period = parsePeriod(entry.period)!;
        const window = scope.unit ? reportingWindowProblem(period, scope.unit, new Date()) : null;
        if (window) ctx.addIssue({ code: "custom", path: ["period"], message: m.work.window[window] });
        if (form.intent !== "submit") return;
        // Indicators of the other periodicity are welcome but not required for completeness.
        const required = new Set(indicators.filter((i) => i.periodicity === requiredPeriodicity(period)).map((i) => i.id));
        const problem = submitCheck(entry.values.filter((v) => required.has(v.indicatorId)), required.size, entry.incompleteNote);
        if (problem) ctx.addIssue({ code: "custom", path: ["incompleteNote"], message: problem });
      });
      return schema.safeParse({
        provinceId: form.provinceId,
        period: form.period,
        incompleteNote: form.incompleteNote,
        // The report's source stands for every figure typed without one of its own.
        values: [...form.fields].map(([indicatorId, f]) => ({ indicatorId, ...f, source: f.source.trim() || (f.value.trim() ? form.defaultSource : "") })),
      });
    },
    fieldKey: ([head, index, part]) => (head === "values" && typeof index === "number" ? `v.${ids[index]}.${String(part ?? "value")}` : String(head)),
    run: (actor, entry) =>
      saveFigures(actor, {
        provinceId: entry.provinceId,
        period: parsePeriod(entry.period)!,
        values: entry.values,
        submit: form.intent === "submit" ? { note: entry.incompleteNote } : undefined,
      }),
    revalidate: (saved) => (saved.kind === "saved" ? [["/work", "layout"]] : []),
  });

  switch (outcome.kind) {
    case "forbidden":
      return { ...base, status: "forbidden", message: m.work.forbidden };
    case "invalid": {
      const { period, incompleteNote, ...fieldErrors } = outcome.fieldErrors;
      // The period and the submission as a whole are answered in the form's message.
      return { ...base, status: "invalid", fieldErrors: incompleteNote ? { ...fieldErrors, incompleteNote } : fieldErrors, message: period ?? incompleteNote ?? m.work.fixErrors };
    }
  }
  const saved = outcome.value;
  if (saved.kind === "conflict") return { ...base, status: "conflict", conflicts: saved.conflicts, message: m.work.conflict };
  if (saved.kind === "locked") return { ...base, status: "locked", message: m.work.locked };
  const slug = (await db.province.findUniqueOrThrow({ where: { id: Number(form.provinceId) }, select: { slug: true } })).slug;
  redirect(`/work/reports/${slug}/${parsePeriod(form.period)!.code}?${form.intent === "submit" ? "submitted" : "saved"}=1`);
}
