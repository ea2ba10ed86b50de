import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { periodLabel } from "@/components/IndicatorCard";
import { buttonClass, Field, FormMessage } from "@/components/ui/Field";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { adminSectionsFor, can } from "@/lib/security/authorization";
import { listReports, listWorkProvinces } from "@/features/entry/reads";
import { TODO_PERIODS, todoFor, type TodoItem } from "@/features/entry/todo";
import { deadlineRules } from "@/features/deadlines/reads";
import { dueTone } from "@/features/deadlines/DeadlineNote";
import { vi as m } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/domain/format";
import { dueFirst, recentPeriods } from "@/lib/domain/period";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.work.title, robots: { index: false } };

export default async function WorkHome({ searchParams }: { searchParams: Promise<{ invalid?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/work");
  const [reports, provinces, rules, { invalid }] = await Promise.all([listReports(user), listWorkProvinces(user), deadlineRules(), searchParams]);
  const mayEdit = provinces.some((p) => can(user, "report.edit", p.id));
  const now = new Date();
  // Periods at least one of the person's units can still report on.
  // The last twelve quarters and three years: what staff usually report on.
  const periods = recentPeriods(now, { quarters: 12, years: 3 }).filter((q) => provinces.some((p) => reportingWindowProblem(q, p, now) === null));
  const todo = todoFor(user, reports, { now, rules, units: provinces, periods: recentPeriods(now, TODO_PERIODS) });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{m.workHome.heading}</h1>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
        {can(user, "completeness.view") ? (
          <Link href="/work/completeness" className="text-brand underline underline-offset-2">
            {m.completeness.link}
          </Link>
        ) : null}
        {mayEdit ? (
          <Link href="/work/import" className="text-brand underline underline-offset-2">
            {m.import.link}
          </Link>
        ) : null}
        {adminSectionsFor(user).length > 0 ? (
          <Link href="/work/admin" className="text-brand underline underline-offset-2">
            {m.admin.title}
          </Link>
        ) : null}
      </p>

      {/* The open-report form answered without JavaScript: a unit or period it cannot open. */}
      {invalid ? <FormMessage tone="error">{m.workHome.cannotOpen}</FormMessage> : null}
      {mayEdit ? (
        <form method="get" action="/work/open" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <Field
            spec={{ name: "province", label: m.common.province, kind: "select", options: provinces.map((p) => ({ value: p.slug, label: p.nameVi })) }}
            value={provinces[0]?.slug ?? ""}
          />
          <Field spec={{ name: "period", label: m.workHome.quarter, kind: "select", options: periods.map((q) => ({ value: q.code, label: periodLabel(q.code) })) }} value={dueFirst(periods, now)?.code ?? ""} />
          <button type="submit" className={buttonClass}>
            {m.workHome.open}
          </button>
        </form>
      ) : null}

      <section aria-labelledby="todo" className="space-y-2">
        <h2 id="todo" className="text-lg font-semibold">
          {m.workHome.todo}
        </h2>
        {todo.length === 0 ? (
          <p className="text-sm text-slate-600">{m.workHome.todoEmpty}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {todo.map((item) => (
              <TodoEntry key={placeOf(item).href} item={item} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all" className="space-y-2">
        <h2 id="all" className="text-lg font-semibold">{m.workHome.reports}</h2>
        {reports.length === 0 ? <p className="text-sm text-slate-600">{m.workHome.none}</p> : <ReportList reports={reports} />}
      </section>
    </div>
  );
}

type Todo = TodoItem<Awaited<ReturnType<typeof listReports>>[number], Awaited<ReturnType<typeof listWorkProvinces>>[number]>;

/** Where an item of the list leads: its report, begun or not. */
function placeOf(item: Todo) {
  const { unit, period } = item.kind === "NOT_STARTED" ? item : { unit: item.report.province, period: item.report.period };
  return { unit, period, href: `/work/reports/${unit.slug}/${period}` };
}

function TodoEntry({ item }: { item: Todo }) {
  const { unit, period, href } = placeOf(item);
  const { kind, due } = item;
  return (
    <li className="space-y-0.5 p-3" data-report={`${unit.slug}/${period}`} data-todo={kind} data-due={due?.state.kind}>
      <Link href={href} className="link">
        {unit.nameVi} — {periodLabel(period)}
      </Link>
      <p className={kind === "RETURNED" ? "font-medium text-amber-900" : "text-slate-700"}>{m.workHome.todoKinds[kind]}</p>
      {item.kind === "RETURNED" && item.report.comment ? <p className="text-slate-700">{m.workHome.returnedBecause(item.report.comment)}</p> : null}
      {due ? <p className={dueTone[due.state.kind]}>{m.workHome.todoDue(due.state, formatDate(due.due, "vi"))}</p> : null}
    </li>
  );
}

function ReportList({ reports }: { reports: Awaited<ReturnType<typeof listReports>> }) {
  return (
    <Table caption={m.workHome.reports} scrollHint={m.common.scrollHint} minWidth="32rem">
      <HeadRow labels={[m.common.province, m.common.period, m.common.status, m.workHome.figures]} />
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} className={rowClass} data-report={`${r.province.slug}/${r.period}`}>
            <td className={cell}>{r.province.nameVi}</td>
            <td className={cell}>
              <Link href={`/work/reports/${r.province.slug}/${r.period}`} className="text-brand underline">
                {periodLabel(r.period)}
              </Link>
            </td>
            <td className={cell}>{m.reportStatus[r.status]}</td>
            <td className={numericCell}>{r._count.observations}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
