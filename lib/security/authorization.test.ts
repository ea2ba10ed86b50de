import { describe, it, expect } from "vitest";
import {
  unitsReached,
  ADMIN_SECTIONS,
  PERMISSIONS,
  REPORT_ACTION_PERMISSION,
  adminSectionsFor,
  can,
  isScoped,
  isActive,
  mayChangeAccount,
  unitFitsRole,
  type Actor,
  type Permission,
} from "./authorization";
import { REPORT_ACTIONS } from "@/lib/domain/workflow";

const staff1: Actor = { id: 1, role: "STAFF", provinceId: 1 };
const official1: Actor = { id: 2, role: "OFFICIAL", provinceId: 1 };
const official2: Actor = { id: 3, role: "OFFICIAL", provinceId: 2 };
const admin: Actor = { id: 4, role: "ADMIN", provinceId: null };
const homelessStaff: Actor = { id: 5, role: "STAFF", provinceId: null };

const ALL = Object.keys(PERMISSIONS) as Permission[];

describe("province scope", () => {
  it("staff of province 1 may not edit province 2", () => {
    expect(can(staff1, "report.edit", 2)).toBe(false);
  });

  it("staff of province 1 may edit province 1", () => {
    expect(can(staff1, "report.edit", 1)).toBe(true);
  });

  it("an official of province 2 may not approve province 1", () => {
    expect(can(official2, "report.approve", 1)).toBe(false);
  });

  it("an official of province 1 may approve province 1", () => {
    expect(can(official1, "report.approve", 1)).toBe(true);
  });

  it("a province id of null counts as scoped and matches no staff or official", () => {
    expect(can(staff1, "report.view", null)).toBe(false);
    expect(can(official1, "report.view", null)).toBe(false);
  });

  it("without a province id the check is about the role only", () => {
    expect(can(official2, "report.approve")).toBe(true);
  });
});

describe("separation of roles", () => {
  it("staff may not approve, return, publish, unpublish or unapprove their own province", () => {
    for (const p of ["report.approve", "report.return", "report.publish", "report.unpublish", "report.unapprove"] as const) {
      expect(can(staff1, p, 1)).toBe(false);
    }
  });

  it("an official may do all of those for their own province", () => {
    for (const p of ["report.approve", "report.return", "report.publish", "report.unpublish", "report.unapprove"] as const) {
      expect(can(official1, p, 1)).toBe(true);
    }
  });

  it("an official may not edit or submit figures", () => {
    expect(can(official1, "report.edit", 1)).toBe(false);
    expect(can(official1, "report.submit", 1)).toBe(false);
  });

  it("staff may edit and submit them", () => {
    expect(can(staff1, "report.submit", 1)).toBe(true);
  });

  it("staff and officials may not manage users", () => {
    expect(can(staff1, "user.manage")).toBe(false);
    expect(can(official1, "user.manage")).toBe(false);
  });

  it("an admin may manage users", () => {
    expect(can(admin, "user.manage")).toBe(true);
  });
});

describe("the public", () => {
  it.each([null, undefined])("%s may not view, edit or submit anything", (nobody) => {
    for (const p of ["report.view", "report.edit", "report.submit"] as const) {
      expect(can(nobody, p)).toBe(false);
      expect(can(nobody, p, 1)).toBe(false);
    }
  });

  it("a signed-in staff member may view their province", () => {
    expect(can(staff1, "report.view", 1)).toBe(true);
  });
});

describe("admin", () => {
  it.each([1, 2, 99, null, undefined])("may do everything on province %s", (provinceId) => {
    for (const p of ALL) expect(can(admin, p, provinceId)).toBe(true);
  });
});

describe("failing closed", () => {
  it.each(["report.delete", "", "constructor", "toString", "__proto__"])("refuses the unknown permission %j", (p) => {
    expect(can(admin, p as Permission)).toBe(false);
    expect(can(staff1, p as Permission, 1)).toBe(false);
  });

  it("refuses an unknown role", () => {
    const ghost = { id: 9, role: "ROOT", provinceId: 1 } as unknown as Actor;
    expect(can(ghost, "report.view", 1)).toBe(false);
  });

  it("a staff member without a province may do nothing province-scoped", () => {
    for (const p of ALL.filter(isScoped)) {
      expect(can(homelessStaff, p, 1)).toBe(false);
      expect(can(homelessStaff, p, null)).toBe(false);
    }
  });

  it("a staff member with a province may do the same things there", () => {
    expect(can({ ...homelessStaff, provinceId: 1 }, "report.edit", 1)).toBe(true);
  });
});

describe("one's own settings", () => {
  it("are open to every signed-in role, with or without a unit, and to nobody signed out or locked", () => {
    for (const who of [staff1, official1, admin, homelessStaff]) expect(can(who, "account.settings")).toBe(true);
    for (const who of [null, undefined, { ...staff1, active: false }]) expect(can(who, "account.settings")).toBe(false);
  });

  it("are not a door to anything else: deadlines and mail are for admins only", () => {
    for (const p of ["deadline.manage", "mail.manage"] as const) {
      expect(can(admin, p)).toBe(true);
      for (const who of [staff1, official1, homelessStaff]) expect(can(who, p)).toBe(false);
    }
  });
});

