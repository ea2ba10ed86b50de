import Link from "next/link";
import { Field, FormMessage, secondaryButtonClass } from "@/components/ui/Field";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { listTargets, unitChoices } from "@/features/admin/reads";
import { formatValue } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";
import { comparatorSymbol } from "@/lib/domain/targets";

export const metadata = { title: m.admin.targets.heading };

export default async function TargetsAdminPage({ searchParams }: { searchParams: Promise<{ deleted?: string; unit?: string }> }) {
  const { deleted, unit } = await searchParams;
  const units = await unitChoices("targets");
  const chosen = units.find((u) => u.slug === unit) ?? null;
  const targets = await listTargets(chosen?.id ?? null);
  const t = m.admin.targets;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.heading}</h1>
        <Link href={`/work/admin/targets/new${chosen ? `?unit=${chosen.slug}` : ""}`} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white">
          {m.admin.add}
        </Link>
      </div>
      {deleted ? <FormMessage tone="ok">{m.admin.deleted}</FormMessage> : null}
      <form className="flex flex-wrap items-end gap-2">
        <Field spec={{ name: "unit", id: "unit", label: t.filter, kind: "select", options: [{ value: "", label: t.all }, ...units.map((u) => ({ value: u.slug, label: u.nameVi }))] }} value={chosen?.slug ?? ""} />
        <button type="submit" className={secondaryButtonClass}>
          {t.filter}
        </button>
      </form>
      <Table scrollHint={m.common.scrollHint} caption={t.heading} minWidth="48rem">
        <HeadRow labels={[t.unit, t.indicator, t.year, t.value, t.scope, t.sourceTitle]} />
        <tbody>
          {targets.map((target) => (
            <tr key={target.id} className={rowClass}>
              <td className={cell}>{target.province.nameVi}</td>
              <td className={cell}>
                <Link href={`/work/admin/targets/${target.id}`} className="text-brand underline">
                  {target.indicator.nameVi}
                </Link>
              </td>
              <td className={numericCell}>{target.year}</td>
              <td className={numericCell}>
                {comparatorSymbol(target.comparator)} {formatValue(target.value, target.indicator.unit, "vi")}
              </td>
              <td className={cell}>{t.scopes[target.scope]}</td>
              <td className={cell}>{target.source.title}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
