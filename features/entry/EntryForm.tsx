"use client";
// The report's entry form, one block per pillar like a statistical return:
// a source for the whole report, a counter per pillar, each figure checked
// by the same schema the server applies again, and echoed as it will be
// stored. Submitting asks first, and says how many figures are missing.
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { saveReport, type EntryState } from "@/features/entry/actions";
import { entryFieldKey, entryInput, fieldName, IN_PLACE_FIELD, isTypedField, type EntryPart } from "@/features/entry/codec";
import { FigureHistory } from "@/features/entry/FigureHistory";
import type { HistoryLine } from "@/features/entry/history";
import { entrySchema, largeChangeWarning, MAX_NOTE_LENGTH, MAX_SOURCE_LENGTH, parseFigure, type IndicatorUnit } from "@/features/entry/schema";
import { formatNumber, formatValue, type Qualifier } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";
import { labelPeriod } from "@/lib/i18n/periods";
import { useHydrated } from "@/components/ui/useHydrated";
import { usePageActionState } from "@/components/ui/usePageActionState";

export interface EntryRow {
  /** The figure's history, worded on the server. */
  history: HistoryLine[];
  id: number;
  code: string;
  nameVi: string;
  unit: IndicatorUnit;
  minValue: number | null;
  maxValue: number | null;
  /** Collected at this report's periodicity, so needed for it to be complete. */
  required: boolean;
  value: string;
  source: string;
  note: string;
  version: number;
  /** The unit's latest earlier figure and its period; a rank with how many were ranked. */
  previous: { value: number; period: string; qualifier: Qualifier; outOf?: number | null } | null;
  lastPublished: string | null;
  /** The targets still open in this period, soonest first ("≥ 90% (2026)"). */
  targets: string[];
}

export interface EntryPillar {
  code: string;
  nameVi: string;
  rows: EntryRow[];
}

const messageTone: Record<EntryState["status"], string> = {
  idle: "",
  saved: "border-emerald-300 bg-emerald-50",
  conflict: "border-amber-400 bg-amber-50",
  invalid: "border-red-300 bg-red-50 text-red-800",
  forbidden: "border-red-300 bg-red-50 text-red-800",
  locked: "border-red-300 bg-red-50 text-red-800",
};

const initialState: EntryState = { status: "idle", message: null, fieldErrors: {}, conflicts: {}, input: null, incompleteNote: "" };

type Part = Exclude<EntryPart, "version">;

const TYPED: readonly Part[] = ["value", "source", "note"];

/**
 * A stored figure as its source states it, with its unit: "hơn 99%", "21/34" —
 * as `figure` in lib/i18n/i18n.ts writes it, which would bring the English
 * catalogue into this bundle.
 */
const figureText = ({ value, qualifier, outOf }: { value: number; qualifier: Qualifier; outOf?: number | null }, unit: IndicatorUnit) =>
  `${qualifier === "EXACT" ? "" : `${m.qualifier[qualifier]} `}${formatValue(value, unit, "vi")}${unit === "RANK" && outOf ? `/${formatNumber(outOf, "vi", 0)}` : ""}`;

