"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/features/auth/actions";
import { vi as m } from "@/lib/i18n/messages";

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { error: null, email: "" });
  return (
    <form action={action} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {m.auth.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? "sign-in-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {m.auth.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? "sign-in-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <p id="sign-in-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {state.error}
      </p>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? m.auth.pending : m.auth.submit}
      </button>
    </form>
  );
}
