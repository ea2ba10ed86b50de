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

export const fileInputClass = "block w-full text-sm";

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "email" | "password" | "date" | "number" | "select" | "textarea" | "checkbox";
  /** The control's id, when links or tests already name it; `f-<name>` otherwise. */
  id?: string;
  options?: readonly Option[];
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
  autoComplete?: string;
  /** Spans both columns of the form grid. */
  wide?: boolean;
}

/** What a control carries to be read out with its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FrameProps {
  /** The control's id; its hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Ids of further elements that describe the control, such as one message for the whole form. */
  describedBy?: string;
  /** Spans both columns of the form grid. */
  wide?: boolean;
  /** A checkbox: the box before its label, on one line. */
  inline?: boolean;
}

/**
 * A field whose control the form draws itself (one it keeps in state, a file,
 * a textarea of its own size): the label, hint and error around it, and the
 * attributes the control must carry to be read out with them.
 */
export function FieldFrame({ id, label, required, hint, error, describedBy, wide, inline, children }: FrameProps & { children: (control: ControlProps) => ReactNode }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, describedBy || null].filter(Boolean).join(" ") || undefined;
  const labelled = (
    <label htmlFor={id} className="block text-sm font-medium">
      {label}
      {required ? <span aria-hidden="true"> *</span> : null}
    </label>
  );
  const control = children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described });
  return (
    <div className={`space-y-1 ${wide ? "sm:col-span-2" : ""}`}>
      {inline ? (
        <div className="flex items-center gap-2">
          {control}
          {labelled}
        </div>
      ) : (
        <>
          {labelled}
          {control}
        </>
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
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

/** A field drawn from its spec, its value the form's default. */
export function Field({ spec, value, error, describedBy }: { spec: FieldSpec; value: string; error?: string; describedBy?: string }) {
  const frame: FrameProps = { id: spec.id ?? `f-${spec.name}`, label: spec.label, required: spec.required, hint: spec.hint, error, describedBy, wide: spec.wide, inline: spec.kind === "checkbox" };
  return <FieldFrame {...frame}>{(control) => <Control spec={spec} value={value} control={control} />}</FieldFrame>;
}

function Control({ spec, value, control }: { spec: FieldSpec; value: string; control: ControlProps }) {
  const common = { ...control, name: spec.name, required: spec.required };
  switch (spec.kind) {
    case "select": {
      // A select with no empty choice always has a value: HTML's `required` is for one that starts at a placeholder.
      const placeholder = (spec.options ?? []).some((o) => o.value === "");
      return (
        <select {...common} required={placeholder && spec.required} aria-required={spec.required || undefined} defaultValue={value} className={inputClass} disabled={spec.readOnly}>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    case "textarea":
      return <textarea {...common} defaultValue={value} rows={3} className={inputClass} readOnly={spec.readOnly} />;
    case "checkbox":
      return <input {...common} type="checkbox" defaultChecked={value === "on" || value === "true"} className="h-5 w-5" />;
    default:
      return (
        <input
          {...common}
          type={spec.kind === "number" ? "text" : spec.kind}
          inputMode={spec.kind === "number" ? "decimal" : undefined}
          defaultValue={value}
          readOnly={spec.readOnly}
          autoComplete={spec.autoComplete}
          className={inputClass}
        />
      );
  }
}

/** The outcome of a form, read out when it changes. */
export function FormMessage({ tone, children }: { tone: "ok" | "error"; children: ReactNode }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded px-3 py-2 text-sm ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
      {children}
    </p>
  );
}
