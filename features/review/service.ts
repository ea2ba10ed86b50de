import "server-only";
// An official's move of a report through the workflow: returned, approved,
// published, unpublished or unapproved, in one transaction with its audit
// event. Called by the review action after lib/server/guard has checked who
// is asking.
import type { Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { nextStatus, type ReportAction, type ReportStatus } from "@/lib/domain/workflow";
import type { WorkflowMailKind } from "@/features/mail/compose";
import { queueWorkflowMail, sendSoon } from "@/features/mail/service";

export interface ReviewedReport {
  id: number;
  provinceId: number;
  period: string;
  status: ReportStatus;
}

/** The moves the person who submitted the report is told of by mail. */
const MAILED: Partial<Record<ReportAction, WorkflowMailKind>> = { return: "RETURNED", approve: "APPROVED", publish: "PUBLISHED" };

export type MoveOutcome = { kind: "moved"; to: ReportStatus } | { kind: "illegal" } | { kind: "changedMeanwhile" };

/** An official returns, approves, publishes, unpublishes or unapproves a report. */
export async function moveReport(actor: Actor, report: ReviewedReport, action: Exclude<ReportAction, "submit">, reason: string): Promise<MoveOutcome> {
  const to = nextStatus(report.status, action);
  if (!to) return { kind: "illegal" };
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
    const event = await tx.auditEvent.create({
      data: {
        action: `report.${action}`,
        actorId: actor.id,
        provinceId: report.provinceId,
        reportId: report.id,
        period: report.period,
        oldValue: report.status,
        newValue: to,
        reason: reason || null,
      },
      select: { id: true },
    });
    const kind = MAILED[action];
    if (kind) {
      await queueWorkflowMail(tx, { kind, auditEventId: event.id, reportId: report.id, provinceId: report.provinceId, period: report.period, actorId: actor.id, comment: reason || null });
    }
    return true;
  });
  if (!moved) return { kind: "changedMeanwhile" };
  sendSoon();
  return { kind: "moved", to };
}
