"use client";

import { useActionState } from "react";
import { reviewReport, type ReviewState } from "@/features/review/actions";
import { vi as m } from "@/lib/i18n/messages";
import { MAX_REASON_LENGTH, type ReportAction } from "@/lib/domain/workflow";
import { FieldFrame, inputClass } from "@/components/ui/Field";

/** The official's buttons for the transitions this report allows now. */
export function ReviewPanel({ reportId, actions }: { reportId: number; actions: Exclude<ReportAction, "submit">[] }) {
  const [state, action, pending] = useActionState<ReviewState, FormData>(reviewReport, { error: null, reasonError: null });
  if (actions.length === 0) return null;
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="review-heading">
      <h2 id="review-heading" className="text-lg font-semibold">
        {m.reviewPanel.heading}
      </h2>
      <input type="hidden" name="reportId" value={reportId} />
      <FieldFrame id="reason" label={m.review.reason} hint={m.review.reasonHint} error={state.reasonError}>
        {(control) => <textarea {...control} key={state.reason ?? ""} name="reason" rows={2} maxLength={MAX_REASON_LENGTH} defaultValue={state.reason} className={inputClass} />}
      </FieldFrame>
      <p role="alert" aria-live="polite" className="text-sm text-red-700">
        {state.error}
      </p>
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <button
            key={a}
            type="submit"
            name="action"
            value={a}
            disabled={pending}
            className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-60 ${a === "approve" || a === "publish" ? "bg-brand text-white" : "border border-slate-400 bg-white"}`}
          >
            {m.review.actions[a]}
          </button>
        ))}
      </div>
    </form>
  );
}
