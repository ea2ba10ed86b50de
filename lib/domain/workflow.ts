// The life of a province's quarterly report, as a pure state machine. Server
// actions ask it whether a move is legal; the UI reads it to decide which
// buttons to show. Who may make a move is lib/security/authorization's business.

export type ReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";

/** Longest reason or comment an official may give with a transition. */
export const MAX_REASON_LENGTH = 1000;

export type ReportAction = "submit" | "return" | "approve" | "publish" | "unpublish" | "unapprove";

/** In the order buttons should appear. */
export const REPORT_ACTIONS = ["submit", "return", "approve", "publish", "unpublish", "unapprove"] as const satisfies readonly ReportAction[];

export interface Transition {
  from: readonly ReportStatus[];
  to: ReportStatus;
  /** Moves that undo someone's work must say why, for the staff and the audit log. */
  requiresReason: boolean;
}

export const TRANSITIONS: Readonly<Record<ReportAction, Readonly<Transition>>> = {
  // A returned report goes back through the same door once corrected.
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", requiresReason: false },
  // The comment tells staff what to fix.
  return: { from: ["SUBMITTED"], to: "RETURNED", requiresReason: true },
  approve: { from: ["SUBMITTED"], to: "APPROVED", requiresReason: false },
  publish: { from: ["APPROVED"], to: "PUBLISHED", requiresReason: false },
  // Withdrawing figures the public has already seen needs a recorded reason.
  unpublish: { from: ["PUBLISHED"], to: "APPROVED", requiresReason: true },
  // Approved figures are locked, so a correction means handing them back to staff.
  unapprove: { from: ["APPROVED"], to: "RETURNED", requiresReason: true },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: ReportStatus, action: ReportAction): ReportStatus | null {
  // Object.hasOwn: a stray string from a form must not reach Object.prototype.
  if (!Object.hasOwn(TRANSITIONS, action)) return null;
  const transition = TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to : null;
}

export function availableActions(status: ReportStatus): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}

export function requiresReason(action: ReportAction): boolean {
  return Object.hasOwn(TRANSITIONS, action) && TRANSITIONS[action].requiresReason;
}

/**
 * Only staff's own drafts and returned reports can be changed: a submitted
 * report is with the official, and approved or published figures are locked.
 */
export function isEditable(status: ReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}
