import { describe, expect, it } from "vitest";
import { todoFor } from "@/features/entry/todo";
import type { Actor } from "@/lib/security/authorization";
import type { ReportStatus } from "@/lib/domain/workflow";

const report = (id: number, provinceId: number, status: ReportStatus) => ({ id, provinceId, status });
const reports = [
  report(1, 7, "DRAFT"),
  report(2, 7, "SUBMITTED"),
  report(3, 7, "RETURNED"),
  report(4, 7, "APPROVED"),
  report(5, 7, "PUBLISHED"),
  report(6, 8, "RETURNED"),
  report(7, 8, "SUBMITTED"),
];
const staff: Actor = { id: 1, role: "STAFF", provinceId: 7 };
const official: Actor = { id: 2, role: "OFFICIAL", provinceId: 7 };
const admin: Actor = { id: 3, role: "ADMIN", provinceId: null };
const ids = (actor: Actor) => todoFor(actor, reports).map(({ kind, report }) => `${kind}:${report.id}`);

describe("the working home's to-do list", () => {
  it("gives staff their unit's returned reports first, then its drafts; never another unit's, never a decision", () => {
    expect(ids(staff)).toEqual(["RETURNED:3", "DRAFT:1"]);
  });

  it("gives officials their unit's submitted reports to review and approved ones to publish, not drafts or returns", () => {
    expect(ids(official)).toEqual(["SUBMITTED:2", "APPROVED:4"]);
  });

  it("gives an admin every unit's, and a locked account nothing", () => {
    expect(ids(admin)).toEqual(["RETURNED:3", "RETURNED:6", "SUBMITTED:2", "SUBMITTED:7", "APPROVED:4", "DRAFT:1"]);
    expect(ids({ ...staff, active: false })).toEqual([]);
  });
});
