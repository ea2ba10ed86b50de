import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** True when this account or this address has failed too often lately. */
export async function isThrottled(email: string, ipAddress: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    ipAddress ? db.loginAttempt.count({ where: { ipAddress, succeeded: false, at: { gte: since } } }) : Promise.resolve(0),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginAttempt(email: string, ipAddress: string | null, succeeded: boolean) {
  await db.loginAttempt.create({ data: { email, ipAddress, succeeded } });
}
