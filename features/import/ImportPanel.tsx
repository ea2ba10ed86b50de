"use client";
// Template, upload with progress, the dry run's plan row by row, and the
// confirmation that stores it. The server checks everything again on confirm.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { buttonClass, FieldFrame, fileInputClass, FormMessage, inputClass, secondaryButtonClass } from "@/components/ui/Field";
import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { useHydrated } from "@/components/ui/useHydrated";
import { formatNumber, lowerFirst } from "@/lib/domain/format";
import { labelPeriod } from "@/lib/i18n/periods";
import { vi as m } from "@/lib/i18n/messages";
import { LIMITS, type Column, type FileProblem, type Plan, type PlannedRow, type RowProblem, type RowStatus, type RowWarning } from "@/features/import/plan";
import { uploadBody } from "@/features/import/codec";
import type { UploadAnswer } from "@/features/import/upload";

const t = m.import;
const MB = LIMITS.bytes / 1024 / 1024;
const SHOWN = 300;

export interface ImportUnitChoice {
  id: number;
  slug: string;
  nameVi: string;
  periods: { code: string; label: string }[];
  /** The period offered first: the latest that has ended. */
  due: string | null;
}

type Result =
  | UploadAnswer
  /** No answer came back (the connection dropped). */
  | { kind: "failed" }
  /** The server failed mid-way; the transaction stored nothing. */
  | { kind: "serverError" };

type Phase = { step: "idle" } | { step: "uploading"; percent: number } | { step: "working"; mode: "check" | "confirm" };

export function ImportPanel({ units, initialUnit, initialPeriod }: { units: ImportUnitChoice[]; initialUnit?: string; initialPeriod?: string }) {
  const [unitSlug, setUnitSlug] = useState(units.some((u) => u.slug === initialUnit) ? initialUnit! : (units[0]?.slug ?? ""));
  const unit = units.find((u) => u.slug === unitSlug);
  const [period, setPeriod] = useState(initialPeriod && unit?.periods.some((p) => p.code === initialPeriod) ? initialPeriod : (unit?.due ?? ""));
  const [file, setFile] = useState<File | null>(null);
  const [defaultSource, setDefaultSource] = useState("");
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [result, setResult] = useState<Result | null>(null);
  const [checked, setChecked] = useState<{ plan: Plan; fingerprint: string } | null>(null);
  const [needFile, setNeedFile] = useState(false);

  function send(mode: "check" | "confirm") {
    if (!file || !unit) {
      setNeedFile(true);
      return;
    }
    setNeedFile(false);
    const body = uploadBody({ mode, unitId: unit.id, file, defaultSource, checked: mode === "confirm" ? checked : null });
    const request = new XMLHttpRequest();
    request.open("POST", "/work/import/upload");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setPhase({ step: "uploading", percent: Math.round((event.loaded / event.total) * 100) });
    };
    request.upload.onload = () => setPhase({ step: "working", mode });
    request.onload = () => {
      const answer = (request.status >= 500 ? { kind: "serverError" } : (request.response ?? { kind: "failed" })) as Result;
      setPhase({ step: "idle" });
      setResult(answer);
      setChecked(answer.kind === "plan" ? answer : null);
    };
    request.onerror = () => {
      setPhase({ step: "idle" });
      setResult({ kind: "failed" });
    };
    setPhase({ step: "uploading", percent: 0 });
    setResult(null);
    request.send(body);
  }

  // A file chosen or a source typed while the page was still server HTML is
  // taken over once the script runs.
  const fileInput = useRef<HTMLInputElement>(null);
  const sourceInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const early = fileInput.current?.files?.[0];
    if (early) setFile(early);
    if (sourceInput.current?.value) setDefaultSource(sourceInput.current.value);
  }, []);

  const busy = phase.step !== "idle";
  const hydrated = useHydrated();
  const toStore = checked ? checked.plan.counts.new + checked.plan.counts.changed : 0;
  const template = (format: "xlsx" | "csv") => `/work/import/template?unit=${encodeURIComponent(unitSlug)}&period=${encodeURIComponent(period)}&format=${format}`;

  return (
    <div className="space-y-6">
      <section aria-labelledby="step1" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="step1" className="text-lg font-semibold">
          {t.step1}
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <FieldFrame id="import-unit" label={t.unit}>
            {(control) => (
              <select
                {...control}
                value={unitSlug}
                className={inputClass}
                onChange={(e) => {
                  setUnitSlug(e.target.value);
                  setPeriod(units.find((u) => u.slug === e.target.value)?.due ?? "");
                  setResult(null);
                  setChecked(null);
                }}
              >
                {units.map((u) => (
                  <option key={u.slug} value={u.slug}>
                    {u.nameVi}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame id="import-period" label={t.period}>
            {(control) => (
              <select {...control} value={period} className={inputClass} onChange={(e) => setPeriod(e.target.value)}>
                {(unit?.periods ?? []).map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.label}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <a href={template("xlsx")} className={secondaryButtonClass} download>
            {t.templateXlsx}
          </a>
          <a href={template("csv")} className={secondaryButtonClass} download>
            {t.templateCsv}
          </a>
        </div>
      </section>

      <section aria-labelledby="step2" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="step2" className="text-lg font-semibold">
          {t.step2}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <FieldFrame id="import-file" label={t.file} hint={t.fileHint(MB, formatNumber(LIMITS.rows, "vi"))} error={needFile ? t.chooseFile : null}>
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className={fileInputClass}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setResult(null);
                  setChecked(null);
                }}
              />
            )}
          </FieldFrame>
          <FieldFrame id="import-source" label={t.defaultSource} hint={t.defaultSourceHint}>
            {(control) => (
              <input
                {...control}
                ref={sourceInput}
                value={defaultSource}
                maxLength={500}
                className={inputClass}
                onChange={(e) => {
                  setDefaultSource(e.target.value);
                  setChecked(null);
                }}
              />
            )}
          </FieldFrame>
        </div>
        <button type="button" className={buttonClass} disabled={!hydrated || busy} onClick={() => send("check")}>
          {t.check}
        </button>
        <Progress phase={phase} />
      </section>

      {result ? <Outcome result={result} unitSlug={unitSlug} /> : null}

      {checked ? (
        <section aria-labelledby="summary" className="space-y-3">
          <h2 id="summary" className="text-lg font-semibold">
            {t.summary}
          </h2>
          <Counts counts={checked.plan.counts} />
          {checked.plan.counts.error > 0 ? (
            <FormMessage tone="error">{t.fixFirst(checked.plan.counts.error)}</FormMessage>
          ) : toStore === 0 ? (
            <FormMessage tone="ok">{t.nothingToStore}</FormMessage>
          ) : (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => send("confirm")}>
              {t.confirm(toStore)}
            </button>
          )}
          <PlanTable plan={checked.plan} />
        </section>
      ) : null}
    </div>
  );
}

function Progress({ phase }: { phase: Phase }) {
  if (phase.step === "idle") return null;
  const label = phase.step === "uploading" ? t.uploading(phase.percent) : phase.mode === "check" ? t.checking : t.storing;
  return (
    <div role="status" className="space-y-1 text-sm">
      <p>{label}</p>
      <progress className="h-2 w-full" max={100} value={phase.step === "uploading" ? phase.percent : undefined} aria-label={label} />
    </div>
  );
}

function Counts({ counts }: { counts: Plan["counts"] }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-labelledby="summary">
      {(["new", "changed", "unchanged", "empty", "error"] as const).map((status) => (
        <li key={status} className={`rounded border px-2 py-1 ${status === "error" && counts.error > 0 ? "border-red-400 bg-red-50 text-red-800" : "border-slate-300 bg-white"}`}>
          {t.status[status]}: <strong className="tabular-nums">{formatNumber(counts[status], "vi")}</strong>
        </li>
      ))}
    </ul>
  );
}

