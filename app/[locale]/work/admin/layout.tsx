import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/security/authorization";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

const SECTIONS = ["users", "units", "indicators", "targets"] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The pages say nothing to anyone but an admin; their actions check again.
  if (!can(await getCurrentUser(), "user.manage")) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label={m.admin.title} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/work/admin" className="font-semibold text-brand underline">
          {m.admin.title}
        </Link>
        {SECTIONS.map((section) => (
          <Link key={section} href={`/work/admin/${section}`} className="text-brand underline">
            {m.admin.sections[section]}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
