"use server";
// The document frame's action: reads its form, goes through the guarded door
// (the unit's officials and admins) and stores the frame with the report.
import { redirect } from "next/navigation";
import { guarded, missing } from "@/lib/server/guard";
import { db } from "@/lib/server/db";
import { frameSchema } from "@/features/progress-report/frame-schema";
import { reportPeriod } from "@/features/progress-report/reads";
import { saveFrame } from "@/features/progress-report/service";
import { vi as m } from "@/lib/i18n/messages";

export interface FrameState {
  error: string | null;
  fieldErrors: Record<string, string>;
  /** What was typed, given back when the frame was refused. */
  values: Record<string, string> | null;
}

const FIELDS = ["parentBody", "issuingBody", "number", "abbreviation", "addressee", "place", "issuedOn", "signerAuthority", "signerPosition", "signerName", "recipients"] as const;

export async function saveFrameAction(_previous: FrameState, formData: FormData): Promise<FrameState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")]));
  const slug = String(formData.get("unit") ?? "");
  const code = String(formData.get("period") ?? "");
  const outcome = await guarded({
    permissions: ["report.document"],
    scope: async () => {
      const period = reportPeriod(code);
      const unit = /^[a-z0-9-]{1,80}$/.test(slug) ? await db.province.findUnique({ where: { slug }, select: { id: true } }) : null;
      return unit && period ? { provinceId: unit.id, period: period.code } : missing({ period: code.slice(0, 20) || null });
    },
    validate: () => frameSchema.safeParse(values),
    run: (actor, frame, scope) => saveFrame(actor, { provinceId: scope.provinceId, period: scope.period, frame }),
    revalidate: () => [[`/work/reports/${slug}/${code}/summary`, "page"]],
  });
  if (outcome.kind === "forbidden") return { error: m.work.forbidden, fieldErrors: {}, values };
  if (outcome.kind === "invalid") return { error: m.admin.fixErrors, fieldErrors: outcome.fieldErrors, values };
  redirect(`/work/reports/${slug}/${code}/summary?frame=saved`);
}