function Outcome({ result, unitSlug }: { result: Result; unitSlug: string }) {
  switch (result.kind) {
    case "plan":
      return null;
    case "file":
      return <FormMessage tone="error">{fileProblem(result.problem, result.missing)}</FormMessage>;
    case "stored": {
      const periods = [...new Set(result.plan.rows.filter((r) => r.status === "new" || r.status === "changed").map((r) => r.period))];
      return (
        <div className="space-y-2">
          <FormMessage tone="ok">{t.stored(result.written)}</FormMessage>
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {periods.map((p) => (
              <li key={p}>
                <Link href={`/work/reports/${unitSlug}/${p}`} className="text-brand underline">
                  {t.openReport(lowerFirst(labelPeriod(p, "vi")))}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    case "changedFile":
      return <FormMessage tone="error">{t.changedFile}</FormMessage>;
    case "conflict":
      return (
        <div className="space-y-2">
          <FormMessage tone="error">{t.conflict}</FormMessage>
          <ul className="list-disc pl-5 text-sm">
            {result.conflicts.map((c) => (
              <li key={`${c.row}`}>{t.conflictRow(c.row, c.code, c.period, c.theirs.value === null ? m.common.noData : formatNumber(c.theirs.value, "vi", 4), c.theirs.by)}</li>
            ))}
          </ul>
        </div>
      );
    case "locked":
      return <FormMessage tone="error">{t.locked}</FormMessage>;
    case "forbidden":
      return <FormMessage tone="error">{m.work.forbidden}</FormMessage>;
    case "invalid":
      return <FormMessage tone="error">{t.chooseFile}</FormMessage>;
    case "failed":
      return <FormMessage tone="error">{t.failed}</FormMessage>;
    case "serverError":
      return <FormMessage tone="error">{t.serverError}</FormMessage>;
  }
}

export function fileProblem(problem: FileProblem, missing?: readonly Column[]): string {
  const f = t.file_;
  switch (problem) {
    case "TOO_LARGE":
      return f.TOO_LARGE(MB);
    case "TOO_MANY_ROWS":
      return f.TOO_MANY_ROWS(formatNumber(LIMITS.rows, "vi"));
    case "MISSING_COLUMNS":
      return f.MISSING_COLUMNS((missing ?? []).map((c) => `“${t.columnNames[c]}”`).join(", "));
    default:
      return f[problem];
  }
}

export function rowProblem(problem: RowProblem): string {
  const p = t.problem;
  switch (problem.code) {
    case "WINDOW":
      return m.work.window[problem.window];
    case "OTHER_UNIT":
      return p.OTHER_UNIT(problem.unit);
    case "DUPLICATE":
      return p.DUPLICATE(problem.firstRow);
    case "VALUE":
      return problem.message;
    case "FORMULA_NO_RESULT":
      return p.FORMULA_NO_RESULT(problem.formula);
    case "TOO_LONG":
      return p.TOO_LONG(problem.max);
    case "LOCKED":
      return p.LOCKED(m.reportStatus[problem.status as keyof typeof m.reportStatus] ?? problem.status);
    case "EXTRA_FIELDS":
      return p.EXTRA_FIELDS(problem.fields, problem.header);
    default:
      return p[problem.code];
  }
}

function rowWarning(warning: RowWarning): string {
  switch (warning.code) {
    case "FORMULA":
      return t.warning.FORMULA(warning.formula);
    case "GROUPED":
      return t.warning.GROUPED(warning.typed);
    case "PERCENT_CELL":
      return t.warning.PERCENT_CELL(formatNumber(warning.stored, "vi", 6), `${formatNumber(warning.stored * 100, "vi", 4)}%`);
    case "ESCAPED":
      return t.warning.ESCAPED;
  }
}

const show = (value: number | null | undefined) => (value === null || value === undefined ? "—" : formatNumber(value, "vi", 4));

function PlanTable({ plan }: { plan: Plan }) {
  const [filter, setFilter] = useState<RowStatus | "all">(plan.counts.error > 0 ? "error" : "all");
  const rows = useMemo(() => plan.rows.filter((r) => filter === "all" || r.status === filter), [plan, filter]);
  const c = t.columns;
  return (
    <div className="space-y-2">
      <div role="group" aria-label={t.show} className="flex flex-wrap gap-2 text-sm">
        {(["all", "error", "new", "changed", "unchanged", "empty"] as const).map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)} className={`rounded border px-2 py-1 ${filter === f ? "border-brand bg-brand text-white" : "border-slate-300 bg-white"}`}>
            {f === "all" ? t.all : t.status[f]}
          </button>
        ))}
      </div>
      <Table scrollHint={m.common.scrollHint} caption={t.summary} minWidth="44rem">
        <HeadRow labels={[c.row, c.indicator, c.period, c.status, c.value, c.source]} />
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <PlanRow key={row.row} row={row} />
          ))}
        </tbody>
      </Table>
      {rows.length > SHOWN ? <p className="text-sm text-slate-700">{t.more(rows.length - SHOWN)}</p> : null}
    </div>
  );
}

