// Shared pieces of the server-action tests: people to act as, forms built the
// way the entry and review forms build them, and row counts to prove that a
// refused or invalid request stored nothing. The test file itself mocks
// @/lib/server/session, next/cache and next/navigation (see report-actions.test.ts).
import { expect, vi } from "vitest";
import type { EntryState } from "@/features/entry/actions";
import type { ReviewState } from "@/features/review/actions";
import { db } from "@/lib/server/db";
import { getCurrentUser, type SignedInUser } from "@/lib/server/session";
import { createUser } from "@/features/admin/users";
import { RedirectSignal } from "./redirect-signal";

export const PASSWORD = "integration-password-1";

export const IDLE_ENTRY: EntryState = { status: "idle", message: null, fieldErrors: {}, conflicts: {}, input: null, incompleteNote: "" };
export const IDLE_REVIEW: ReviewState = { error: null, reasonError: null };

/** Makes a user who can sign in, and returns them as getCurrentUser would. */
export async function makeUser(args: { email: string; name: string; role: SignedInUser["role"]; province: string | null }): Promise<SignedInUser> {
  const province = args.province
    ? await db.province.findUniqueOrThrow({ where: { slug: args.province }, select: { id: true, slug: true, nameVi: true } })
    : null;
  const user = await createUser(db, { email: args.email, name: args.name, role: args.role, provinceId: province?.id ?? null, password: PASSWORD }, "integration test");
  return {
    id: user.id,
    name: args.name,
    email: user.email,
    role: args.role,
    provinceId: province?.id ?? null,
    provinceSlug: province?.slug ?? null,
    provinceName: province?.nameVi ?? null,
  };
}

/** Who the next action runs as; null for the public. */
export function actAs(user: SignedInUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

export interface FigureInput {
  indicatorId: number;
  value: string;
  source?: string;
  note?: string;
  /** The version the form was loaded with; 0 for a new figure. */
  version?: number;
}

/** The quarterly entry form's fields: provinceId, period, intent, incompleteNote and v.<id>.* per figure. */
/** The entry form's fields; `inPlace` as its script sends them, without it as a post made before the script ran. */
export function entryForm(args: { provinceId: number; period: string; intent?: "save" | "submit"; incompleteNote?: string; defaultSource?: string; inPlace?: boolean; figures: FigureInput[] }) {
  const form = new FormData();
  if (args.inPlace) form.set("inPlace", "1");
  if (args.defaultSource !== undefined) form.set("defaultSource", args.defaultSource);
  form.set("provinceId", String(args.provinceId));
  form.set("period", args.period);
  form.set("intent", args.intent ?? "save");
  form.set("incompleteNote", args.incompleteNote ?? "");
  for (const figure of args.figures) {
    form.set(`v.${figure.indicatorId}.value`, figure.value);
    form.set(`v.${figure.indicatorId}.source`, figure.source ?? "");
    form.set(`v.${figure.indicatorId}.note`, figure.note ?? "");
    form.set(`v.${figure.indicatorId}.version`, String(figure.version ?? 0));
  }
  return form;
}

/** The review panel's fields. */
export function reviewForm(reportId: number, action: "return" | "approve" | "publish" | "unpublish" | "unapprove", reason = "") {
  const form = new FormData();
  form.set("reportId", String(reportId));
  form.set("action", action);
  form.set("reason", reason);
  return form;
}

/** Awaits an action that must succeed (end in a redirect) and returns where it went. */
export async function redirectOf(action: Promise<unknown>): Promise<string> {
  try {
    const result = await action;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
}

/** Rows that any action could write; equal before and after means nothing was stored. */
export async function rowCounts() {
  const [reports, observations, auditEvents, sources] = await Promise.all([
    db.report.count(),
    db.observation.count(),
    db.auditEvent.count(),
    db.source.count(),
  ]);
  return { reports, observations, auditEvents, sources };
}

export async function reportOf(provinceId: number, period: string) {
  return db.report.findUnique({ where: { provinceId_period: { provinceId, period } } });
}

export async function observationOf(provinceId: number, indicatorId: number, period: string) {
  return db.observation.findUnique({
    where: { provinceId_indicatorId_period: { provinceId, indicatorId, period } },
    include: { source: { select: { title: true } } },
  });
}

/** The audit events written since `afterId`, oldest first. */
export async function auditSince(afterId: number) {
  return db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" } });
}

export async function lastAuditId(): Promise<number> {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

/**
 * Nothing stored but the audit of the refusal itself: every row count as
 * before, and exactly these refusals (e.g. "report.locked") written since.
 */
export async function expectOnlyRefusals(before: Awaited<ReturnType<typeof rowCounts>>, sinceId: number, refusals: string[]) {
  const events = await auditSince(sinceId);
  expect(events.map((e) => e.action)).toEqual(refusals);
  expect(await rowCounts()).toEqual({ ...before, auditEvents: before.auditEvents + refusals.length });
}
