import "server-only";
// The document frame of a unit's progress report for a period, written by
// its officials after lib/server/guard has checked who is asking; one row per
// unit and period, audited field by field.
import type { Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import type { FrameInput } from "@/features/progress-report/frame-schema";

export async function saveFrame(actor: Actor, args: { provinceId: number; period: string; frame: FrameInput }): Promise<void> {
  const data = { ...args.frame, recipients: args.frame.recipients.join("\n"), updatedById: actor.id };
  await db.$transaction(async (tx) => {
    const before = await tx.reportDocument.findUnique({ where: { provinceId_period: { provinceId: args.provinceId, period: args.period } } });
    await tx.reportDocument.upsert({ where: { provinceId_period: { provinceId: args.provinceId, period: args.period } }, create: { provinceId: args.provinceId, period: args.period, ...data }, update: data });
    const show = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    const fields = Object.keys(args.frame) as Array<keyof FrameInput>;
    const changed = fields.filter((field) => (before ? show(before[field]) : null) !== show(data[field]));
    if (changed.length === 0) return;
    await tx.auditEvent.createMany({
      data: changed.map((field) => ({
        action: "report.document",
        actorId: actor.id,
        provinceId: args.provinceId,
        period: args.period,
        field,
        oldValue: before ? show(before[field]) : null,
        newValue: show(data[field]),
      })),
    });
  });
}
