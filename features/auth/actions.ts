"use server";

import { verifyPassword } from "better-auth/crypto";
import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { vi as m } from "@/lib/i18n/messages";
import { recordRefusal } from "@/lib/server/audit";
import { isActive } from "@/lib/security/authorization";
import { clientAddress } from "@/lib/security/client-address";
import { env } from "@/lib/server/env";
import { beginAttempt, DEVICE_COOKIE, DEVICE_DAYS, deviceToken, knownDevice, settleAttempt } from "@/features/auth/login-throttle";
import { safeNext } from "@/lib/security/safe-next";
import { SIGNED_IN_HINT } from "@/lib/security/signed-in-hint";

export interface SignInState {
  error: string | null;
  email: string;
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email(m.auth.badEmail)),
  password: z.string().min(1, m.auth.passwordRequired),
  next: z.string().optional(),
});

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? m.auth.failed, email };

  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const ipAddress = clientAddress(requestHeaders, env.BETTER_AUTH_SECRET, env.TRUSTED_PROXIES);
  const device = knownDevice(parsed.data.email, jar.get(DEVICE_COOKIE)?.value);
  const attempt = await beginAttempt(parsed.data.email, ipAddress, device);
  if (attempt.throttled) {
    await recordRefusal(null, "auth.throttled", device ? "known device" : ipAddress ? `address ${ipAddress}` : "no address", { subject: `sign-in:${parsed.data.email}` });
    return { error: m.auth.throttled, email };
  }
  // The sign-in library knows nothing of locked accounts: refuse them first. Only someone who knows the
  // password learns that the account is locked; a wrong guess gets the answer any wrong guess gets.
  const account = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { active: true, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  if (account && !isActive(account)) {
    const hash = account.accounts[0]?.password;
    const known = hash ? await verifyPassword({ hash, password: parsed.data.password }) : false;
    return { error: known ? m.auth.inactive : m.auth.failed, email };
  }

  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { error: m.auth.failed, email };
  }
  await settleAttempt(attempt, true);
  // This browser is now known to the account: a stranger's failed guesses will not lock it out.
  jar.set(DEVICE_COOKIE, device ? (jar.get(DEVICE_COOKIE)?.value ?? deviceToken(parsed.data.email)) : deviceToken(parsed.data.email), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: DEVICE_DAYS * 86_400,
  });
  // Read by the header's account link only (lib/security/signed-in-hint.ts); gone when the browser closes.
  jar.set(SIGNED_IN_HINT, "1", { sameSite: "lax", secure: env.APP_URL.startsWith("https://"), path: "/" });
  redirect(safeNext(parsed.data.next));
}

/** Signs out, then the public home page; as a form's action its state and fields are not read. */
export async function signOut(): Promise<never> {
  await auth.api.signOut({ headers: await headers() });
  (await cookies()).delete(SIGNED_IN_HINT);
  redirect("/");
}