export function EntryForm({
  provinceId,
  period,
  pillars,
  threshold,
  initialNote,
  flash,
}: {
  provinceId: number;
  period: string;
  pillars: EntryPillar[];
  threshold: number;
  /** The note of the last submission: after a return the reason is not typed again. */
  initialNote: string;
  /** What the page was loaded to say ("saved", after a save that loaded it), until the form answers itself. */
  flash: string | null;
}) {
  const [state, action, pending] = usePageActionState(saveReport, initialState);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Record<string, true>>({});
  // Empty until the person names it: a figure must never inherit a source nobody chose for it.
  const [defaultSource, setDefaultSource] = useState("");
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();

  const field = (row: EntryRow, part: Part) => typed[fieldName(row.id, part)] ?? state.input?.[String(row.id)]?.[part] ?? row[part];

  // The schema the server applies, run in the browser on what is typed now.
  const clientErrors = useMemo(() => {
    const rows = pillars.flatMap((p) => p.rows);
    const rules = new Map(rows.map((r) => [r.id, { id: r.id, unit: r.unit, minValue: r.minValue, maxValue: r.maxValue, nameVi: r.nameVi }]));
    const checked = rows.filter((r) => TYPED.some((part) => touched[fieldName(r.id, part)]));
    const fields = new Map(checked.map((r) => [String(r.id), { value: field(r, "value"), source: field(r, "source"), note: field(r, "note"), version: "0" }]));
    const result = entrySchema(rules).safeParse(entryInput({ provinceId: String(provinceId), period, incompleteNote: "", defaultSource, fields }));
    const errors: Record<string, string> = {};
    const keyOf = entryFieldKey([...fields.keys()]);
    for (const issue of result.success ? [] : result.error.issues) if (issue.path[0] === "values") errors[keyOf(issue.path)] ??= issue.message;
    return errors;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `field` reads typed, state and defaultSource, listed here
  }, [typed, touched, defaultSource, state, pillars, provinceId, period]);

  const errorOf = (key: string) => (touched[key] ? clientErrors[key] : (state.fieldErrors[key] ?? clientErrors[key]));
  // Only figures that would be stored count: a value the schema refuses is not filled in.
  const filled = (rows: EntryRow[]) => rows.filter((r) => r.required && field(r, "value").trim() !== "" && !errorOf(fieldName(r.id, "value"))).length;
  const required = (rows: EntryRow[]) => rows.filter((r) => r.required).length;
  const allRows = pillars.flatMap((p) => p.rows);
  const missing = required(allRows) - filled(allRows);

  function type(key: string, value: string) {
    setTyped((t) => ({ ...t, [key]: value }));
    setTouched((t) => ({ ...t, [key]: true }));
  }

  // What was typed while the page was still server HTML is taken over once
  // the script runs, instead of being put back to the stored figure by the
  // next render.
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    for (const element of formRef.current?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[name], textarea[name]") ?? []) {
      if (element.type === "hidden" || element.value === element.defaultValue) continue;
      if (isTypedField(element.name)) type(element.name, element.value);
      else if (element.name === "defaultSource") setDefaultSource(element.value);
    }
  }, []);

  // Sent by hand rather than through the form's action: React resets a form
  // once its action has run, and a reset landing after the person has typed
  // again would put back the values of the previous attempt, so the boxes and
  // the echo would show one figure while the next save sent another. Without
  // the script the form still posts to its action.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConfirming(false);
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    data.set(IN_PLACE_FIELD, "1");
    startTransition(() => action(data));
  }

  return (
    <form ref={formRef} action={action} className="space-y-6" noValidate onSubmit={submit}>
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="period" value={period} />
      <div aria-live="polite" role="status">
        {state.message ? (
          <p className={`rounded border px-3 py-2 text-sm ${messageTone[state.status]}`}>{state.message}</p>
        ) : state.status === "idle" && flash ? (
          <p className={`rounded border px-3 py-2 text-sm ${messageTone.saved}`}>{flash}</p>
        ) : null}
      </div>

      <div className="space-y-1">
        <label htmlFor="defaultSource" className="block text-sm font-medium">
          {m.entry.defaultSource}
        </label>
        <input
          id="defaultSource"
          name="defaultSource"
          value={defaultSource}
          maxLength={MAX_SOURCE_LENGTH}
          onChange={(e) => setDefaultSource(e.target.value)}
          aria-describedby="defaultSource-hint"
          className="w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
        />
        <p id="defaultSource-hint" className="text-xs text-slate-600">
          {m.entry.defaultSourceHint}
        </p>
      </div>

      <nav aria-label={m.entry.pillars} className="flex flex-wrap gap-2 text-sm">
        {pillars.map((pillar) => (
          <a key={pillar.code} href={`#pillar-${pillar.code}`} className="rounded border border-slate-300 bg-white px-2 py-1 hover:border-brand" data-pillar={pillar.code}>
            {pillar.nameVi} <strong className="tabular-nums">{m.entry.filled(filled(pillar.rows), required(pillar.rows))}</strong>
          </a>
        ))}
      </nav>

      {pillars.map((pillar) => (
        <fieldset key={pillar.code} id={`pillar-${pillar.code}`} className="scroll-mt-4 space-y-2">
          <legend className="text-lg font-semibold">
            {pillar.nameVi} <span className="text-sm font-normal tabular-nums text-slate-600">({m.entry.filledLong(filled(pillar.rows), required(pillar.rows))})</span>
          </legend>
          <div className="space-y-3">
            {pillar.rows.map((row) => (
              <FigureFields
                key={row.id}
                row={row}
                state={state}
                threshold={threshold}
                defaultSource={defaultSource}
                current={(part) => field(row, part)}
                errorOf={errorOf}
                onType={type}
              />
            ))}
          </div>
        </fieldset>
      ))}

      <div className="space-y-1">
        <label htmlFor="incompleteNote" className="block text-sm font-medium">
          {m.entry.incompleteNote}
        </label>
        <textarea
          id="incompleteNote"
          name="incompleteNote"
          rows={2}
          ref={noteRef}
          defaultValue={state.status === "idle" ? initialNote : state.incompleteNote}
          aria-invalid={state.fieldErrors.incompleteNote ? true : undefined}
          aria-describedby={state.fieldErrors.incompleteNote ? "incomplete-error" : "incomplete-hint"}
          className="w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
        />
        <p id="incomplete-hint" className="text-xs text-slate-600">
          {m.entry.incompleteHint}
        </p>
        {state.fieldErrors.incompleteNote ? (
          <p id="incomplete-error" className="text-xs text-red-700">
            {state.fieldErrors.incompleteNote}
          </p>
        ) : null}
      </div>

      <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-slate-50 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-brand bg-white px-4 py-2 text-sm font-medium text-brand disabled:opacity-60">
            {m.entry.save}
          </button>
          <button type="button" onClick={() => setConfirming(true)} disabled={!hydrated || pending || confirming} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
            {m.entry.submit}
          </button>
          <span className="text-sm tabular-nums text-slate-700">
            {m.entry.filledLong(required(allRows) - missing, required(allRows))}
          </span>
        </div>
        {/* After the buttons, so Enter in a field still saves a draft rather than submitting. */}
        {confirming ? (
          <div role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" className="space-y-2 rounded border border-brand bg-white p-3 text-sm">
            <p id="confirm-title" className="font-semibold">
              {m.entry.confirmTitle}
            </p>
            <p id="confirm-body">
              {missing > 0 ? m.entry.confirmMissing(missing) : m.entry.confirmComplete} {m.entry.confirmLocked}
            </p>
            {missing > 0 ? (
              <p>
                <a
                  href="#incompleteNote"
                  className="link"
                  onClick={(event) => {
                    // The note box is far up a long form: bring it into view and put the cursor in it.
                    event.preventDefault();
                    noteRef.current?.scrollIntoView({ block: "center" });
                    noteRef.current?.focus();
                  }}
                >
                  {m.entry.writeReason}
                </a>
              </p>
            ) : null}
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
                {m.entry.confirmSubmit}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-400 bg-white px-4 py-2 font-medium">
                {m.entry.cancel}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </form>
  );
}

function FigureFields({
  row,
  state,
  threshold,
  defaultSource,
  current,
  errorOf,
  onType,
}: {
  row: EntryRow;
  state: EntryState;
  threshold: number;
  defaultSource: string;
  current: (part: Part) => string;
  errorOf: (key: string) => string | undefined;
  onType: (key: string, value: string) => void;
}) {
  const key = `v.${row.id}`;
  const input = state.input?.[String(row.id)];
  const [valueError, sourceError, noteError] = (["value", "source", "note"] as const).map((part) => errorOf(fieldName(row.id, part)));
  const conflict = state.conflicts[String(row.id)];
  const typedValue = current("value");
  const parsed = typedValue.trim() === "" ? null : parseFigure(typedValue, row.unit);
  const warning = largeChangeWarning(row.previous, parsed, threshold, row.unit);
  const describedBy = [valueError && `${key}-value-error`, parsed !== null && !valueError && `${key}-echo`, warning && `${key}-warning`, conflict && `${key}-conflict`, `${key}-context`]
    .filter(Boolean)
    .join(" ");
  const box = (error: string | undefined) => `mt-0.5 w-full rounded border px-2 py-1.5 text-sm ${error ? "border-red-600" : "border-slate-400"}`;
  return (
    // One fieldset per figure, so each "Giá trị" box is announced with its indicator's name.
    <fieldset className="rounded-lg border border-slate-200 bg-white p-3">
      <legend className="float-left w-full text-sm font-medium">
        {row.nameVi}
        {row.required ? null : <span className="font-normal text-slate-600"> — {m.entry.optional}</span>}
      </legend>
      <p id={`${key}-context`} className="clear-left pt-0.5 text-xs text-slate-600">
        {m.entry.unit}: {m.units[row.unit]}
        {row.previous !== null ? ` · ${m.entry.previous(labelPeriod(row.previous.period, "vi"))}: ${figureText(row.previous, row.unit)}` : ""}
        {row.lastPublished ? ` · ${m.entry.lastPublished}: ${row.lastPublished}` : ""}
        {row.targets.length > 0 ? ` · ${m.common.target}: ${row.targets.join("; ")}` : ""}
      </p>
      <input type="hidden" name={fieldName(row.id, "version")} value={conflict ? conflict.version : (input?.version ?? row.version)} />
      <div className="mt-2 grid gap-2 sm:grid-cols-[10rem_1fr_1fr]">
        <label className="text-xs">
          <span className="block font-medium">{m.common.value}</span>
          <input
            name={fieldName(row.id, "value")}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={input?.value ?? row.value}
            onChange={(e) => onType(fieldName(row.id, "value"), e.target.value)}
            aria-invalid={valueError ? true : undefined}
            aria-describedby={describedBy}
            className={`${box(valueError)} tabular-nums`}
          />
        </label>
        {valueError ? (
          <span id={`${key}-value-error`} className="block text-xs text-red-700 sm:col-start-1 sm:row-start-2">
            {valueError}
          </span>
        ) : parsed !== null ? (
          <span id={`${key}-echo`} className="block text-xs text-slate-700 sm:col-start-1 sm:row-start-2">
            {m.entry.willStore(formatValue(parsed, row.unit, "vi"))}
          </span>
        ) : null}
        <label className="text-xs">
          <span className="block font-medium">{m.common.source}</span>
          <input
            name={fieldName(row.id, "source")}
            maxLength={MAX_SOURCE_LENGTH}
            defaultValue={input?.source ?? row.source}
            placeholder={defaultSource}
            onChange={(e) => onType(fieldName(row.id, "source"), e.target.value)}
            aria-invalid={sourceError ? true : undefined}
            aria-describedby={sourceError ? `${key}-source-error` : undefined}
            className={box(sourceError)}
          />
        </label>
        {sourceError ? (
          <span id={`${key}-source-error`} className="block text-xs text-red-700 sm:col-start-2 sm:row-start-2">
            {sourceError}
          </span>
        ) : null}
        <label className="text-xs">
          <span className="block font-medium">{m.common.note}</span>
          <input
            name={fieldName(row.id, "note")}
            defaultValue={input?.note ?? row.note}
            maxLength={MAX_NOTE_LENGTH}
            onChange={(e) => onType(fieldName(row.id, "note"), e.target.value)}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${key}-note-error` : undefined}
            className={box(noteError)}
          />
        </label>
        {noteError ? (
          <span id={`${key}-note-error`} className="block text-xs text-red-700 sm:col-start-3 sm:row-start-2">
            {noteError}
          </span>
        ) : null}
      </div>
      {warning && !valueError ? (
        <p id={`${key}-warning`} className="mt-1 text-xs text-amber-800">
          ⚠ {warning}
        </p>
      ) : null}
      <FigureHistory lines={state.history?.[String(row.id)] ?? row.history} />
      {conflict ? (
        <p id={`${key}-conflict`} className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs">
          {m.entry.conflictValue(conflict.value === null ? m.common.noData : formatValue(conflict.value, row.unit, "vi"), conflict.by)}
        </p>
      ) : null}
    </fieldset>
  );
}
