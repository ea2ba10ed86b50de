import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { createCredentialsClient } from "@/lib/server/db-client";
import { env } from "@/lib/server/env";

/** Eight hours: a working day; after that the person signs in again. */
export const SESSION_SECONDS = 8 * 60 * 60;

// Every other client omits password hashes; the sign-in library needs them.
const globalForAuth = globalThis as unknown as { credentialsDb?: ReturnType<typeof createCredentialsClient> };
const credentialsDb = globalForAuth.credentialsDb ?? createCredentialsClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
if (env.NODE_ENV !== "production") globalForAuth.credentialsDb = credentialsDb;

// Password sign-in only: accounts are made by an admin (or the demo seed),
// never by sign-up. Passwords are hashed with scrypt, a memory-hard function.
// The library's HTTP endpoints are not mounted: the app signs in through its
// own server action, which throttles per account and per address.
export const auth = betterAuth({
  appName: "DTI",
  baseURL: env.APP_URL,
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(credentialsDb, { provider: "sqlite" }),
  advanced: {
    database: { generateId: "serial" },
    useSecureCookies: env.APP_URL.startsWith("https://"),
  },
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
  session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60 },
  user: {
    additionalFields: {
      role: { type: "string", input: false },
      provinceId: { type: "number", required: false, input: false },
      active: { type: "boolean", input: false },
    },
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
