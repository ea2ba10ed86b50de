"use server";
// The page behind a set-password link: the link itself is the authority, so
// this is the one write that needs no session.
import { passwordSchema, formFields } from "@/features/admin/schemas";
import { setPasswordWithLink } from "@/features/admin/service";
import { fieldErrorsOf } from "@/lib/server/guard";
import { vi as m } from "@/lib/i18n/messages";

export interface SetPasswordState {
  status: "idle" | "invalid" | "refused" | "done";
  message: string | null;
  fieldErrors: Record<string, string>;
}

export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const parsed = passwordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "invalid", message: null, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await setPasswordWithLink(parsed.data.token, parsed.data.password);
  if (result.kind === "refused") return { status: "refused", message: m.setPassword.problems[result.problem], fieldErrors: {} };
  return { status: "done", message: m.setPassword.done, fieldErrors: {} };
}
