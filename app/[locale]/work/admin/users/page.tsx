import Link from "next/link";
import { AdminForm } from "@/features/admin/AdminForm";
import { userFields } from "@/features/admin/fields";
import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { saveUserAction } from "@/features/admin/actions";
import { listUsers, unitChoices } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.users.heading };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ all?: string }> }) {
  const [users, units, { all }] = await Promise.all([listUsers(), unitChoices("users"), searchParams]);
  // A new account belongs to a unit that exists today, unless the admin asks for one merged away.
  const now = new Date();
  const offered = all ? units : units.filter((unit) => unit.validTo === null || unit.validTo > now);
  const unitOptions = offered.map((unit) => ({ value: String(unit.id), label: unit.nameVi }));
  const u = m.admin.users;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{u.heading}</h1>
      <Table scrollHint={m.common.scrollHint} caption={u.heading} minWidth="44rem">
        <HeadRow labels={[u.name, u.email, u.role, u.unit, u.status]} />
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={rowClass}>
              <td className={cell}>
                <Link href={`/work/admin/users/${user.id}`} className="text-brand underline">
                  {user.name}
                </Link>
              </td>
              <td className={cell}>{user.email}</td>
              <td className={cell}>{m.auth.roles[user.role]}</td>
              <td className={cell}>{user.province?.nameVi ?? "—"}</td>
              <td className={cell}>{user.active ? u.active : <strong className="text-red-800">{u.inactive}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <section aria-labelledby="new-user" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-user" className="text-lg font-semibold">
          {u.create}
        </h2>
        <p className="text-sm text-slate-700">{u.noSelfRegistration}</p>
        <p className="text-sm">
          <Link href={all ? "/work/admin/users" : "/work/admin/users?all=1"} className="text-brand underline underline-offset-2">
            {all ? u.unitsToday : u.unitsAll}
          </Link>
        </p>
        <AdminForm action={saveUserAction} schema="user" fields={userFields(unitOptions)} values={{ role: "STAFF" }} submitLabel={u.create} linkBase="/set-password?token=" />
      </section>
    </div>
  );
}
