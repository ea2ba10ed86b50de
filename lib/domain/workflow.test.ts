import { describe, it, expect } from "vitest";
import {
  REPORT_ACTIONS,
  REPORT_STATUSES,
  TRANSITIONS,
  availableActions,
  isEditable,
  nextStatus,
  requiresReason,
  type ReportAction,
  type ReportStatus,
} from "./workflow";

const LEGAL: [ReportStatus, ReportAction, ReportStatus][] = [
  ["DRAFT", "submit", "SUBMITTED"],
  ["RETURNED", "submit", "SUBMITTED"],
  ["SUBMITTED", "return", "RETURNED"],
  ["SUBMITTED", "approve", "APPROVED"],
  ["APPROVED", "publish", "PUBLISHED"],
  ["PUBLISHED", "unpublish", "APPROVED"],
  ["APPROVED", "unapprove", "RETURNED"],
];

const isLegal = (from: ReportStatus, action: ReportAction) => LEGAL.some(([f, a]) => f === from && a === action);

const ILLEGAL = REPORT_STATUSES.flatMap((from) =>
  REPORT_ACTIONS.filter((action) => !isLegal(from, action)).map((action) => [from, action] as const),
);

describe("nextStatus", () => {
  it.each(LEGAL)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it("covers all 5 × 6 pairs between the legal and illegal lists", () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(30);
    expect(ILLEGAL).toHaveLength(23);
  });

  it.each(ILLEGAL)("refuses %s --%s-->", (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it("refuses an action name that is not in the table, even an Object.prototype key", () => {
    expect(nextStatus("DRAFT", "delete" as ReportAction)).toBeNull();
    expect(nextStatus("DRAFT", "toString" as ReportAction)).toBeNull();
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
  it.each([
    ["submit", false],
    ["return", true],
    ["approve", false],
    ["publish", false],
    ["unpublish", true],
    ["unapprove", true],
  ] as [ReportAction, boolean][])("%s → %s", (action, needed) => {
    expect(requiresReason(action)).toBe(needed);
  });

  it("agrees with the TRANSITIONS table the UI reads", () => {
    for (const action of REPORT_ACTIONS) expect(requiresReason(action)).toBe(TRANSITIONS[action].requiresReason);
  });
});
