// The form fields of the working pages: a label, the control, a hint and the
// error at the field, wired for screen readers (aria-invalid, describedby).
import type { ReactNode } from "react";

export const inputClass = "w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-600 read-only:bg-slate-100";
export const buttonClass = "rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-slate-400 px-4 py-2 font-medium hover:border-brand disabled:opacity-60";

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "email" | "password" | "date" | "number" | "select" | "textarea" | "checkbox";
  options?: readonly Option[];
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
  /** Spans both columns of the form grid. */
  wide?: boolean;
}

export function Field({ spec, value, error }: { spec: FieldSpec; value: string; error?: string }) {
  const id = `f-${spec.name}`;
  const described = [spec.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: spec.name, "aria-invalid": error ? true : undefined, "aria-describedby": described, required: spec.required };
  let control: ReactNode;
  switch (spec.kind) {
    case "select":
      control = (
        <select {...common} defaultValue={value} className={inputClass} disabled={spec.readOnly}>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case "textarea":
      control = <textarea {...common} defaultValue={value} rows={3} className={inputClass} readOnly={spec.readOnly} />;
      break;
    case "checkbox":
      control = <input {...common} type="checkbox" defaultChecked={value === "on" || value === "true"} className="h-5 w-5" />;
      break;
    default:
      control = (
        <input
          {...common}
          type={spec.kind === "number" ? "text" : spec.kind}
          inputMode={spec.kind === "number" ? "decimal" : undefined}
          defaultValue={value}
          readOnly={spec.readOnly}
          className={inputClass}
        />
      );
  }
  return (
    <div className={`space-y-1 ${spec.wide ? "sm:col-span-2" : ""} ${spec.kind === "checkbox" ? "flex flex-row-reverse items-center justify-end gap-2 space-y-0" : ""}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {spec.label}
        {spec.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {control}
      {spec.hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {spec.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The outcome of a form, read out when it changes. */
export function FormMessage({ tone, children }: { tone: "ok" | "error"; children: ReactNode }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded px-3 py-2 text-sm ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
      {children}
    </p>
  );
}
