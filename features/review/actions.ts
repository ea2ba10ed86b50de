"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { guarded, missing } from "@/lib/server/guard";
import { REPORT_ACTION_PERMISSION } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { vi as m } from "@/lib/i18n/messages";
import { moveReport } from "@/features/review/service";
import { cleanText } from "@/lib/domain/text";
import { MAX_REASON_LENGTH, requiresReason } from "@/lib/domain/workflow";
import { recordId } from "@/lib/domain/record-id";

export interface ReviewState {
  error: string | null;
  reasonError: string | null;
  /** The reason as typed, given back when the action did not go through. */
  reason?: string;
}

// Submitting goes through the entry form, which checks the figures first.
const REVIEW_ACTIONS = ["return", "approve", "publish", "unpublish", "unapprove"] as const;
type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const reasonSchema = (action: ReviewAction) =>
  z
    .string()
    .trim()
    .max(MAX_REASON_LENGTH, m.review.reasonTooLong(MAX_REASON_LENGTH))
    .refine((reason) => !requiresReason(action) || reason !== "", m.review.reasonRequired);

/** An official returns, approves, publishes, unpublishes or unapproves a report. */
export async function reviewReport(_previous: ReviewState, formData: FormData): Promise<ReviewState> {
  const reason = cleanText(String(formData.get("reason") ?? "")).trim();
  const rawAction = String(formData.get("action") ?? "");
  const reportId = recordId(String(formData.get("reportId") ?? ""));
  // Only a forged request posts an action or a report the page never offered: refused like any other.
  const action: ReviewAction = (REVIEW_ACTIONS as readonly string[]).includes(rawAction) ? (rawAction as ReviewAction) : "approve";
  const known = (REVIEW_ACTIONS as readonly string[]).includes(rawAction) && reportId !== null;

  const outcome = await guarded({
    permissions: [REPORT_ACTION_PERMISSION[action]],
    scope: async () => {
      if (!known || reportId === null) return missing();
      const report = await db.report.findUnique({
        where: { id: reportId },
        select: { id: true, provinceId: true, period: true, status: true, province: { select: { slug: true } } },
      });
      return report ? { provinceId: report.provinceId, period: report.period, reportId: report.id, report } : missing({ reportId });
    },
    validate: () => reasonSchema(action).safeParse(reason),
    run: (actor, checkedReason, { report }) => moveReport(actor, report, action, checkedReason),
    // Publishing or unpublishing changes what the public sees, at once.
    revalidate: (moved) => (moved.kind !== "moved" ? [] : action === "publish" || action === "unpublish" ? [["/", "layout"]] : [["/work", "layout"]]),
    publishes: (moved) => moved.kind === "moved" && (action === "publish" || action === "unpublish"),
  });

  if (outcome.kind === "forbidden") return { error: m.work.forbidden, reasonError: null };
  if (outcome.kind === "invalid") return { error: null, reasonError: Object.values(outcome.fieldErrors)[0] ?? null, reason };
  const moved = outcome.value;
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId as number }, select: { status: true, period: true, province: { select: { slug: true } } } });
  if (moved.kind === "illegal") return { error: m.review.illegal(m.reportStatus[report.status]), reasonError: null, reason };
  if (moved.kind === "changedMeanwhile") return { error: m.review.changedMeanwhile, reasonError: null, reason };
  redirect(`/work/reports/${report.province.slug}/${report.period}?done=${action}`);
}
