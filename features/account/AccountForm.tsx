"use client";
import { saveAccountSettings, type AccountState } from "@/features/account/actions";
import { buttonClass, Field, FormMessage } from "@/components/ui/Field";
import { usePageActionState } from "@/components/ui/usePageActionState";

export function AccountForm({ emailReminders, labels }: { emailReminders: boolean; labels: { reminders: string; hint: string; save: string } }) {
  const [state, action, pending] = usePageActionState<AccountState>(saveAccountSettings, { status: "idle", message: null });
  return (
    <form action={action} className="space-y-3" key={String(emailReminders)}>
      {state.message ? <FormMessage tone={state.status === "saved" ? "ok" : "error"}>{state.message}</FormMessage> : null}
      <Field spec={{ name: "emailReminders", id: "emailReminders", label: labels.reminders, kind: "checkbox", hint: labels.hint }} value={emailReminders ? "on" : ""} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {labels.save}
      </button>
    </form>
  );
}
