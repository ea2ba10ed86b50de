"use server";
// One's own settings: through the guarded door like every write, acting on
// the signed-in person only (the form names nobody).
import { z } from "zod";
import { guarded } from "@/lib/server/guard";
import { setReminders } from "@/features/account/service";
import { vi as m } from "@/lib/i18n/messages";

export interface AccountState {
  status: "idle" | "saved" | "forbidden";
  message: string | null;
}

// A checkbox posts "on" when ticked and nothing when not.
const settingsSchema = z.object({ emailReminders: z.literal("on").optional().transform((on) => on === "on") });

export async function saveAccountSettings(_previous: AccountState, formData: FormData): Promise<AccountState> {
  const outcome = await guarded({
    permissions: ["account.settings"],
    validate: () => settingsSchema.safeParse({ emailReminders: formData.get("emailReminders") ?? undefined }),
    run: (actor, input) => setReminders(actor, input.emailReminders),
    revalidate: () => [["/work/account", "page"]],
  });
  if (outcome.kind === "forbidden") return { status: "forbidden", message: m.work.forbidden };
  // The schema takes any posted value as a yes or a no: nothing is invalid.
  return { status: "saved", message: m.account.saved };
}
