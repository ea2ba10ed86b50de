import "server-only";
// What the administration pages read: the records, the choices their forms
// offer, and each record's own audit trail. Every reader checks that the
// person asking may open the section it serves: a page can be rendered
// without its layout, so the layout's check alone is not enough.
import { notFound } from "next/navigation";
import { ADMIN_SECTIONS, adminSectionsFor, can, type AdminSection } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";
import { indicatorSelect, targetSelect, unitSelect } from "@/features/published/selects";

/** Refuses, as not found, anyone who may not open the section. */
export async function mayOpen(section: AdminSection) {
  if (!can(await getCurrentUser(), ADMIN_SECTIONS[section])) notFound();
}

/** The audit subject of each section's records, as the service writes it ("user:12"). */
const SUBJECT: Readonly<Record<AdminSection, string>> = { users: "user", units: "unit", indicators: "indicator", targets: "target", deadlines: "deadline", mail: "mail" };

export async function listUsers() {
  await mayOpen("users");
  return db.user.findMany({
    select: { id: true, email: true, name: true, role: true, active: true, province: { select: { nameVi: true } }, sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 } },
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
  });
}

export async function getUser(id: number) {
  await mayOpen("users");
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true, provinceId: true } });
}

export async function listUnitsForAdmin() {
  await mayOpen("units");
  return db.province.findMany({
    select: {
      id: true,
      ...unitSelect,
      successorId: true,
      successor: { select: { nameVi: true } },
      _count: { select: { observations: true, users: true, targets: true } },
    },
    orderBy: [{ validTo: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { nameVi: "asc" }],
  });
}

export async function listIndicatorsForAdmin() {
  await mayOpen("indicators");
  return db.indicator.findMany({
    select: {
      ...indicatorSelect,
      pillarId: true,
      minValue: true,
      maxValue: true,
      periodicity: true,
      isHeadline: true,
      pillar: { select: { nameVi: true } },
      _count: { select: { observations: true, targets: true } },
    },
    orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
}

export async function listPillars() {
  await mayOpen("indicators");
  return db.pillar.findMany({ select: { id: true, nameVi: true }, orderBy: { sortOrder: "asc" } });
}

export async function listTargets(provinceId: number | null) {
  await mayOpen("targets");
  return db.target.findMany({
    where: provinceId ? { provinceId } : {},
    select: {
      ...targetSelect,
      id: true,
      province: { select: { nameVi: true } },
      indicator: { select: { nameVi: true, unit: true } },
      source: { select: { title: true, url: true } },
    },
    orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { year: "asc" }],
  });
}

export async function getTarget(id: number) {
  await mayOpen("targets");
  return db.target.findUnique({
    where: { id },
    select: { id: true, provinceId: true, indicatorId: true, year: true, comparator: true, value: true, scope: true, note: true, source: { select: { title: true, url: true } } },
  });
}

/** The units a section's forms offer to choose from (a user's unit, a target's unit), for whoever may open that section. */
export async function unitChoices(section: AdminSection) {
  await mayOpen(section);
  // Today's units first; those merged away after them, still named with the day they ended.
  return db.province.findMany({
    select: { id: true, slug: true, nameVi: true, validTo: true },
    orderBy: [{ validTo: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { nameVi: "asc" }],
  });
}

/** The indicators a section's forms offer to choose from, for whoever may open that section. */
export async function indicatorChoices(section: AdminSection) {
  await mayOpen(section);
  return db.indicator.findMany({ select: { id: true, nameVi: true, unit: true }, orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }] });
}

/** A record's changes, newest first, with who made them. */
export async function auditOf(section: AdminSection, id: number) {
  await mayOpen(section);
  return db.auditEvent.findMany({
    where: { subject: `${SUBJECT[section]}:${id}` },
    select: { id: true, at: true, action: true, field: true, oldValue: true, newValue: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: 50,
  });
}

const COUNT: Readonly<Record<AdminSection, () => Promise<number>>> = {
  users: () => db.user.count(),
  units: () => db.province.count(),
  indicators: () => db.indicator.count(),
  targets: () => db.target.count(),
  deadlines: () => db.reportDeadline.count(),
  mail: () => db.outboxMail.count(),
};

/** The sections this person may open, in menu order, each with how many records it holds. */
export async function adminCounts(): Promise<[AdminSection, number][]> {
  const sections = adminSectionsFor(await getCurrentUser());
  if (sections.length === 0) notFound();
  return Promise.all(sections.map(async (section) => [section, await COUNT[section]()] as [AdminSection, number]));
}

/** The deadline rules an admin set, for every unit first, then per unit. */
export async function listDeadlines() {
  await mayOpen("deadlines");
  return db.reportDeadline.findMany({
    select: { id: true, provinceId: true, periodKind: true, cutoffDay: true, dueDays: true, remindDays: true, updatedAt: true, province: { select: { nameVi: true, sortOrder: true } } },
    orderBy: [{ province: { sortOrder: "asc" } }, { periodKind: "asc" }],
  });
}

/** The latest mail, newest first, with how many wait, went out and failed. */
export async function listOutbox(take = 100) {
  await mayOpen("mail");
  const [mails, byStatus] = await Promise.all([
    db.outboxMail.findMany({
      select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
      orderBy: { id: "desc" },
      take,
    }),
    db.outboxMail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const count = (status: "PENDING" | "SENT" | "FAILED") => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return { mails, counts: { PENDING: count("PENDING"), SENT: count("SENT"), FAILED: count("FAILED") } };
}
