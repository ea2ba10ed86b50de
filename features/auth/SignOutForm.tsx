"use client";

import { signOut } from "@/features/auth/actions";
import { usePageActionState } from "@/components/ui/usePageActionState";

/** The working side's sign-out button: a form to the page's own address, so it works before the script has run. */
export function SignOutForm({ label }: { label: string }) {
  const [, action, pending] = usePageActionState<null>(signOut, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-3 py-1 hover:border-brand">
        {label}
      </button>
    </form>
  );
}
