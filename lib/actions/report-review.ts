"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordDenied } from "@/lib/audit";
import { can, REPORT_ACTION_PERMISSION } from "@/lib/authorization";
import { db } from "@/lib/db";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/session";
import { MAX_REASON_LENGTH, nextStatus, requiresReason, type ReportAction } from "@/lib/workflow";

export interface ReviewState {
  error: string | null;
  reasonError: string | null;
  /** The reason as typed, given back when the action did not go through. */
  reason?: string;
}


// Submitting goes through the entry form, which checks the figures first.
const reviewSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  action: z.enum(["return", "approve", "publish", "unpublish", "unapprove"]),
  reason: z.string().trim().optional().default(""),
});

/** An official returns, approves, publishes, unpublishes or unapproves a report. */
export async function reviewReport(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  const parsed = reviewSchema.safeParse(Object.fromEntries(formData));
  const actor = await getCurrentUser();
  if (!parsed.success) {
    // Only a forged request posts an action or report id the page never offered.
    await recordDenied(actor, "report.approve");
    return { error: m.work.forbidden, reasonError: null };
  }
  const { reportId, action, reason } = parsed.data;
  const permission = REPORT_ACTION_PERMISSION[action];

  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, provinceId: true, period: true, status: true, province: { select: { slug: true } } },
  });
  if (!report || !can(actor, permission, report.provinceId)) {
    await recordDenied(actor, permission, { provinceId: report?.provinceId ?? null, period: report?.period ?? null, reportId });
    return { error: m.work.forbidden, reasonError: null };
  }
  if (requiresReason(action) && reason === "") return { error: null, reasonError: m.review.reasonRequired, reason };
  if (reason.length > MAX_REASON_LENGTH) return { error: null, reasonError: m.review.reasonTooLong(MAX_REASON_LENGTH), reason };

  const to = nextStatus(report.status, action as ReportAction);
  if (!to) return { error: m.review.illegal(m.reportStatus[report.status]), reasonError: null, reason };

  const now = new Date();
  const moved = await db.$transaction(async (tx) => {
    // The status in the where clause refuses a transition someone else already made.
    const result = await tx.report.updateMany({
      where: { id: report.id, provinceId: report.provinceId, status: report.status },
      data: {
        status: to,
        version: { increment: 1 },
        // The latest word of the official stays on the report until it moves on.
        comment: action === "return" || action === "unapprove" || action === "unpublish" ? reason : null,
        ...(action === "approve" ? { approvedAt: now } : {}),
        ...(action === "publish" ? { publishedAt: now } : {}),
        ...(action === "unpublish" ? { publishedAt: null } : {}),
        ...(action === "unapprove" ? { approvedAt: null } : {}),
      },
    });
    if (result.count !== 1) return false;
    await tx.auditEvent.create({
      data: {
        action: `report.${action}`,
        actorId: actor!.id,
        provinceId: report.provinceId,
        reportId: report.id,
        period: report.period,
        oldValue: report.status,
        newValue: to,
        reason: reason || null,
      },
    });
    return true;
  });
  if (!moved) return { error: m.review.changedMeanwhile, reasonError: null, reason };

  revalidatePath("/work", "layout");
  // Publishing or unpublishing changes what the public sees, at once.
  if (action === "publish" || action === "unpublish") revalidatePath("/", "layout");
  redirect(`/work/reports/${report.province.slug}/${report.period}?done=${action}`);
}
