"use client";
// One form for every administration record: fields from a list, checked in the
// browser by the same schema the server applies again, errors at the field.
import { useState } from "react";
import type { AdminFormState } from "@/features/admin/actions";
import { fieldErrorsOf } from "@/lib/domain/field-errors";
import { deadlineSchema, formFields, indicatorSchema, targetSchema, unitSchema, userSchema } from "@/features/admin/schemas";
import { vi as m } from "@/lib/i18n/messages";
import { buttonClass, Field, FormMessage, type FieldSpec } from "@/components/ui/Field";
import { usePageActionState } from "@/components/ui/usePageActionState";

const SCHEMAS = { user: userSchema, unit: unitSchema, indicator: indicatorSchema, target: targetSchema, deadline: deadlineSchema };

export function AdminForm({
  action,
  schema,
  fields,
  values,
  id,
  submitLabel = m.admin.save,
  linkBase,
}: {
  action: (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
  schema: keyof typeof SCHEMAS;
  fields: readonly FieldSpec[];
  values: Record<string, string>;
  id?: number;
  submitLabel?: string;
  /** The page a set-password link opens, when the form can issue one. */
  linkBase?: string;
}) {
  const [state, formAction, pending] = usePageActionState(action, { status: "idle", message: null, fieldErrors: {}, values });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...state.fieldErrors, ...clientErrors };
  const shown = state.status === "saved" || state.status === "idle" ? { ...values, ...state.values } : state.values;

  function check(event: React.FormEvent<HTMLFormElement>) {
    // Read as the action reads it (formFields), so the browser judges what the server will.
    const parsed = SCHEMAS[schema].safeParse(formFields(new FormData(event.currentTarget)));
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error);
    setClientErrors(found);
    if (Object.keys(found).length > 0) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={check} noValidate className="space-y-4" key={state.status === "saved" && state.link ? state.link : undefined}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {state.message ? <FormMessage tone={state.status === "saved" ? "ok" : "error"}>{state.message}</FormMessage> : null}
      {state.link ? <SetPasswordLink link={`${linkBase ?? ""}${state.link}`} /> : null}
      {Object.keys(clientErrors).length > 0 ? <FormMessage tone="error">{m.admin.fixErrors}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <Field key={field.name} spec={field} value={shown[field.name] ?? ""} error={errors[field.name]} />
        ))}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? m.admin.saving : submitLabel}
      </button>
    </form>
  );
}

export function SetPasswordLink({ link }: { link: string }) {
  const [url] = useState(() => (typeof window === "undefined" ? link : new URL(link, window.location.origin).toString()));
  return (
    <div className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
      <p className="font-medium">{m.admin.users.link}</p>
      <input readOnly value={url} aria-label={m.admin.users.link} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      <p className="text-slate-700">{m.admin.users.linkHint(72)}</p>
    </div>
  );
}

/** A one-button form (delete, lock, new link), asking first when it cannot be undone lightly. */
export function RecordButton({
  action,
  id,
  label,
  confirm,
  extra,
  linkBase,
  danger = false,
}: {
  action: (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
  id: number;
  label: string;
  confirm?: string;
  extra?: Record<string, string>;
  linkBase?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = usePageActionState(action, { status: "idle", message: null, fieldErrors: {}, values: {} });
  return (
    <form action={formAction} onSubmit={(event) => (confirm && !window.confirm(confirm) ? event.preventDefault() : undefined)} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${danger ? "border-red-400 text-red-800 hover:bg-red-50" : "border-slate-400 hover:border-brand"}`}>
        {label}
      </button>
      {state.message ? <FormMessage tone={state.status === "saved" ? "ok" : "error"}>{state.message}</FormMessage> : null}
      {state.link ? <SetPasswordLink link={`${linkBase ?? ""}${state.link}`} /> : null}
    </form>
  );
}
