// Who may do what, in one table, and the rules about accounts that decide
// who is anyone at all. Every check fails closed: no actor, a locked account,
// an unknown permission, an unknown role or a missing province all mean "no".

import type { ReportAction } from "@/lib/domain/workflow";

export const ROLES = ["STAFF", "OFFICIAL", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  role: Role;
  /** The province the user works for; null for admins (and for misconfigured accounts). */
  provinceId: number | null;
  /** False for a locked account. The session never yields one, so it is usually left out. */
  active?: boolean;
}

/**
 * Whether an account may act at all. A locked account counts as not signed
 * in: it cannot sign in, its session yields no one, its set-password link
 * does nothing, and `can` refuses it everything.
 */
export function isActive(account: { active?: boolean } | null | undefined): boolean {
  return account != null && account.active !== false;
}

/**
 * Whether an account's unit fits its role: staff and officials work for
 * exactly one unit, admins for none, since they act on every unit alike.
 */
export function unitFitsRole(role: Role, provinceId: number | null): boolean {
  return (role === "ADMIN") === (provinceId === null);
}

/** What an admin asks of an account: a role in place of the one it has, or locking or unlocking it. */
export type AccountChange = { role: Role; from: Role } | { active: boolean };

/**
 * Whether this person may make this change to this account. Their own role
 * and their own lock are out of their reach: an admin who could demote or
 * lock themselves could leave nobody to administer.
 */
export function mayChangeAccount(actor: Actor | null | undefined, accountId: number, change: AccountChange): boolean {
  if (!actor || !can(actor, "user.manage")) return false;
  if (actor.id !== accountId) return true;
  return "role" in change && change.role === change.from;
}

export type Permission =
  | "report.view"
  | "report.edit"
  | "report.submit"
  | "report.return"
  | "report.approve"
  | "report.publish"
  | "report.unpublish"
  | "report.unapprove"
  | "audit.view"
  | "completeness.view"
  | "progressReport.view"
  | "report.document"
  | "user.manage"
  | "catalog.manage"
  | "deadline.manage"
  | "mail.manage"
  | "account.settings";

// Staff enter figures, officials review them: neither can stand in for the other.
export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  "report.view": ["STAFF", "OFFICIAL", "ADMIN"],
  "report.edit": ["STAFF", "ADMIN"],
  "report.submit": ["STAFF", "ADMIN"],
  "report.return": ["OFFICIAL", "ADMIN"],
  "report.approve": ["OFFICIAL", "ADMIN"],
  "report.publish": ["OFFICIAL", "ADMIN"],
  "report.unpublish": ["OFFICIAL", "ADMIN"],
  "report.unapprove": ["OFFICIAL", "ADMIN"],
  "audit.view": ["STAFF", "OFFICIAL", "ADMIN"],
  "completeness.view": ["OFFICIAL", "ADMIN"],
  // The internal progress report shows approved figures before they are published.
  "progressReport.view": ["OFFICIAL", "ADMIN"],
  // The frame (number, addressee, signer) that makes the report a document to sign: the unit's officials.
  "report.document": ["OFFICIAL", "ADMIN"],
  "user.manage": ["ADMIN"],
  // Units, indicators and targets: what every unit's figures are read against.
  "catalog.manage": ["ADMIN"],
  // When each unit's reports are counted to and due, for every unit alike.
  "deadline.manage": ["ADMIN"],
  // The outbox holds every person's mail: addresses, subjects, errors.
  "mail.manage": ["ADMIN"],
  // One's own settings, such as e-mail reminders; never another person's.
  "account.settings": ["STAFF", "OFFICIAL", "ADMIN"],
};

/**
 * The administration pages, each with the permission its records need: the
 * layout, the pages' reads and the actions all take it from here.
 */
export const ADMIN_SECTIONS = {
  users: "user.manage",
  units: "catalog.manage",
  indicators: "catalog.manage",
  targets: "catalog.manage",
  deadlines: "deadline.manage",
  mail: "mail.manage",
} as const satisfies Readonly<Record<string, Permission>>;

export type AdminSection = keyof typeof ADMIN_SECTIONS;

/** The administration sections this person may open, in menu order; none for someone who holds no section's permission. */
export function adminSectionsFor(actor: Actor | null | undefined): AdminSection[] {
  return (Object.keys(ADMIN_SECTIONS) as AdminSection[]).filter((section) => can(actor, ADMIN_SECTIONS[section]));
}

/** Permissions about the whole system rather than one province's data. */
const SYSTEM_PERMISSIONS = ["user.manage", "catalog.manage", "deadline.manage", "mail.manage", "account.settings"] as const satisfies readonly Permission[];
export type SystemPermission = (typeof SYSTEM_PERMISSIONS)[number];
const UNSCOPED: ReadonlySet<Permission> = new Set(SYSTEM_PERMISSIONS);

/** Whether a permission is about one province's data, so that a write needing it must name that province. */
export const isScoped = (permission: Permission) => !UNSCOPED.has(permission);

export const REPORT_ACTION_PERMISSION: Readonly<Record<ReportAction, Permission>> = {
  submit: "report.submit",
  return: "report.return",
  approve: "report.approve",
  publish: "report.publish",
  unpublish: "report.unpublish",
  unapprove: "report.unapprove",
};

/**
 * Pass `provinceId` (even null) whenever the check is about a province's data:
 * staff and officials then only pass for their own province. Leave it out only
 * for role-level questions such as "show the review menu?".
 */
export function can(actor: Actor | null | undefined, permission: Permission, provinceId?: number | null): boolean {
  if (!actor || !isActive(actor)) return false;
  // Object.hasOwn: a permission string from outside the type system must not
  // match Object.prototype keys such as "constructor".
  if (!Object.hasOwn(PERMISSIONS, permission)) return false;
  if (!PERMISSIONS[permission].includes(actor.role)) return false;
  if (actor.role === "ADMIN" || provinceId === undefined || UNSCOPED.has(permission)) return true;
  // A staff or official account with no province belongs nowhere, so it gets nothing province-scoped.
  return typeof actor.provinceId === "number" && actor.provinceId === provinceId;
}

/**
 * The units whose data a permission reaches for this person, for queries that
 * list rather than check one unit: every unit for an admin, their own unit
 * for staff and officials, none when the role lacks the permission.
 */
export function unitsReached(actor: Actor | null | undefined, permission: Permission): "ALL" | number[] {
  if (!actor || !can(actor, permission)) return [];
  if (actor.role === "ADMIN") return "ALL";
  return typeof actor.provinceId === "number" ? [actor.provinceId] : [];
}
