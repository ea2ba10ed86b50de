import type { Metadata } from "next";
import { SetPasswordForm } from "@/features/auth/SetPasswordForm";
import { FormMessage } from "@/components/ui/Field";
import { checkLink } from "@/features/admin/service";
import { vi as m } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: m.setPassword.heading, robots: { index: false }, referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const problem = await checkLink(token);
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-bold">{m.setPassword.heading}</h1>
      {problem ? (
        <FormMessage tone="error">{m.setPassword.problems[problem]}</FormMessage>
      ) : (
        <>
          <p className="text-sm text-slate-700">{m.setPassword.intro}</p>
          <SetPasswordForm token={token} />
        </>
      )}
    </div>
  );
}
