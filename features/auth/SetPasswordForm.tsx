"use client";

import Link from "next/link";
import { setPasswordAction, type SetPasswordState } from "@/features/auth/set-password";
import { vi as m } from "@/lib/i18n/messages";
import { buttonClass, Field, FormMessage } from "@/components/ui/Field";
import { usePageActionState } from "@/components/ui/usePageActionState";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = usePageActionState<SetPasswordState>(setPasswordAction, { status: "idle", message: null, fieldErrors: {} });
  if (state.status === "done") {
    return (
      <div className="space-y-3">
        <FormMessage tone="ok">{state.message}</FormMessage>
        <Link href="/sign-in" className="text-brand underline">
          {m.auth.signIn}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Field spec={{ name: "password", label: m.setPassword.password, kind: "password", required: true }} value="" error={state.fieldErrors.password} />
      <Field spec={{ name: "confirm", label: m.setPassword.confirm, kind: "password", required: true }} value="" error={state.fieldErrors.confirm} />
      <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
        {m.setPassword.submit}
      </button>
    </form>
  );
}
