import Link from "next/link";
import { adminCounts } from "@/features/admin/reads";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.title };

export default async function AdminHome() {
  const counts = await adminCounts();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{m.admin.title}</h1>
      <p className="max-w-prose text-slate-700">{m.admin.intro}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {counts.map(([section, count]) => (
          <li key={section} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/work/admin/${section}`} className="text-lg font-semibold text-brand underline">
              {m.admin.sections[section]}
            </Link>{" "}
            <span className="tabular-nums text-slate-600">({count.toLocaleString("vi-VN")})</span>
            <p className="text-sm text-slate-700">{m.admin.sectionHints[section]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
