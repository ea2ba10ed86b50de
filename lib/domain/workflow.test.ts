import { describe, it, expect } from "vitest";
import {
  REPORT_ACTIONS,
  availableActions,
  isEditable,
  nextStatus,
  requiresReason,
  type ReportAction,
  type ReportStatus,
} from "./workflow";

// The whole state machine written out by hand, one row per status and one
// column per action: the status a move leads to, or "—" where it is refused.
// Nothing here is read from the table in workflow.ts, so a wrong entry there
// disagrees with a cell below.
const ILLEGAL = "—";
type Cell = ReportStatus | typeof ILLEGAL;

const ACTION_COLUMNS = ["submit", "return", "approve", "publish", "unpublish", "unapprove"] as const;

const MATRIX: Record<ReportStatus, readonly [submit: Cell, return_: Cell, approve: Cell, publish: Cell, unpublish: Cell, unapprove: Cell]> = {
  //           submit        return       approve     publish      unpublish   unapprove
  DRAFT:     ["SUBMITTED", ILLEGAL,     ILLEGAL,    ILLEGAL,     ILLEGAL,    ILLEGAL],
  SUBMITTED: [ILLEGAL,     "RETURNED",  "APPROVED", ILLEGAL,     ILLEGAL,    ILLEGAL],
  RETURNED:  ["SUBMITTED", ILLEGAL,     ILLEGAL,    ILLEGAL,     ILLEGAL,    ILLEGAL],
  APPROVED:  [ILLEGAL,     ILLEGAL,     ILLEGAL,    "PUBLISHED", ILLEGAL,    "RETURNED"],
  PUBLISHED: [ILLEGAL,     ILLEGAL,     ILLEGAL,    ILLEGAL,     "APPROVED", ILLEGAL],
};

const CELLS = (Object.keys(MATRIX) as ReportStatus[]).flatMap((from) =>
  ACTION_COLUMNS.map((action, column) => [from, action, MATRIX[from][column]!] as const),
);

/** The moves that undo someone's work, and so must give a reason. */
const NEED_A_REASON: readonly ReportAction[] = ["return", "unpublish", "unapprove"];

describe("the matrix itself", () => {
  // Its type, a Record over ReportStatus, already makes the compiler demand one row per status and no other.
  it("has a cell for every action the module knows, and no other", () => {
    expect([...ACTION_COLUMNS].sort()).toEqual([...REPORT_ACTIONS].sort());
    expect(CELLS).toHaveLength(30);
    expect(CELLS.filter(([, , to]) => to !== ILLEGAL)).toHaveLength(7);
  });
});

describe("nextStatus", () => {
  it.each(CELLS)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to === ILLEGAL ? null : to);
  });

  it("refuses an action name that is not in the table, even an Object.prototype key", () => {
    expect(nextStatus("DRAFT", "delete" as ReportAction)).toBeNull();
    expect(nextStatus("DRAFT", "toString" as ReportAction)).toBeNull();
    expect(nextStatus("DRAFT", "constructor" as ReportAction)).toBeNull();
  });
});

describe("availableActions", () => {
  it.each([
    ["DRAFT", ["submit"]],
    ["SUBMITTED", ["return", "approve"]],
    ["RETURNED", ["submit"]],
    ["APPROVED", ["publish", "unapprove"]],
    ["PUBLISHED", ["unpublish"]],
  ] as [ReportStatus, ReportAction[]][])("%s → %j", (status, actions) => {
    expect(availableActions(status)).toEqual(actions);
  });
});

describe("isEditable", () => {
  it.each([
    ["DRAFT", true],
    ["RETURNED", true],
    ["SUBMITTED", false],
    ["APPROVED", false],
    ["PUBLISHED", false],
  ] as [ReportStatus, boolean][])("%s → %s", (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });
});

describe("requiresReason", () => {
  it.each(ACTION_COLUMNS.map((action) => [action, NEED_A_REASON.includes(action)] as const))("%s → %s", (action, needed) => {
    expect(requiresReason(action)).toBe(needed);
  });

  it("is exactly return, unpublish and unapprove", () => {
    expect(REPORT_ACTIONS.filter(requiresReason)).toEqual(["return", "unpublish", "unapprove"]);
  });

  it("is false for an action name that is not in the table", () => {
    expect(requiresReason("toString" as ReportAction)).toBe(false);
    expect(requiresReason("delete" as ReportAction)).toBe(false);
  });
});
