// Password sign-in through the server action, with its throttle per account
// and per address, against the real database and the real sign-in library.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";

const { isolated, request } = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return { isolated: isolateDatabase("sign-in"), request: { ip: "10.0.0.9", claims: 0 } };
});

vi.mock("next/headers", () => ({
  // The client claims a new address every time (first entry); the proxy appends what it saw (last entry).
  headers: vi.fn(async () => new Headers({ "x-forwarded-for": `198.51.100.${++request.claims % 250}, ${request.ip}`, "user-agent": "vitest" })),
}));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { signIn } from "@/lib/actions/auth";
import { db } from "@/lib/db";
import { vi as m } from "@/lib/i18n/messages";
import { isThrottled, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from "@/lib/login-throttle";
import { makeUser, PASSWORD, redirectOf } from "./action-fixtures";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  vi.spyOn(console, "warn").mockImplementation(() => {}); // the sign-in library warns on each unknown account
});

afterAll(async () => {
  const { credentialsDb } = globalThis as { credentialsDb?: typeof db };
  await closeSnapshot(isolated, credentialsDb, db);
});

function form(email: string, password: string, next?: string) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  if (next !== undefined) data.set("next", next);
  return data;
}

const IDLE = { error: null, email: "" };

async function attempts(where: { email?: string; ipAddress?: string }) {
  return db.loginAttempt.findMany({ where, orderBy: { id: "asc" }, select: { email: true, ipAddress: true, succeeded: true } });
}

describe("signing in", () => {
  it("with the right password opens a session, records the attempt and follows only /work addresses", async () => {
    request.ip = "10.0.1.1";
    const user = await makeUser({ email: "it-signin-ok@test.vn", name: "Cán bộ", role: "STAFF", province: "an-giang" });

    expect(await redirectOf(signIn(IDLE, form("  IT-Signin-OK@test.vn ", PASSWORD, "/work/reports/an-giang/2025-Q1")))).toBe("/work/reports/an-giang/2025-Q1");
    expect(await redirectOf(signIn(IDLE, form(user.email, PASSWORD, "https://evil.example/work")))).toBe("/work");
    expect(await redirectOf(signIn(IDLE, form(user.email, PASSWORD, "//evil.example")))).toBe("/work");

    expect(await db.session.count({ where: { userId: user.id } })).toBe(3);
    expect(await attempts({ email: user.email })).toEqual(Array(3).fill({ email: user.email, ipAddress: "10.0.1.1", succeeded: true }));
  });

  it("with a wrong password is refused, records the failure and opens no session", async () => {
    request.ip = "10.0.2.1";
    const user = await makeUser({ email: "it-signin-wrong@test.vn", name: "Cán bộ", role: "STAFF", province: "an-giang" });
    expect(await signIn(IDLE, form(user.email, "not-the-password"))).toEqual({ error: m.auth.failed, email: user.email });
    expect(await signIn(IDLE, form("it-signin-nobody@test.vn", "whatever-password"))).toMatchObject({ error: m.auth.failed });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await attempts({ ipAddress: "10.0.2.1" })).toEqual([
      { email: user.email, ipAddress: "10.0.2.1", succeeded: false },
      { email: "it-signin-nobody@test.vn", ipAddress: "10.0.2.1", succeeded: false },
    ]);
  });

  it("refuses a malformed form without touching the database", async () => {
    request.ip = "10.0.3.1";
    expect(await signIn(IDLE, form("not-an-email", "x"))).toEqual({ error: m.auth.badEmail, email: "not-an-email" });
    expect(await signIn(IDLE, form("it-signin-x@test.vn", ""))).toMatchObject({ error: m.auth.passwordRequired });
    expect(await attempts({ ipAddress: "10.0.3.1" })).toEqual([]);
  });
});

describe("the throttle", () => {
  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even for the right password`, async () => {
    request.ip = "10.0.4.1";
    const user = await makeUser({ email: "it-signin-locked@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // From different addresses: the account limit holds on its own.
      request.ip = `10.0.4.${i + 1}`;
      expect((await signIn(IDLE, form(user.email, `wrong-password-${i}`))).error).toBe(m.auth.failed);
    }
    request.ip = "10.0.4.99";
    expect(await signIn(IDLE, form(user.email.toUpperCase(), PASSWORD))).toEqual({ error: m.auth.throttled, email: user.email.toUpperCase() });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // A throttled attempt is not checked, so it is not recorded either.
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(MAX_FAILURES_PER_ACCOUNT);

    // Other accounts are not affected.
    const other = await makeUser({ email: "it-signin-other@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    await redirectOf(signIn(IDLE, form(other.email, PASSWORD)));
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures, whatever the account`, async () => {
    request.ip = "10.0.5.1";
    const user = await makeUser({ email: "it-signin-address@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await signIn(IDLE, form(`it-signin-guess-${i}@test.vn`, "wrong-password"))).error).toBe(m.auth.failed);
    }
    expect((await signIn(IDLE, form(user.email, PASSWORD))).error).toBe(m.auth.throttled);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    request.ip = "10.0.5.2";
    await redirectOf(signIn(IDLE, form(user.email, PASSWORD)));
  });

  it(`forgets failures older than ${THROTTLE_WINDOW_MINUTES} minutes`, async () => {
    const email = "it-signin-window@test.vn";
    const old = new Date(Date.now() - (THROTTLE_WINDOW_MINUTES + 1) * 60_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, () => ({ email, ipAddress: "10.0.6.1", succeeded: false, at: old })) });
    expect(await isThrottled(email, "10.0.6.1")).toBe(false);
    expect(await isThrottled(email, "10.0.6.1", new Date(old.getTime() + 60_000))).toBe(true);
    expect(await isThrottled(email, null, new Date(old.getTime() + 60_000))).toBe(true);
    expect(await isThrottled("it-signin-someone-else@test.vn", "10.0.6.1", new Date(old.getTime() + 60_000))).toBe(false);
  });
});
