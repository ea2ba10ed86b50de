"use client";

import { useActionState, useState } from "react";
import { saveReport, type EntryState } from "@/lib/actions/report-entry";
import { largeChangeWarning, MAX_NOTE_LENGTH, MAX_SOURCE_LENGTH, type IndicatorUnit } from "@/lib/entry-schema";
import { formatNumber, parseDecimal } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";

export interface EntryRow {
  /** The figure's history, already rendered on the server. */
  history: React.ReactNode;
  id: number;
  code: string;
  nameVi: string;
  unit: IndicatorUnit;
  value: string;
  source: string;
  note: string;
  version: number;
  previous: number | null;
  lastPublished: string | null;
  target: string | null;
}

export interface EntryPillar {
  code: string;
  nameVi: string;
  rows: EntryRow[];
}

const initialState: EntryState = { status: "idle", message: null, fieldErrors: {}, conflicts: {}, input: null, incompleteNote: "" };

/** One form with every indicator of the quarter, like a statistical return. */
export function EntryForm({ provinceId, period, pillars, threshold }: { provinceId: number; period: string; pillars: EntryPillar[]; threshold: number }) {
  const [state, action, pending] = useActionState(saveReport, initialState);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const unitLabel = (unit: EntryRow["unit"]) => m.units[unit];

  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="period" value={period} />
      <div aria-live="polite" role="status">
        {state.message ? (
          <p className={`rounded border px-3 py-2 text-sm ${state.status === "conflict" ? "border-amber-400 bg-amber-50" : "border-red-300 bg-red-50 text-red-800"}`}>{state.message}</p>
        ) : null}
      </div>

      {pillars.map((pillar) => (
        <fieldset key={pillar.code} className="space-y-2">
          <legend className="text-lg font-semibold">{pillar.nameVi}</legend>
          <div className="space-y-3">
            {pillar.rows.map((row) => {
              const key = `v.${row.id}`;
              const input = state.input?.[String(row.id)];
              const valueError = state.fieldErrors[`${key}.value`];
              const sourceError = state.fieldErrors[`${key}.source`];
              const noteError = state.fieldErrors[`${key}.note`];
              const conflict = state.conflicts[String(row.id)];
              const current = typed[row.id] ?? input?.value ?? row.value;
              const warning = largeChangeWarning(row.previous, current.trim() === "" ? null : parseDecimal(current), threshold);
              const describedBy = [valueError && `${key}-value-error`, warning && `${key}-warning`, conflict && `${key}-conflict`, `${key}-context`].filter(Boolean).join(" ");
              return (
                // One fieldset per figure, so each "Giá trị" box is announced with its indicator's name.
                <fieldset key={row.id} className="rounded-lg border border-slate-200 bg-white p-3" data-indicator={row.code}>
                  <legend className="float-left w-full text-sm font-medium">{row.nameVi}</legend>
                  <p id={`${key}-context`} className="clear-left pt-0.5 text-xs text-slate-600">
                    {m.entry.unit}: {unitLabel(row.unit)}
                    {row.previous !== null ? ` · ${m.entry.previous}: ${formatNumber(row.previous, "vi", 4)}` : ""}
                    {row.lastPublished ? ` · ${m.entry.lastPublished}: ${row.lastPublished}` : ""}
                    {row.target ? ` · ${m.common.target}: ${row.target}` : ""}
                  </p>
                  <input type="hidden" name={`${key}.version`} value={conflict ? conflict.version : (input?.version ?? row.version)} />
                  <div className="mt-2 grid gap-2 sm:grid-cols-[10rem_1fr_1fr]">
                    <label className="text-xs">
                      <span className="block font-medium">{m.common.value}</span>
                      <input
                        name={`${key}.value`}
                        inputMode="decimal"
                        autoComplete="off"
                        defaultValue={input?.value ?? row.value}
                        onChange={(e) => setTyped((t) => ({ ...t, [row.id]: e.target.value }))}
                        aria-invalid={valueError ? true : undefined}
                        aria-describedby={describedBy}
                        className={`mt-0.5 w-full rounded border px-2 py-1.5 text-sm tabular-nums ${valueError ? "border-red-600" : "border-slate-400"}`}
                      />
                    </label>
                    {valueError ? (
                      <span id={`${key}-value-error`} className="block text-xs text-red-700 sm:col-start-1 sm:row-start-2">
                        {valueError}
                      </span>
                    ) : null}
                    <label className="text-xs">
                      <span className="block font-medium">{m.common.source}</span>
                      <input
                        name={`${key}.source`}
                        maxLength={MAX_SOURCE_LENGTH}
                        defaultValue={input?.source ?? row.source}
                        aria-invalid={sourceError ? true : undefined}
                        aria-describedby={sourceError ? `${key}-source-error` : undefined}
                        className={`mt-0.5 w-full rounded border px-2 py-1.5 text-sm ${sourceError ? "border-red-600" : "border-slate-400"}`}
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
                        name={`${key}.note`}
                        defaultValue={input?.note ?? row.note}
                        maxLength={MAX_NOTE_LENGTH}
                        aria-invalid={noteError ? true : undefined}
                        aria-describedby={noteError ? `${key}-note-error` : undefined}
                        className={`mt-0.5 w-full rounded border px-2 py-1.5 text-sm ${noteError ? "border-red-600" : "border-slate-400"}`}
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
                  {row.history}
                  {conflict ? (
                    <p id={`${key}-conflict`} className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs" data-testid="conflict">
                      {m.entry.conflictValue(conflict.value === null ? m.common.noData : formatNumber(conflict.value, "vi", 4), conflict.by)}
                    </p>
                  ) : null}
                </fieldset>
              );
            })}
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
          defaultValue={state.incompleteNote}
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

      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-brand bg-white px-4 py-2 text-sm font-medium text-brand disabled:opacity-60">
          {m.entry.save}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {m.entry.submit}
        </button>
      </div>
    </form>
  );
}