describe("REPORT_ACTION_PERMISSION", () => {
  it("maps every workflow action to the report permission of the same name", () => {
    for (const action of REPORT_ACTIONS) expect(REPORT_ACTION_PERMISSION[action]).toBe(`report.${action}`);
  });
});

describe("unitsReached", () => {
  const staff: Actor = { id: 1, role: "STAFF", provinceId: 7 };
  const official: Actor = { id: 2, role: "OFFICIAL", provinceId: 7 };
  const admin: Actor = { id: 3, role: "ADMIN", provinceId: null };
  const homeless: Actor = { id: 4, role: "STAFF", provinceId: null };

  it("gives an admin every unit, others their own, and nobody what the role may not do", () => {
    expect(unitsReached(admin, "report.view")).toBe("ALL");
    expect(unitsReached(staff, "report.view")).toEqual([7]);
    expect(unitsReached(official, "completeness.view")).toEqual([7]);
    expect(unitsReached(staff, "completeness.view")).toEqual([]);
    expect(unitsReached(official, "progressReport.view")).toEqual([7]);
    expect(unitsReached(staff, "progressReport.view")).toEqual([]);
    expect(unitsReached(homeless, "report.view")).toEqual([]);
    expect(unitsReached(null, "report.view")).toEqual([]);
  });
});

describe("a locked account", () => {
  it("is not active; an account that is not locked is", () => {
    expect(isActive({ active: false })).toBe(false);
    expect(isActive({ active: true })).toBe(true);
  });

  it("of nobody is not active", () => {
    expect(isActive(null)).toBe(false);
    expect(isActive(undefined)).toBe(false);
  });

  it("may do nothing, not even as an admin", () => {
    for (const actor of [admin, staff1, official1]) {
      const locked = { ...actor, active: false };
      for (const p of ALL) {
        expect(can(locked, p)).toBe(false);
        expect(can(locked, p, 1)).toBe(false);
      }
      expect(unitsReached(locked, "report.view")).toEqual([]);
      expect(adminSectionsFor(locked)).toEqual([]);
    }
  });

  it("unlocked, may again do what its role allows", () => {
    expect(can({ ...staff1, active: true }, "report.edit", 1)).toBe(true);
    expect(can({ ...admin, active: true }, "user.manage")).toBe(true);
  });
});

describe("the unit an account belongs to", () => {
  it("is none for an admin: an admin with a unit does not fit", () => {
    expect(unitFitsRole("ADMIN", 1)).toBe(false);
    expect(unitFitsRole("ADMIN", null)).toBe(true);
  });

  it.each(["STAFF", "OFFICIAL"] as const)("is exactly one for %s: none does not fit", (role) => {
    expect(unitFitsRole(role, null)).toBe(false);
    expect(unitFitsRole(role, 1)).toBe(true);
  });
});

describe("changing an account", () => {
  const other = staff1.id;

  it("an admin may not lock or unlock themselves", () => {
    expect(mayChangeAccount(admin, admin.id, { active: false })).toBe(false);
    expect(mayChangeAccount(admin, admin.id, { active: true })).toBe(false);
  });

  it("an admin may lock and unlock someone else, another admin included", () => {
    expect(mayChangeAccount(admin, other, { active: false })).toBe(true);
    expect(mayChangeAccount(admin, other, { active: true })).toBe(true);
    expect(mayChangeAccount(admin, 99, { active: false })).toBe(true);
  });

  it("an admin may not change their own role", () => {
    expect(mayChangeAccount(admin, admin.id, { role: "STAFF", from: "ADMIN" })).toBe(false);
    expect(mayChangeAccount(admin, admin.id, { role: "OFFICIAL", from: "ADMIN" })).toBe(false);
  });

  it("an admin may keep their own role while changing the rest of their account, and change anyone else's role", () => {
    expect(mayChangeAccount(admin, admin.id, { role: "ADMIN", from: "ADMIN" })).toBe(true);
    expect(mayChangeAccount(admin, other, { role: "OFFICIAL", from: "STAFF" })).toBe(true);
    expect(mayChangeAccount(admin, other, { role: "ADMIN", from: "STAFF" })).toBe(true);
  });

  it("nobody but someone who manages users may change any account, their own included", () => {
    for (const who of [staff1, official1, null, undefined, { ...admin, active: false }]) {
      expect(mayChangeAccount(who, other, { active: false })).toBe(false);
      expect(mayChangeAccount(who, who?.id ?? other, { role: "STAFF", from: "STAFF" })).toBe(false);
    }
  });
});

describe("administration sections", () => {
  it("each needs a permission of the table", () => {
    for (const permission of Object.values(ADMIN_SECTIONS)) expect(Object.hasOwn(PERMISSIONS, permission)).toBe(true);
  });

  it("are all open to an admin, in menu order", () => {
    expect(adminSectionsFor(admin)).toEqual(["users", "units", "indicators", "targets", "deadlines", "mail"]);
  });

  it("are closed to staff, officials and the public", () => {
    for (const who of [staff1, official1, homelessStaff, null, undefined]) expect(adminSectionsFor(who)).toEqual([]);
  });
});
