import "server-only";
// How often a password may be tried, without letting a stranger lock the
// owner out (the "device cookie" approach OWASP describes):
// - a browser the account signed in from before holds a device token; its
//   attempts are limited on their own, per token, so a stranger's failures
//   never lock the owner out;
// - every other browser shares one limit per account and one per address.
// Each attempt is recorded before the password is checked and counted with
// itself included, so parallel guesses cannot all slip under the limit.
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failures per account from browsers it never signed in from. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failures per known browser of the account. */
export const MAX_FAILURES_PER_DEVICE = 10;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const DEVICE_COOKIE = "dti_device";
export const DEVICE_DAYS = 180;

const sign = (email: string, nonce: string) => crypto.createHmac("sha256", env.BETTER_AUTH_SECRET).update(`device\n${email}\n${nonce}`).digest("base64url");

/** A token proving this browser signed in to this account before. */
export function deviceToken(email: string): string {
  const nonce = crypto.randomBytes(16).toString("base64url");
  return `${nonce}.${sign(email, nonce)}`;
}

/** The token's nonce when it was issued for this account; null otherwise. */
export function knownDevice(email: string, token: string | undefined | null): string | null {
  const [nonce, mac] = (token ?? "").split(".");
  if (!nonce || !mac) return null;
  const expected = Buffer.from(sign(email, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? nonce : null;
}

export interface Attempt {
  id: number;
  throttled: boolean;
}

/**
 * Records an attempt as a failure, then counts the failures it belongs to,
 * itself included. A throttled attempt is removed again (it was never
 * checked); any other is settled with `settleAttempt` once the password has
 * been checked.
 */
export async function beginAttempt(email: string, ipAddress: string | null, device: string | null, now = new Date()): Promise<Attempt> {
  const attempt = await db.loginAttempt.create({ data: { email, ipAddress, device, succeeded: false, at: now }, select: { id: true } });
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const failures = { succeeded: false, at: { gte: since, lte: now } };
  const [byKey, byAddress] = await Promise.all([
    device
      ? db.loginAttempt.count({ where: { ...failures, email, device } })
      : db.loginAttempt.count({ where: { ...failures, email, device: null } }),
    ipAddress && !device ? db.loginAttempt.count({ where: { ...failures, ipAddress } }) : Promise.resolve(0),
  ]);
  const throttled = byKey > (device ? MAX_FAILURES_PER_DEVICE : MAX_FAILURES_PER_ACCOUNT) || byAddress > MAX_FAILURES_PER_ADDRESS;
  if (throttled) await db.loginAttempt.delete({ where: { id: attempt.id } });
  return { id: attempt.id, throttled };
}

export async function settleAttempt(attempt: Attempt, succeeded: boolean) {
  if (succeeded) await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
}
