import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutForm } from "@/features/auth/SignOutForm";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function WorkLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/work");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
        <p>
          <Link href="/work" className="font-semibold text-brand">
            {m.work.title}
          </Link>{" "}
          — <span>{user.name}</span> ({m.auth.roles[user.role]}
          {user.provinceName ? `, ${user.provinceName}` : ""})
        </p>
        <div className="flex items-center gap-3">
          <Link href="/work/account" className="text-brand underline underline-offset-2">
            {m.account.link}
          </Link>
          <SignOutForm label={m.auth.signOut} />
        </div>
      </div>
      {children}
    </div>
  );
}
