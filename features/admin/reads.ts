import "server-only";
// What the administration pages read: the records, the choices their forms
// offer, and each record's own audit trail. Every reader checks that an
// admin is asking: a page can be rendered without its layout, so the
// layout's check alone is not enough.
import { notFound } from "next/navigation";
import { can } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";

async function adminOnly() {
  if (!can(await getCurrentUser(), "user.manage")) notFound();
}

export async function listUsers() {
  await adminOnly();
  return db.user.findMany({
    select: { id: true, email: true, name: true, role: true, active: true, province: { select: { nameVi: true } }, sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 } },
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
  });
}

export async function getUser(id: number) {
  await adminOnly();
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true, provinceId: true } });
}

export async function listUnitsForAdmin() {
  await adminOnly();
  return db.province.findMany({
    select: {
      id: true,
      slug: true,
      nameVi: true,
      nameEn: true,
      kind: true,
      validFrom: true,
      validTo: true,
      successorId: true,
      successor: { select: { nameVi: true } },
      _count: { select: { observations: true, users: true, targets: true } },
    },
    orderBy: [{ validTo: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { nameVi: "asc" }],
  });
}

export async function listIndicatorsForAdmin() {
  await adminOnly();
  return db.indicator.findMany({
    select: {
      id: true,
      code: true,
      pillarId: true,
      nameVi: true,
      nameEn: true,
      definitionVi: true,
      definitionEn: true,
      unit: true,
      direction: true,
      minValue: true,
      maxValue: true,
      periodicity: true,
      isHeadline: true,
      decision: true,
      pillar: { select: { nameVi: true } },
      _count: { select: { observations: true, targets: true } },
    },
    orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
}

export async function listPillars() {
  await adminOnly();
  return db.pillar.findMany({ select: { id: true, nameVi: true }, orderBy: { sortOrder: "asc" } });
}

export async function listTargets(provinceId: number | null) {
  await adminOnly();
  return db.target.findMany({
    where: provinceId ? { provinceId } : {},
    select: {
      id: true,
      provinceId: true,
      indicatorId: true,
      year: true,
      comparator: true,
      value: true,
      scope: true,
      note: true,
      province: { select: { nameVi: true } },
      indicator: { select: { nameVi: true, unit: true } },
      source: { select: { title: true, url: true } },
    },
    orderBy: [{ province: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }, { year: "asc" }],
  });
}

export async function getTarget(id: number) {
  await adminOnly();
  return db.target.findUnique({
    where: { id },
    select: { id: true, provinceId: true, indicatorId: true, year: true, comparator: true, value: true, scope: true, note: true, source: { select: { title: true, url: true } } },
  });
}

/** A record's changes, newest first, with who made them. */
export async function auditOf(subject: string) {
  await adminOnly();
  return db.auditEvent.findMany({
    where: { subject },
    select: { id: true, at: true, action: true, field: true, oldValue: true, newValue: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: 50,
  });
}

export async function adminCounts() {
  await adminOnly();
  const [users, units, indicators, targets] = await Promise.all([db.user.count(), db.province.count(), db.indicator.count(), db.target.count()]);
  return { users, units, indicators, targets };
}
