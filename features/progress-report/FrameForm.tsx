"use client";
// The document frame's form: prefilled, checked in the browser by the schema
// the action applies again, errors at the field.
import { useState } from "react";
import { saveFrameAction, type FrameState } from "@/features/progress-report/actions";
import { frameSchema } from "@/features/progress-report/frame-schema";
import { fieldErrorsOf } from "@/lib/domain/field-errors";
import { buttonClass, Field, FormMessage, type FieldSpec } from "@/components/ui/Field";
import { vi as m } from "@/lib/i18n/messages";
import { usePageActionState } from "@/components/ui/usePageActionState";

const f = m.report.frame;
const FIELDS: FieldSpec[] = [
  { name: "parentBody", label: f.parentBody, kind: "text" },
  { name: "issuingBody", label: f.issuingBody, kind: "text", required: true },
  { name: "number", label: f.number, kind: "text" },
  { name: "abbreviation", label: f.abbreviation, kind: "text", required: true },
  { name: "addressee", label: f.addressee, kind: "text", required: true, wide: true },
  { name: "place", label: f.place, kind: "text", required: true },
  { name: "issuedOn", label: f.issuedOn, kind: "date", required: true },
  { name: "signerAuthority", label: f.signerAuthority, kind: "text" },
  { name: "signerPosition", label: f.signerPosition, kind: "text", required: true },
  { name: "signerName", label: f.signerName, kind: "text", required: true },
  { name: "recipients", label: f.recipients, kind: "textarea", required: true, wide: true },
];

export function FrameForm({ unit, period, values }: { unit: string; period: string; values: Record<string, string> }) {
  const [state, action, pending] = usePageActionState<FrameState>(saveFrameAction, { error: null, fieldErrors: {}, values: null });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const shown = state.values ?? values;
  const errors = { ...state.fieldErrors, ...clientErrors };

  function check(event: React.FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const parsed = frameSchema.safeParse(Object.fromEntries(FIELDS.map((field) => [field.name, String(form.get(field.name) ?? "")])));
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error);
    setClientErrors(found);
    if (Object.keys(found).length > 0) event.preventDefault();
  }

  return (
    <form action={action} onSubmit={check} noValidate className="space-y-4">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="period" value={period} />
      {state.error || Object.keys(clientErrors).length > 0 ? <FormMessage tone="error">{state.error ?? m.admin.fixErrors}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <Field key={field.name} spec={field} value={shown[field.name] ?? ""} error={errors[field.name]} />
        ))}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {f.save}
      </button>
    </form>
  );
}
