import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm, RecordButton } from "@/features/admin/AdminForm";
import { AuditList } from "@/features/admin/AuditList";
import { asFormValues, targetFields } from "@/features/admin/fields";
import { FormMessage } from "@/components/ui/Field";
import { deleteTargetAction, saveTargetAction } from "@/features/admin/actions";
import { auditOf, getTarget, indicatorChoices, unitChoices } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";
import { recordId } from "@/lib/domain/record-id";

export default async function TargetAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; unit?: string }> }) {
  const [{ id }, { created, unit }, units, indicators] = await Promise.all([params, searchParams, unitChoices("targets"), indicatorChoices("targets")]);
  const targetId = recordId(id);
  const target = targetId !== null ? await getTarget(targetId) : null;
  if (id !== "new" && !target) notFound();
  const values = target
    ? asFormValues({ ...target, sourceTitle: target.source.title, sourceUrl: target.source.url })
    : { provinceId: String(units.find((u) => u.slug === unit)?.id ?? ""), year: "2030", comparator: "GTE", scope: "PROVINCIAL" };
  const fields = targetFields(
    units.map((u) => ({ value: String(u.id), label: u.nameVi })),
    indicators.map((i) => ({ value: String(i.id), label: `${i.nameVi} (${m.units[i.unit]})` })),
  );
  return (
    <div className="space-y-6">
      <Link href="/work/admin/targets" className="text-sm text-brand underline">
        {m.admin.back}
      </Link>
      <h1 className="text-2xl font-bold">{target ? m.admin.targets.heading : `${m.admin.add}: ${m.admin.targets.heading.toLowerCase()}`}</h1>
      {created ? <FormMessage tone="ok">{m.admin.created}</FormMessage> : null}
      <AdminForm action={saveTargetAction} schema="target" id={target?.id} fields={fields} values={values} />
      {target ? (
        <>
          <RecordButton action={deleteTargetAction} id={target.id} label={m.admin.delete} confirm={m.admin.deleteConfirm} danger />
          <AuditList events={await auditOf("targets", target.id)} record={`${indicators.find((i) => i.id === target.indicatorId)?.nameVi ?? ""} (${target.year})`} fields={fields} />
        </>
      ) : null}
    </div>
  );
}
