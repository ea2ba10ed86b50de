"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/useHydrated";
import { reviewReport, type ReviewState } from "@/features/review/actions";
import { vi as m } from "@/lib/i18n/messages";
import { MAX_REASON_LENGTH, type ReportAction } from "@/lib/domain/workflow";
import { buttonClass, FieldFrame, inputClass, secondaryButtonClass } from "@/components/ui/Field";
import { usePageActionState } from "@/components/ui/usePageActionState";

/**
 * The official's buttons for the transitions this report allows now.
 * Publishing asks first, naming how many figures become public and where.
 */
export function ReviewPanel({ reportId, actions, unitName, figures }: { reportId: number; actions: Exclude<ReportAction, "submit">[]; unitName: string; figures: number }) {
  const [state, action, pending] = usePageActionState<ReviewState>(reviewReport, { error: null, reasonError: null });
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
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
        {actions.map((a) =>
          a === "publish" ? (
            <button key={a} type="button" onClick={() => setConfirming(true)} disabled={!hydrated || pending || confirming} className={`${buttonClass} text-sm`}>
              {m.review.actions[a]}
            </button>
          ) : (
            <button
              key={a}
              type="submit"
              name="action"
              value={a}
              disabled={pending}
              className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-60 ${a === "approve" ? "bg-brand text-white" : "border border-slate-400 bg-white"}`}
            >
              {m.review.actions[a]}
            </button>
          ),
        )}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="publish-title" aria-describedby="publish-body" className="space-y-2 rounded border border-brand bg-white p-3 text-sm">
          <p id="publish-title" className="font-semibold">
            {m.review.publishTitle}
          </p>
          <p id="publish-body">{m.review.publishBody(figures, unitName)}</p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="action" value="publish" disabled={pending} className={`${buttonClass} text-sm`}>
              {m.review.publishConfirm}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButtonClass} bg-white text-sm`}>
              {m.review.publishCancel}
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
