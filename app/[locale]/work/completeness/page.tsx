import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { periodLabel } from "@/components/IndicatorCard";
import { HeadRow, Table, cell, numericCell, rowClass } from "@/components/ui/Table";
import { getCompleteness } from "@/features/review/completeness";
import { dueTone } from "@/features/deadlines/DeadlineNote";
import { formatDate } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.completeness.heading, robots: { index: false } };

export default async function CompletenessPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/work/completeness");
  const data = await getCompleteness(user);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{m.completeness.heading}</h1>
        <a href="/work/completeness/csv" className="text-sm link" download>
          {m.completeness.csv}
        </a>
      </div>
      <p className="max-w-3xl text-sm text-slate-700">{m.completeness.intro}</p>
      <p className={`max-w-3xl text-sm ${data.overdue.length > 0 ? dueTone.OVERDUE : "text-slate-700"}`}>
        {data.overdue.length > 0
          ? m.completeness.overdue(
              data.overdue
                .map(({ unit, periods }) => m.completeness.overdueUnit(unit.nameVi, periods.map((p) => m.completeness.overduePeriod(periodLabel(p.period), p.days)).join(", ")))
                .join("; "),
            )
          : m.completeness.overdueNone}
      </p>
      <Table scrollHint={m.common.scrollHint} caption={m.completeness.caption}>
        <HeadRow labels={[m.common.province, m.common.period, m.completeness.status, m.completeness.due, ...data.pillars.map((p) => p.nameVi)]} />
        <tbody>
          {data.rows.map((row) => (
            <tr key={`${row.unit.slug}/${row.period}`} className={rowClass} data-row={`${row.unit.slug}/${row.period}`}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {row.unit.nameVi}
              </th>
              <td className={cell}>
                <Link href={`/work/reports/${row.unit.slug}/${row.period}`} className="text-brand underline">
                  {periodLabel(row.period)}
                </Link>
              </td>
              <td className={cell}>{row.status ? m.reportStatus[row.status] : m.completeness.notStarted}</td>
              <td className={`${cell} whitespace-nowrap`} data-due={row.due.state?.kind ?? "SUBMITTED"}>
                {formatDate(row.due.date, "vi")}
                {row.due.state ? <span className={`block text-xs ${dueTone[row.due.state.kind]}`}>{m.deadline.state(row.due.state)}</span> : null}
              </td>
              {row.pillars.map((p) => (
                <td key={p.pillar} className={numericCell} data-pillar={p.pillar}>
                  {p.expected === 0 ? "—" : `${p.entered}/${p.expected}`}
                  {p.missing.length > 0 ? (
                    <details className="mt-1 whitespace-normal text-xs font-normal">
                      <summary className="cursor-pointer text-slate-600">{m.completeness.missing(p.missing.length)}</summary>
                      <ul className="mt-1 list-disc pl-4">
                        {p.missing.map((code) => (
                          <li key={code}>{data.indicatorNames.get(code) ?? code}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
