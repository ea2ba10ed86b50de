import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// env.ts validates process.env as it loads; give it a valid one so the module can be imported at all.
vi.hoisted(() => {
  process.env.BETTER_AUTH_SECRET ??= "a-unit-test-secret-of-at-least-32-characters";
});

import { parseEnv } from "./env";

const SECRET = "s".repeat(32);

/** Each variable the app validates, and values it must refuse. */
const BAD_VALUES: Record<string, string[]> = {
  DATABASE_URL: ["mysql://root@localhost/dti", "./data/dti.db"],
  DATABASE_POOL_SIZE: ["abc", "0", "-3", "2.5", ""],
  NODE_ENV: ["staging"],
  BETTER_AUTH_SECRET: ["too-short"],
  APP_URL: ["dti.example.gov.vn", "not a url"],
  TRUSTED_PROXIES: ["proxy.local", "10.0.0.1,10.0.0.0/33", "10.0.0.300"],
  OPEN_DATA_LICENCE: ["   ", "x".repeat(201)],
  OPEN_DATA_LICENCE_URL: ["creativecommons"],
  OPEN_DATA_LICENCE_EN: ["   ", "x".repeat(201)],
  OPEN_DATA_LICENCE_URL_EN: ["creativecommons"],
  CHANGE_WARNING_THRESHOLD: ["abc", "0", "-0.5"],
  SMTP_URL: ["mail.example.gov.vn", "https://mail.example.gov.vn"],
  MAIL_FROM: ["khongtraloi", "A <b@c>\r\nBcc: x@y"],
};

/** Both mail settings, or neither: the pair is checked after each alone. */
const MAIL_PAIR: Record<string, string> = { SMTP_URL: "smtp://localhost:2525", MAIL_FROM: "khongtraloi@example.gov.vn" };

/** The message's lines that name a variable ("  NAME: why"). */
const named = (message: string) => [...message.matchAll(/^ {2}([A-Z_]+): /gm)].map((match) => match[1]);

function failureOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(source)}`);
}

describe("the environment", () => {
  it("fills in the defaults, and reads a pool size as a number", () => {
    const env = parseEnv({ BETTER_AUTH_SECRET: SECRET });
    expect(env).toMatchObject({ DATABASE_URL: "file:./data/dti.db", DATABASE_POOL_SIZE: 10, NODE_ENV: "development", APP_URL: "http://localhost:3000", TRUSTED_PROXIES: [], CHANGE_WARNING_THRESHOLD: 0.5 });
    expect(parseEnv({ BETTER_AUTH_SECRET: SECRET, DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    expect(parseEnv({ BETTER_AUTH_SECRET: SECRET, TRUSTED_PROXIES: " 127.0.0.1, 10.0.0.0/8 ,::1,[::1]" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "::1", "[::1]"]);
  });

  it("has a bad value below for every variable it validates", () => {
    expect(Object.keys(parseEnv({ BETTER_AUTH_SECRET: SECRET })).sort()).toEqual(Object.keys(BAD_VALUES).sort());
  });

  it("sends mail only with both a server and a sender, and names the one missing", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: SECRET })).toMatchObject({ SMTP_URL: "", MAIL_FROM: "" });
    expect(parseEnv({ BETTER_AUTH_SECRET: SECRET, ...MAIL_PAIR })).toMatchObject(MAIL_PAIR);
    expect(named(failureOf({ BETTER_AUTH_SECRET: SECRET, SMTP_URL: MAIL_PAIR.SMTP_URL }))).toEqual(["MAIL_FROM"]);
    expect(named(failureOf({ BETTER_AUTH_SECRET: SECRET, MAIL_FROM: MAIL_PAIR.MAIL_FROM }))).toEqual(["SMTP_URL"]);
  });

  it("refuses a missing session secret, naming it", () => {
    expect(named(failureOf({}))).toEqual(["BETTER_AUTH_SECRET"]);
  });

  it.each(Object.entries(BAD_VALUES).flatMap(([name, values]) => values.map((value) => [name, value] as const)))("refuses %s=%j, naming it and nothing else", (name, value) => {
    const pair = name in MAIL_PAIR ? MAIL_PAIR : {};
    const message = failureOf({ BETTER_AUTH_SECRET: SECRET, ...pair, [name]: value });
    expect(message).toMatch(/^Invalid environment:\n/);
    expect(named(message)).toEqual([name]);
  });
});

describe("the app's code", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(file);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
    });

  it("reads its settings from the validated env only, never from process.env directly", () => {
    const reads = ["app", "components", "features", "lib", "proxy.ts", "instrumentation.ts"]
      .flatMap((dir) => (dir.endsWith(".ts") ? [dir] : sources(dir)))
      .flatMap((file) => [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/process\.env(?:\.\w+|\[[^\]]*\])?/g)].map((match) => `${file.split(path.sep).join("/")}: ${match[0]}`));
    // env.ts validates the whole of it; the scripts' database address is theirs, outside the app; Next names its runtime.
    expect(reads.sort()).toEqual(["instrumentation.ts: process.env.NEXT_RUNTIME", "lib/server/db-client.ts: process.env.DATABASE_URL", "lib/server/env.ts: process.env"]);
  });
});
