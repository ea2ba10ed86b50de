import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm, RecordButton } from "@/features/admin/AdminForm";
import { AuditList } from "@/features/admin/AuditList";
import { asFormValues, userFields } from "@/features/admin/fields";
import { resetPasswordAction, saveUserAction, setUserActiveAction } from "@/features/admin/actions";
import { auditOf, getUser, unitChoices } from "@/features/admin/reads";
import type { FieldSpec } from "@/components/ui/Field";
import { vi as m } from "@/lib/i18n/messages";
import { recordId } from "@/lib/domain/record-id";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = recordId(id);
  const user = userId !== null ? await getUser(userId) : null;
  if (!user) notFound();
  const [units, events] = await Promise.all([unitChoices("users"), auditOf("users", user.id)]);
  const u = m.admin.users;
  const fields = userFields(units.map((x) => ({ value: String(x.id), label: x.nameVi })));
  // Locking is a button rather than a form field: its audit entries are read with these words.
  const statusField: FieldSpec = { name: "active", label: u.status, kind: "select", options: [{ value: "true", label: u.active }, { value: "false", label: u.inactive }] };
  const { active } = user;
  return (
    <div className="space-y-6">
      <Link href="/work/admin/users" className="text-sm text-brand underline">
        {m.admin.back}
      </Link>
      <h1 className="text-2xl font-bold">
        {user.name} {active ? null : <span className="text-base font-normal text-red-800">({u.inactive})</span>}
      </h1>
      <AdminForm action={saveUserAction} schema="user" id={user.id} fields={fields} values={asFormValues(user)} />
      <div className="flex flex-wrap gap-6 rounded-lg border border-slate-200 bg-white p-4">
        <div className="space-y-1">
          <RecordButton action={resetPasswordAction} id={user.id} label={u.reset} confirm={u.resetHint} linkBase="/set-password?token=" />
          <p className="text-xs text-slate-600">{u.resetHint}</p>
        </div>
        <RecordButton action={setUserActiveAction} id={user.id} label={active ? u.deactivate : u.activate} extra={{ active: String(!active) }} danger={active} />
      </div>
      <AuditList events={events} record={user.name} fields={[...fields, statusField]} />
    </div>
  );
}