function PlanRow({ row }: { row: PlannedRow }) {
  const notes = row.errors.length + row.warnings.length > 0;
  return (
    <>
      <tr className={`${notes ? "" : rowClass} ${row.status === "error" ? "bg-red-50" : row.status === "changed" ? "bg-amber-50" : ""}`} data-status={row.status}>
        <td className={`${cell} tabular-nums`}>{row.row}</td>
        <td className={cell}>
          {row.name ? <span className="block">{row.name}</span> : null}
          <code className="text-xs text-slate-600">{row.code || "—"}</code>
        </td>
        <td className={cell}>{row.period ? labelPeriod(row.period, "vi") : "—"}</td>
        <td className={cell}>{t.status[row.status]}</td>
        <td className={`${cell} tabular-nums whitespace-nowrap`}>
          {row.status === "changed" ? `${show(row.old?.value)} → ${show(row.value)}` : row.status === "new" ? `— → ${show(row.value)}` : show(row.value ?? row.old?.value)}
        </td>
        <td className={cell}>{row.status === "changed" && row.old && row.old.source !== row.source ? `${row.old.source} → ${row.source ?? "—"}` : (row.source ?? "—")}</td>
      </tr>
      {notes ? (
        // The reasons get a line of their own, kept in view when the table scrolls sideways on a phone.
        <tr className={`${rowClass} ${row.status === "error" ? "bg-red-50" : ""}`} data-notes-for={row.row}>
          <td colSpan={6} className="px-2 pb-2 pt-0">
            <ul className="sticky left-2 max-w-[calc(100vw-3rem)] space-y-0.5 text-sm sm:max-w-none">
              {row.errors.map((e, i) => (
                <li key={i} className="text-red-800">
                  {t.at(e.letter, t.columnNames[e.column] ?? e.column)}: {rowProblem(e.problem)}
                </li>
              ))}
              {row.warnings.map((w, i) => (
                <li key={`w${i}`} className="text-amber-800">
                  {rowWarning(w)}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}
