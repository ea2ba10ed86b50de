import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { periodLabel } from "@/components/IndicatorCard";
import { EntryForm, type EntryPillar } from "@/features/entry/EntryForm";
import { ReportSheetTable, SHEET_FILTERS, type SheetFilter } from "@/features/entry/ReportSheetTable";
import { boxValue } from "@/features/entry/codec";
import { historyLines } from "@/features/entry/history";
import { ReviewPanel } from "@/features/review/ReviewPanel";
import { DeadlineNote } from "@/features/deadlines/DeadlineNote";
import { deadlineFor, deadlineRules } from "@/features/deadlines/reads";
import { standing } from "@/features/deadlines/standing";
import { can, REPORT_ACTION_PERMISSION } from "@/lib/security/authorization";
import { getReportSheet, type ReportSheet } from "@/features/entry/reads";
import { requiredPeriodicity } from "@/features/entry/schema";
import { env } from "@/lib/server/env";
import { formatValue } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";
import { parsePeriod } from "@/lib/domain/period";
import { getCurrentUser } from "@/lib/server/session";
import { comparatorSymbol } from "@/lib/domain/targets";
import { availableActions, isEditable } from "@/lib/domain/workflow";

export const metadata: Metadata = { title: m.work.title, robots: { index: false } };

type Props = {
  params: Promise<{ province: string; period: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

function entryPillars(sheet: ReportSheet): EntryPillar[] {
  return sheet.pillars.map((pillar) => ({
    code: pillar.code,
    nameVi: pillar.nameVi,
    rows: pillar.rows.map(({ indicator, current, previous, lastPublished, targets, history }) => ({
      history: historyLines(history, indicator.unit),
      id: indicator.id,
      code: indicator.code,
      nameVi: indicator.nameVi,
      unit: indicator.unit,
      minValue: indicator.minValue,
      maxValue: indicator.maxValue,
      required: indicator.periodicity === requiredPeriodicity(parsePeriod(sheet.period)!),
      value: current ? boxValue(current.value) : "",
      source: current?.source.title ?? "",
      note: current?.note ?? "",
      version: current?.version ?? 0,
      previous,
      lastPublished: lastPublished ? `${formatValue(lastPublished.value, indicator.unit, "vi")} (${periodLabel(lastPublished.period)})` : null,
      targets: targets.map((t) => `${comparatorSymbol(t.comparator)} ${formatValue(t.value, indicator.unit, "vi")} (${t.year}${t.carriedFrom ? `, ${m.common.carriedFrom(t.carriedFrom.nameVi)}` : ""})`),
    })),
  }));
}

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ province, period }, flags, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  if (!user) redirect(`/sign-in?next=/work/reports/${province}/${period}`);
  // The rules are read alongside the sheet; deadlineFor then finds them in the request's cache.
  const [sheet] = await Promise.all([getReportSheet(user, province, period), deadlineRules()]);
  if (!sheet) notFound();
  // A period the unit cannot report on has no deadline for it, unless a report was made all the same.
  const deadline = sheet.windowProblem && !sheet.report ? null : await deadlineFor(sheet.province.id, sheet.period);

  const status = sheet.report?.status ?? "DRAFT";
  const editing = can(user, "report.edit", sheet.province.id) && isEditable(status) && !sheet.windowProblem;
  const reviewActions = sheet.report
    ? availableActions(status).filter((a): a is Exclude<typeof a, "submit"> => a !== "submit" && can(user, REPORT_ACTION_PERMISSION[a], sheet.province.id))
    : [];
  const flash = flags.saved ? m.work.saved : flags.submitted ? m.work.submitted : flags.done && Object.hasOwn(m.review.done, flags.done) ? m.review.done[flags.done] : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/work" className="underline">
            {m.work.title}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {sheet.province.nameVi} — {periodLabel(sheet.period)}
        </h1>
        {can(user, "progressReport.view", sheet.province.id) ? (
          <p className="text-sm">
            <Link href={`/work/reports/${sheet.province.slug}/${sheet.period}/summary`} className="link">
              {m.report.internalLink}
            </Link>
          </p>
        ) : null}
        {deadline ? <DeadlineNote deadline={deadline} standing={standing(deadline, sheet.report, new Date())} /> : null}
        <dl className="flex gap-1 text-sm">
          <dt>{m.common.status}:</dt>
          <dd className="font-bold">
            {sheet.report ? m.reportStatus[status] : m.reportPage.notStarted}
          </dd>
        </dl>
        {sheet.report?.comment ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            {m.reportPage.comment}: {sheet.report.comment}
          </p>
        ) : null}
        {sheet.submitNote && sheet.report && status !== "DRAFT" ? (
          <div role="note" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm">
            <p className="font-medium">{m.entry.submitNote(sheet.submitNote.by)}</p>
            <p className="whitespace-pre-line">{sheet.submitNote.text}</p>
          </div>
        ) : null}
        {sheet.windowProblem && !sheet.report ? (
          <p role="note" className="rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm">
            {m.work.window[sheet.windowProblem]}
          </p>
        ) : null}
        {/* The form shows the flash itself, where its own answers appear. */}
        {flash && !editing ? (
          <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
            {flash}
          </p>
        ) : null}
      </header>

      {editing ? (
        <EntryForm
          provinceId={sheet.province.id}
          period={sheet.period}
          pillars={entryPillars(sheet)}
          threshold={env.CHANGE_WARNING_THRESHOLD}
          initialNote={sheet.submitNote?.text ?? ""}
          flash={flash ?? null}
        />
      ) : (
        <>
          {sheet.report ? (
            <ReviewPanel
              reportId={sheet.report.id}
              actions={reviewActions}
              unitName={sheet.province.nameVi}
              figures={sheet.pillars.reduce((n, p) => n + p.rows.filter((r) => r.current !== null).length, 0)}
            />
          ) : null}
          <ReportSheetTable
            sheet={sheet}
            threshold={env.CHANGE_WARNING_THRESHOLD}
            filter={(SHEET_FILTERS as readonly string[]).includes(flags.show ?? "") ? (flags.show as SheetFilter) : "all"}
            requiredPeriodicity={requiredPeriodicity(parsePeriod(sheet.period)!)}
          />
        </>
      )}
    </div>
  );
}
