import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first message for each field, keyed the way the form names its inputs (a path joined with dots). */
export function fieldErrorsOf(error: z.ZodError, key: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join(".")): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[key(issue.path) || "form"] ??= issue.message;
  return errors;
}
