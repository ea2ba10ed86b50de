import type { Deadline, DueState } from "@/lib/domain/deadline";
import { formatDate } from "@/lib/domain/format";
import type { Standing } from "@/features/deadlines/standing";
import { vi as m } from "@/lib/i18n/messages";

/** How a due state reads on the working pages: plain until the reminder day, a warning from then on. */
export const dueTone: Record<DueState["kind"], string> = {
  NOT_YET: "text-slate-700",
  DUE_SOON: "font-medium text-amber-900",
  DUE_TODAY: "font-medium text-amber-900",
  OVERDUE: "font-medium text-red-800",
};

const date = (day: Date) => formatDate(day, "vi");

/** A report's data cut-off and due date, and how it stands: still open, or submitted on time or late. */
export function DeadlineNote({ deadline, standing }: { deadline: Deadline; standing: Standing }) {
  return (
    <p className="text-sm text-slate-700" data-due={standing.kind === "OPEN" ? standing.state.kind : "SUBMITTED"}>
      {m.deadline.dates(date(deadline.cutoff), date(deadline.due))}
      {standing.kind === "OPEN" ? (
        <>
          {" · "}
          <span className={dueTone[standing.state.kind]}>{m.deadline.state(standing.state)}</span>
        </>
      ) : standing.on ? (
        <>
          {" · "}
          <span className={standing.daysLate > 0 ? dueTone.OVERDUE : undefined}>{m.deadline.submitted(date(standing.on), standing.daysLate)}</span>
        </>
      ) : null}
    </p>
  );
}
