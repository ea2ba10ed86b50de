// What each report waits for, and so what the person on the working home has
// to do: staff fix a returned report and submit their drafts; officials
// review what was submitted and publish what they approved. Who may act
// comes from the one authorisation table.
import type { ReportStatus } from "@/lib/domain/workflow";
import { can, REPORT_ACTION_PERMISSION, type Actor } from "@/lib/security/authorization";

export type TodoKind = Exclude<ReportStatus, "PUBLISHED">;

/** The next move a report in each status waits for; a published report waits for nothing. */
const NEXT_MOVE = { RETURNED: "submit", DRAFT: "submit", SUBMITTED: "approve", APPROVED: "publish" } as const satisfies Record<TodoKind, keyof typeof REPORT_ACTION_PERMISSION>;

/** Most pressing first: work sent back, then decisions others wait on, then drafts. */
const ORDER: readonly TodoKind[] = ["RETURNED", "SUBMITTED", "APPROVED", "DRAFT"];

export function todoFor<R extends { provinceId: number; status: ReportStatus }>(actor: Actor, reports: readonly R[]): Array<{ kind: TodoKind; report: R }> {
  return ORDER.flatMap((kind) =>
    reports.filter((r) => r.status === kind && can(actor, REPORT_ACTION_PERMISSION[NEXT_MOVE[kind]], r.provinceId)).map((report) => ({ kind, report })),
  );
}
