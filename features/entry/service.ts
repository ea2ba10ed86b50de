import "server-only";
// Writes of a unit's figures: saved into its report as a draft or submitted.
// Called by the entry action and by the spreadsheet import, after
// lib/server/guard has checked who is asking. Each write is one transaction:
// all of it or nothing.
import { recordRefusal } from "@/lib/server/audit";
import type { Actor } from "@/lib/security/authorization";
import type { EntryValue } from "@/features/entry/schema";
import type { Period } from "@/lib/domain/period";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { Rollback, writeFigures, type PeriodFigures, type Refusal } from "@/features/entry/write-figures";
import { queueWorkflowMail, sendSoon } from "@/features/mail/service";

export type { Conflict, PeriodFigures } from "@/features/entry/write-figures";

export type SaveOutcome =
  /** `created`: the save began the report, which the unit's pages then show as a draft. */
  | { kind: "saved"; reportId: number; created: boolean }
  | Refusal;

/**
 * Saves figures of one unit and period into its report (made as a draft when
 * there is none) and, with `submit`, submits it. A figure whose version moved
 * since it was read is a conflict; a report no longer editable is locked.
 * Either rolls everything back.
 */
export async function saveFigures(
  actor: Actor,
  args: { provinceId: number; period: Period; values: readonly EntryValue[]; submit?: { note: string | null } },
  tx?: Tx,
): Promise<SaveOutcome> {
  const work = async (tx: Tx): Promise<SaveOutcome> => {
    const [report] = await writeFigures(tx, actor, args.provinceId, [{ period: args.period, values: args.values }]);
    if (args.submit) {
      const moved = await tx.report.updateMany({
        where: { id: report!.id, provinceId: args.provinceId, status: { in: ["DRAFT", "RETURNED"] } },
        data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new Rollback({ kind: "locked" }, args.period.code);
      const submitted = await tx.auditEvent.create({
        data: {
          action: "report.submit",
          actorId: actor.id,
          provinceId: args.provinceId,
          reportId: report!.id,
          period: args.period.code,
          oldValue: report!.status,
          newValue: "SUBMITTED",
          reason: args.submit.note,
        },
        select: { id: true },
      });
      await queueWorkflowMail(tx, {
        kind: "SUBMITTED",
        auditEventId: submitted.id,
        reportId: report!.id,
        provinceId: args.provinceId,
        period: args.period.code,
        actorId: actor.id,
        comment: args.submit.note,
      });
    }
    return { kind: "saved", reportId: report!.id, created: report!.created };
  };
  try {
    if (tx) return await work(tx);
    const outcome = await writeTransaction(work, { timeout: 60_000 });
    if (args.submit) sendSoon();
    return outcome;
  } catch (error) {
    if (!(error instanceof Rollback) || tx) throw error;
    await recordRollback(actor, error.outcome, args.provinceId, args.period.code);
    return error.outcome;
  }
}

/**
 * Saves one unit's figures of many periods in the caller's transaction, as
 * saveFigures would period by period, in a few statements whatever their
 * number (the spreadsheet import). A locked report or a conflict throws, which
 * rolls the transaction back: rollbackOutcome says what and for which period
 * (the first, in the order given, that has either).
 */
export async function saveFiguresOfPeriods(actor: Actor, provinceId: number, periods: readonly PeriodFigures[], tx: Tx): Promise<void> {
  await writeFigures(tx, actor, provinceId, periods);
}

/** A write refused for a locked report or a conflict is audited, after the rollback (the refusal itself is kept). */
export async function recordRollback(actor: Actor, outcome: Refusal, provinceId: number, period: string) {
  if (outcome.kind === "locked") await recordRefusal(actor, "report.locked", "report not editable", { provinceId, period });
  else await recordRefusal(actor, "observation.conflict", `indicators ${Object.keys(outcome.conflicts).join(", ")}`.slice(0, 500), { provinceId, period });
}

/** Whether a caller running its own transaction got a conflict or a locked report (and must let it roll back), and for which period. */
export function rollbackOutcome(error: unknown): (Refusal & { period: string }) | null {
  return error instanceof Rollback ? { ...error.outcome, period: error.period } : null;
}
