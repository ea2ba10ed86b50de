import Link from "next/link";
import { FormMessage } from "@/components/ui/Field";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { listUnitsForAdmin } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.units.heading };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const [units, { deleted }] = await Promise.all([listUnitsForAdmin(), searchParams]);
  const u = m.admin.units;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{u.heading}</h1>
        <Link href="/work/admin/units/new" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white">
          {m.admin.add}
        </Link>
      </div>
      {deleted ? <FormMessage tone="ok">{m.admin.deleted}</FormMessage> : null}
      <Table scrollHint={m.common.scrollHint} caption={u.heading} minWidth="44rem">
        <HeadRow labels={[u.nameVi, u.slug, u.validTo, u.successor, m.admin.indicators.figures]} />
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id} className={rowClass}>
              <td className={cell}>
                <Link href={`/work/admin/units/${unit.id}`} className="text-brand underline">
                  {unit.nameVi}
                </Link>
              </td>
              <td className={cell}>
                <code className="text-xs">{unit.slug}</code>
              </td>
              <td className={cell}>{unit.validTo ? u.ended(unit.validTo.toLocaleDateString("vi-VN", { timeZone: "UTC" })) : u.today}</td>
              <td className={cell}>{unit.successor?.nameVi ?? "—"}</td>
              <td className={numericCell}>{unit._count.observations.toLocaleString("vi-VN")}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
