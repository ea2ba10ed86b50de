import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm, RecordButton } from "@/features/admin/AdminForm";
import { AuditList } from "@/features/admin/AuditList";
import { asFormValues, unitFields } from "@/features/admin/fields";
import { FormMessage } from "@/components/ui/Field";
import { deleteUnitAction, saveUnitAction } from "@/features/admin/actions";
import { auditOf, listUnitsForAdmin } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export default async function UnitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const [{ id }, { created }, units] = await Promise.all([params, searchParams, listUnitsForAdmin()]);
  const unit = id === "new" ? null : units.find((u) => String(u.id) === id);
  if (id !== "new" && !unit) notFound();
  const options = units.filter((u) => u.id !== unit?.id).map((u) => ({ value: String(u.id), label: u.nameVi }));
  const values = unit
    ? asFormValues({ slug: unit.slug, kind: unit.kind, nameVi: unit.nameVi, nameEn: unit.nameEn, validFrom: unit.validFrom, validTo: unit.validTo, successorId: unit.successorId })
    : { kind: "province" };
  return (
    <div className="space-y-6">
      <Link href="/work/admin/units" className="text-sm text-brand underline">
        {m.admin.back}
      </Link>
      <h1 className="text-2xl font-bold">{unit?.nameVi ?? `${m.admin.add}: ${m.admin.units.heading.toLowerCase()}`}</h1>
      {created ? <FormMessage tone="ok">{m.admin.created}</FormMessage> : null}
      <AdminForm action={saveUnitAction} schema="unit" id={unit?.id} fields={unitFields(options)} values={values} />
      {unit ? (
        <>
          <RecordButton action={deleteUnitAction} id={unit.id} label={m.admin.delete} confirm={m.admin.deleteConfirm} danger />
          <AuditList events={await auditOf("units", unit.id)} record={unit.nameVi} fields={unitFields(options)} />
        </>
      ) : null}
    </div>
  );
}
