"use client";

import { signIn, type SignInState } from "@/features/auth/actions";
import { vi as m } from "@/lib/i18n/messages";
import { buttonClass, Field } from "@/components/ui/Field";
import { usePageActionState } from "@/components/ui/usePageActionState";

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = usePageActionState<SignInState>(signIn, { error: null, email: "" });
  // The one message below speaks for both fields: a failed sign-in must not say which of the two was wrong.
  const describedBy = state.error ? "sign-in-error" : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field spec={{ name: "email", id: "email", label: m.auth.email, kind: "email", autoComplete: "username", required: true }} value={state.email} describedBy={describedBy} />
      <Field spec={{ name: "password", id: "password", label: m.auth.password, kind: "password", autoComplete: "current-password", required: true }} value="" describedBy={describedBy} />
      <p id="sign-in-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {state.error}
      </p>
      <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
        {pending ? m.auth.pending : m.auth.submit}
      </button>
    </form>
  );
}
