// Password sign-in through the server action, with its throttle per account
// and per address, against the real database and the real sign-in library.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";

const { isolated, request, browser } = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return {
    isolated: await isolateDatabase("sign-in"),
    request: { ip: "10.0.0.9", claims: 0, cookie: null as string | null },
    browser: { cookies: new Map<string, string>() },
  };
});

vi.mock("next/headers", () => ({
  // A client connecting from request.ip, claiming a new forwarded address every time; the app's
  // server signs the socket's address (scripts/serve.mjs), and no proxy is trusted.
  headers: vi.fn(async () => {
    const { PEER_HEADER, signPeer } = await import("@/lib/security/peer-signature.mjs");
    return new Headers({
      "x-forwarded-for": `198.51.100.${++request.claims % 250}`,
      "x-real-ip": `203.0.113.${request.claims % 250}`,
      [PEER_HEADER]: signPeer(process.env.BETTER_AUTH_SECRET!, request.ip),
      "user-agent": "vitest",
      // The session cookie the request carries, for the reads of the current user.
      ...(request.cookie ? { cookie: request.cookie } : {}),
    });
  }),
  // One browser's cookie jar; a test empties it to act as a browser the account never used.
  cookies: vi.fn(async () => ({
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void browser.cookies.set(name, value),
  })),
}));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { signIn } from "@/features/auth/actions";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";
import { vi as m } from "@/lib/i18n/messages";
import { beginAttempt, DEVICE_COOKIE, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from "@/features/auth/login-throttle";
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
    // What the sign-in page posts for ?next=%2Fwork%2F..%2F..%2F%2Fevil.example
    expect(await redirectOf(signIn(IDLE, form(user.email, PASSWORD, "/work/../..//evil.example")))).toBe("/work");

    expect(await db.session.count({ where: { userId: user.id } })).toBe(4);
    expect(await attempts({ email: user.email })).toEqual(Array(4).fill({ email: user.email, ipAddress: "10.0.1.1", succeeded: true }));
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

  it("refuses a locked account even with the right password, opens no session, and tells only the owner it is locked", async () => {
    request.ip = "10.0.9.1";
    const user = await makeUser({ email: "it-signin-inactive@test.vn", name: "Cán bộ", role: "STAFF", province: "an-giang" });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await signIn(IDLE, form(user.email, PASSWORD))).toEqual({ error: m.auth.inactive, email: user.email });
    // A wrong guess learns nothing: the same answer as for an unknown account.
    expect(await signIn(IDLE, form(user.email, "not-the-password"))).toEqual({ error: m.auth.failed, email: user.email });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await attempts({ ipAddress: "10.0.9.1" })).toEqual(Array(2).fill({ email: user.email, ipAddress: "10.0.9.1", succeeded: false }));
  });

  it("stops counting a session the moment its account is locked", async () => {
    request.ip = "10.0.9.2";
    const user = await makeUser({ email: "it-signin-locked-later@test.vn", name: "Cán bộ", role: "STAFF", province: "an-giang" });
    // A session opened while the account was active, and the cookie the browser got for it.
    const opened = await auth.api.signInEmail({ body: { email: user.email, password: PASSWORD }, returnHeaders: true });
    const cookie = opened.headers.getSetCookie().map((line) => line.split(";")[0]!).find((pair) => pair.includes("session_token="));
    expect(cookie).toBeDefined();
    request.cookie = cookie!;
    try {
      expect(await getCurrentUser()).toMatchObject({ id: user.id, email: user.email, role: "STAFF", provinceSlug: "an-giang" });
      await db.user.update({ where: { id: user.id }, data: { active: false } });
      // The session row is still there and unexpired: only the account's state refuses it.
      expect(await db.session.count({ where: { userId: user.id, expiresAt: { gt: new Date() } } })).toBe(1);
      expect(await getCurrentUser()).toBeNull();
      // Unlocked again, the same session counts again: it is the lock, not the session, that refused.
      await db.user.update({ where: { id: user.id }, data: { active: true } });
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
    } finally {
      request.cookie = null;
    }
  });

  it("refuses a malformed form without touching the database", async () => {
    request.ip = "10.0.3.1";
    expect(await signIn(IDLE, form("not-an-email", "x"))).toEqual({ error: m.auth.badEmail, email: "not-an-email" });
    expect(await signIn(IDLE, form("it-signin-x@test.vn", ""))).toMatchObject({ error: m.auth.passwordRequired });
    expect(await attempts({ ipAddress: "10.0.3.1" })).toEqual([]);
  });
});

describe("the throttle", () => {
  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures from browsers it never used, but not for its owner's browser`, async () => {
    browser.cookies.clear();
    request.ip = "10.0.4.200";
    const user = await makeUser({ email: "it-signin-locked@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    // The owner signed in from this browser before: it holds a device token.
    await redirectOf(signIn(IDLE, form(user.email, PASSWORD)));
    const ownersCookie = browser.cookies.get(DEVICE_COOKIE)!;
    expect(ownersCookie).toMatch(/^[\w-]+\.[\w-]+$/);

    browser.cookies.clear();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // A stranger, from different addresses: the account limit holds on its own.
      request.ip = `10.0.4.${i + 1}`;
      expect((await signIn(IDLE, form(user.email, `wrong-password-${i}`))).error).toBe(m.auth.failed);
    }
    request.ip = "10.0.4.99";
    const since = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    expect(await signIn(IDLE, form(user.email.toUpperCase(), PASSWORD))).toEqual({ error: m.auth.throttled, email: user.email.toUpperCase() });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    // A throttled attempt is not checked, so it is not counted; it is audited.
    expect(await db.loginAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(await db.auditEvent.findMany({ where: { id: { gt: since?.id ?? 0 } } })).toMatchObject([{ action: "auth.throttled", actorId: null, subject: `sign-in:${user.email}` }]);

    // The owner's browser is not locked out by the stranger.
    browser.cookies.set(DEVICE_COOKIE, ownersCookie);
    await redirectOf(signIn(IDLE, form(user.email, PASSWORD)));
    // A token made for another account does not count as known.
    const other = await makeUser({ email: "it-signin-other@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    await redirectOf(signIn(IDLE, form(other.email, PASSWORD)));
    expect(await signIn(IDLE, form(user.email, PASSWORD))).toMatchObject({ error: m.auth.throttled });
  });

  it("checks at most the limit when guesses arrive all at once", async () => {
    browser.cookies.clear();
    request.ip = "10.0.7.1";
    const user = await makeUser({ email: "it-signin-parallel@test.vn", name: "Cán bộ", role: "STAFF", province: "hau-giang" });
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(IDLE, form(user.email, `wrong-${i}`))));
    const checked = results.filter((r) => r.error === m.auth.failed).length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r.error === m.auth.throttled)).toHaveLength(30 - checked);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(checked);
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures, whatever the account`, async () => {
    browser.cookies.clear();
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
    expect((await beginAttempt(email, "10.0.6.1", null)).throttled).toBe(false);
    expect((await beginAttempt(email, "10.0.6.2", null, new Date(old.getTime() + 60_000))).throttled).toBe(true);
    expect((await beginAttempt("it-signin-someone-else@test.vn", "10.0.6.1", null, new Date(old.getTime() + 60_000))).throttled).toBe(false);
  });
});
