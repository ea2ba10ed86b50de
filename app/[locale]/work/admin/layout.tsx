import Link from "next/link";
import { notFound } from "next/navigation";
import { adminSectionsFor } from "@/lib/security/authorization";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The pages say nothing to anyone who may open none of them; each page's reads and actions check their own section again.
  const sections = adminSectionsFor(await getCurrentUser());
  if (sections.length === 0) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label={m.admin.title} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/work/admin" className="font-semibold text-brand underline">
          {m.admin.title}
        </Link>
        {sections.map((section) => (
          <Link key={section} href={`/work/admin/${section}`} className="text-brand underline">
            {m.admin.sections[section]}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
