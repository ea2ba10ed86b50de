// Integration tests run against a real, throwaway SQLite database: migrated
// with the project's migrations and loaded with the seed, like a fresh install.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-integration-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed/index.ts"], { env, stdio: "pipe" });
  // Workers start after this and inherit the variables.
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
