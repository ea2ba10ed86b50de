import Link from "next/link";
import { FormMessage } from "@/components/ui/Field";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { listIndicatorsForAdmin } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.indicators.heading };

export default async function IndicatorsAdminPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const [indicators, { deleted }] = await Promise.all([listIndicatorsForAdmin(), searchParams]);
  const i = m.admin.indicators;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{i.heading}</h1>
        <Link href="/work/admin/indicators/new" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white">
          {m.admin.add}
        </Link>
      </div>
      {deleted ? <FormMessage tone="ok">{m.admin.deleted}</FormMessage> : null}
      <Table scrollHint={m.common.scrollHint} caption={i.heading} minWidth="48rem">
        <HeadRow labels={[i.nameVi, i.pillar, i.unit, i.periodicity, i.figures]} />
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id} className={rowClass}>
              <td className={cell}>
                <Link href={`/work/admin/indicators/${indicator.id}`} className="text-brand underline">
                  {indicator.nameVi}
                </Link>
                <br />
                <code className="text-xs text-slate-600">{indicator.code}</code>
              </td>
              <td className={cell}>{indicator.pillar.nameVi}</td>
              <td className={cell}>{m.units[indicator.unit]}</td>
              <td className={cell}>{i.periodicities[indicator.periodicity]}</td>
              <td className={numericCell}>{indicator._count.observations.toLocaleString("vi-VN")}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
