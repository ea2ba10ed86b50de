"use server";

import { redirect } from "next/navigation";
import { guarded, missing } from "@/lib/server/guard";
import { db } from "@/lib/server/db";
import { boxValue, entryFieldKey, entryInput, readEntryForm, type FieldInput } from "@/features/entry/codec";
import type { HistoryLine } from "@/features/entry/history";
import { getStoredFigures } from "@/features/entry/reads";
import { entrySchema, requiredPeriodicity, submitCheck, type IndicatorRule } from "@/features/entry/schema";
import { vi as m } from "@/lib/i18n/messages";
import { parsePeriod } from "@/lib/domain/period";
import { saveFigures, type Conflict } from "@/features/entry/service";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { recordId } from "@/lib/domain/record-id";

export type { Conflict };

export interface EntryState {
  status: "idle" | "saved" | "invalid" | "conflict" | "forbidden" | "locked";
  message: string | null;
  fieldErrors: Record<string, string>;
  conflicts: Record<string, Conflict>;
  /**
   * What the person typed, given back so nothing they entered is lost; once
   * saved, each figure as stored, with the version the next save sends.
   */
  input: Record<string, FieldInput> | null;
  incompleteNote: string;
  /** Once saved, the history of each figure the save changed. */
  history?: Record<string, HistoryLine[]>;
}

/**
 * Saves a report's figures as a draft, or saves and submits them. All or
 * nothing: a bad value, a conflict or a locked report stores nothing.
 *
 * A draft saved into a report that exists already, from the form's script,
 * is answered with what was stored and the form carries on in place: the
 * rest of the page has not changed. Any revalidation here would have Next
 * render the whole page into the answer, and the work pages that count the
 * figures are rendered afresh for each request anyway. Beginning a report or
 * submitting it changes the page (its status, the form locked) and the to-do
 * lists: those, and any post made before the script ran, load the page again.
 */
export async function saveReport(_previous: EntryState, formData: FormData): Promise<EntryState> {
  const form = readEntryForm(formData);
  const ids = [...form.fields.keys()];
  const answersInPlace = (saved: { created: boolean }) => form.inPlace && form.intent === "save" && !saved.created;
  const base = { fieldErrors: {}, conflicts: {}, input: Object.fromEntries(form.fields), incompleteNote: form.incompleteNote, message: null };

  const outcome = await guarded({
    permissions: form.intent === "submit" ? ["report.submit", "report.edit"] : ["report.edit"],
    scope: async () => {
      const period = parsePeriod(form.period)?.code ?? null;
      const provinceId = recordId(form.provinceId);
      if (provinceId === null) return { provinceId: null, period };
      const unit = await db.province.findUnique({ where: { id: provinceId }, select: { id: true, slug: true, validFrom: true, validTo: true } });
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
      return schema.safeParse(entryInput(form));
    },
    fieldKey: entryFieldKey(ids),
    run: (actor, entry) =>
      saveFigures(actor, {
        provinceId: entry.provinceId,
        period: parsePeriod(entry.period)!,
        values: entry.values,
        submit: form.intent === "submit" ? { note: entry.incompleteNote } : undefined,
      }),
    revalidate: (saved) => (saved.kind === "saved" && !answersInPlace(saved) ? [["/work", "layout"]] : []),
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
  if (answersInPlace(saved)) return { ...base, ...(await storedState(recordId(form.provinceId) as number, parsePeriod(form.period)!.code, base.input)), status: "saved", message: m.work.saved };
  const slug = (await db.province.findUniqueOrThrow({ where: { id: recordId(form.provinceId) as number }, select: { slug: true } })).slug;
  redirect(`/work/reports/${slug}/${parsePeriod(form.period)!.code}?${form.intent === "submit" ? "submitted" : "saved"}=1`);
}

/** Each posted figure as stored now, and the history of those the save changed (their version moved). */
async function storedState(provinceId: number, period: string, posted: Record<string, FieldInput>) {
  const ids = Object.keys(posted).map(Number);
  const { figures, historyOf } = await getStoredFigures(provinceId, period, ids);
  const input: Record<string, FieldInput> = {};
  const history: Record<string, HistoryLine[]> = {};
  for (const id of ids) {
    const figure = figures.get(id);
    input[id] = figure
      ? { value: boxValue(figure.value), source: figure.source.title, note: figure.note ?? "", version: String(figure.version) }
      : { value: "", source: "", note: "", version: "0" };
    if (input[id].version !== posted[id]?.version) history[id] = historyOf(id);
  }
  return { input, history };
}
