// Refusals are audited, but anyone can post to a server action: past a cap
// per hour (per signed-in person, and for the public as a whole) they go to
// the server log only. Checked against the real audit table, through the
// functions every refusal is recorded with.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("refusal-cap");
});

import { ANONYMOUS_DENIALS_PER_HOUR, DENIALS_PER_PERSON_PER_HOUR, recordDenied, recordRefusal, type Refusal } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { SignedInUser } from "@/lib/server/session";
import { makeUser } from "./action-fixtures";
import { provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const HOUR = 3_600_000;
const KINDS: Refusal[] = ["access.denied", "report.locked", "observation.conflict", "auth.throttled"];

let warn: ReturnType<typeof vi.spyOn>;
let anGiang: number;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  anGiang = await provinceIdOf("an-giang");
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

let people = 0;
const someone = () => makeUser({ email: `it-cap-${++people}@test.vn`, name: "Cán bộ thử", role: "STAFF", province: "an-giang" });

/** The refusals stored for an actor (null: the public). */
const stored = (actorId: number | null) => db.auditEvent.count({ where: { actorId, action: { in: KINDS } } });

describe("the cap on recorded refusals", () => {
  it("is a hundred an hour, for each person and for the public as a whole", () => {
    expect(DENIALS_PER_PERSON_PER_HOUR).toBe(100);
    expect(ANONYMOUS_DENIALS_PER_HOUR).toBe(100);
  });

  it("records every refusal of a person under it, with what was refused, and none past it, though each is still logged", async () => {
    const person = await someone();
    for (let i = 0; i < DENIALS_PER_PERSON_PER_HOUR + 5; i++) await recordDenied(person, "report.edit", { provinceId: anGiang, period: "2019-Q1" });
    const events = await db.auditEvent.findMany({ where: { actorId: person.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(DENIALS_PER_PERSON_PER_HOUR);
    expect(events.every((e) => e.action === "access.denied" && e.provinceId === anGiang && e.period === "2019-Q1" && e.reason === "report.edit")).toBe(true);
    // Past the cap the refusal is still logged on the server, once per refusal.
    const logged = warn.mock.calls.filter(([line]: unknown[]) => String(line).startsWith(`refused (access.denied): report.edit for user ${person.id} `));
    expect(logged).toHaveLength(DENIALS_PER_PERSON_PER_HOUR + 5);
  });

  it("counts every kind of refusal toward it, one short of it still records, and at it records no more", async () => {
    const person = await someone();
    for (let i = 0; i < DENIALS_PER_PERSON_PER_HOUR - 1; i++) await recordRefusal(person, KINDS[i % KINDS.length]!, "earlier");
    expect(await stored(person.id)).toBe(DENIALS_PER_PERSON_PER_HOUR - 1);
    await recordRefusal(person, "report.locked", "the last one recorded", { provinceId: anGiang, period: "2019-Q2" });
    expect(await db.auditEvent.findFirst({ where: { actorId: person.id }, orderBy: { id: "desc" } })).toMatchObject({ action: "report.locked", reason: "the last one recorded", provinceId: anGiang, period: "2019-Q2" });
    for (const kind of KINDS) await recordRefusal(person, kind, "past the cap");
    expect(await stored(person.id)).toBe(DENIALS_PER_PERSON_PER_HOUR);
    expect(await db.auditEvent.count({ where: { actorId: person.id, reason: "past the cap" } })).toBe(0);
  });

  it("counts only the last hour's refusals, and not the person's other events", async () => {
    const person = await someone();
    const anHourAgo = new Date(Date.now() - HOUR - 60_000);
    await db.auditEvent.createMany({
      data: [
        ...Array.from({ length: DENIALS_PER_PERSON_PER_HOUR }, () => ({ action: "access.denied", actorId: person.id, reason: "report.edit", at: anHourAgo })),
        ...Array.from({ length: DENIALS_PER_PERSON_PER_HOUR }, () => ({ action: "observation.update", actorId: person.id, provinceId: anGiang, period: "2019-Q3" })),
      ],
    });
    await recordDenied(person, "report.approve", { provinceId: anGiang, period: "2019-Q3" });
    expect(await db.auditEvent.count({ where: { actorId: person.id, reason: "report.approve" } })).toBe(1);
  });

  it("holds for each person on their own: one person's flood does not silence another's refusals, or the public's", async () => {
    const flooder: SignedInUser = await someone();
    const other: SignedInUser = await someone();
    for (let i = 0; i < DENIALS_PER_PERSON_PER_HOUR; i++) await recordDenied(flooder, "report.edit");
    const publicBefore = await stored(null);
    await recordDenied(other, "report.edit");
    await recordDenied(null, "report.edit");
    expect(await stored(other.id)).toBe(1);
    expect(await stored(null)).toBe(publicBefore + 1);
  });

  it("holds for the public as a whole: under it every refusal is recorded without an actor, past it none", async () => {
    const already = await db.auditEvent.count({ where: { actorId: null, action: { in: KINDS }, at: { gte: new Date(Date.now() - HOUR) } } });
    expect(already).toBeLessThan(ANONYMOUS_DENIALS_PER_HOUR);
    const room = ANONYMOUS_DENIALS_PER_HOUR - already;
    const before = await stored(null);
    for (let i = 0; i < room; i++) await recordRefusal(null, "auth.throttled", `address 10.9.${Math.floor(i / 250)}.${i % 250}`, { subject: "sign-in:it-cap-public@test.vn" });
    expect(await stored(null)).toBe(before + room);
    expect(await db.auditEvent.count({ where: { actorId: null, subject: "sign-in:it-cap-public@test.vn" } })).toBe(room);
    await recordRefusal(null, "auth.throttled", "past the cap", { subject: "sign-in:it-cap-public@test.vn" });
    await recordDenied(null, "report.edit", { provinceId: anGiang, period: "2019-Q4" });
    expect(await stored(null)).toBe(before + room);
    // A signed-in person is not held back by the public's cap.
    const person = await someone();
    await recordDenied(person, "report.edit");
    expect(await stored(person.id)).toBe(1);
  });
});
