import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm, RecordButton } from "@/features/admin/AdminForm";
import { AuditList } from "@/features/admin/AuditList";
import { asFormValues, indicatorFields } from "@/features/admin/fields";
import { FormMessage } from "@/components/ui/Field";
import { deleteIndicatorAction, saveIndicatorAction } from "@/features/admin/actions";
import { auditOf, listIndicatorsForAdmin, listPillars } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export default async function IndicatorAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const [{ id }, { created }, indicators, pillars] = await Promise.all([params, searchParams, listIndicatorsForAdmin(), listPillars()]);
  const indicator = id === "new" ? null : indicators.find((i) => String(i.id) === id);
  if (id !== "new" && !indicator) notFound();
  const fields = indicatorFields(pillars.map((p) => ({ value: String(p.id), label: p.nameVi })));
  const values = indicator
    ? asFormValues(indicator)
    : { unit: "PERCENT", direction: "HIGHER_IS_BETTER", periodicity: "QUARTERLY", pillarId: String(pillars[0]?.id ?? "") };
  return (
    <div className="space-y-6">
      <Link href="/work/admin/indicators" className="text-sm text-brand underline">
        {m.admin.back}
      </Link>
      <h1 className="text-2xl font-bold">{indicator?.nameVi ?? `${m.admin.add}: ${m.admin.indicators.heading.toLowerCase()}`}</h1>
      {created ? <FormMessage tone="ok">{m.admin.created}</FormMessage> : null}
      <AdminForm action={saveIndicatorAction} schema="indicator" id={indicator?.id} fields={fields} values={values} />
      {indicator ? (
        <>
          <RecordButton action={deleteIndicatorAction} id={indicator.id} label={m.admin.delete} confirm={m.admin.deleteConfirm} danger />
          <AuditList events={await auditOf("indicators", indicator.id)} record={indicator.nameVi} fields={fields} />
        </>
      ) : null}
    </div>
  );
}
