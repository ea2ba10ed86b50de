// Small helpers shared by the start, setup and test scripts.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

/** Environment for every child process: no telemetry, no update checks, a session secret. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    BETTER_AUTH_TELEMETRY: "0",
    BETTER_AUTH_SECRET: authSecret(),
    ...extra,
  };
}

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else
 * one made on first run and kept in data/auth-secret (not committed).
 */
export function authSecret() {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(root, "data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Runs a command in the project folder; throws with its name when it fails. */
export function run(command, args, { env = baseEnv(), quiet = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: quiet ? "pipe" : "inherit", encoding: "utf8" });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal})`);
  }
  return result.stdout ?? "";
}

export function step(message) {
  console.log(`\n▶ ${message}`);
}

/** Newest modification time of the files under the given paths (skips generated folders). */
export function newestMtime(paths) {
  let newest = 0;
  const skip = new Set(["node_modules", ".next", "generated", "data", "test-results", "playwright-report"]);
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (!skip.has(entry)) visit(path.join(p, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

/** The SQLite file a `file:` URL points at, relative to the project folder. */
export function sqlitePath(url) {
  return path.resolve(root, url.replace(/^file:/, ""));
}

const BUILD_PROVIDER = path.join(root, ".next", "dti-database-provider");

/**
 * Whether the production build can serve this database: built after the
 * newest source, and for the same provider (the generated database client
 * is compiled into the build, and differs between SQLite and PostgreSQL).
 */
export function buildIsCurrent(sources, databaseUrl) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestMtime(sources)) return false;
  return fs.existsSync(BUILD_PROVIDER) && fs.readFileSync(BUILD_PROVIDER, "utf8") === providerOf(databaseUrl);
}

/** Records which provider the build just made was for. */
export function markBuild(databaseUrl) {
  fs.writeFileSync(BUILD_PROVIDER, providerOf(databaseUrl));
}

export const providerOf = (url) => (/^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite");
