#!/usr/bin/env node
// `npm test`: type check, lint, unit tests, integration tests on a throwaway
// database, and end-to-end tests in Debian's Chromium. Prints one closing
// line, "N passed, N failed", summed over every suite.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv, root, step } from "./lib/run.mjs";
import { postgresForTests } from "./lib/postgres.mjs";
import { installDependencies } from "./setup.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "dti-test-"));
const totals = { passed: 0, failed: 0 };
const suites = [];

function record(name, passed, failed, note = "") {
  totals.passed += passed;
  totals.failed += failed;
  suites.push(`${name}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ""}`);
}

function exec(command, args, env = baseEnv()) {
  return spawnSync(command, args, { cwd: root, env, stdio: "inherit" }).status ?? 1;
}

/**
 * Runs a command with its output held back, then printed whole under its
 * step: the checks that do not depend on each other run side by side on the
 * machine's cores, and their logs stay readable.
 */
function execHeld(name, command, args, env = baseEnv()) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (status) => {
      step(name);
      process.stdout.write(Buffer.concat(output));
      resolve(status ?? 1);
    });
  });
}

/** A check with no test count of its own (type check, lint) counts as one test. */
async function check(name, command, args, env) {
  const status = await execHeld(name, command, args, env);
  return () => record(name, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

/** Runs a vitest project; what it returns records the result, so results can be recorded in a fixed order. */
async function vitest(project, { name = `${project} tests`, env = {} } = {}) {
  const out = path.join(reports, `${name.replace(/\W+/g, "-")}.json`);
  const status = await execHeld(name, "npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`], baseEnv(env));
  if (!fs.existsSync(out)) return () => record(name, 0, 1, `vitest exited ${status} without a report`);
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  // A file that fails to load counts as a failure even if it holds no test.
  const brokenFiles = report.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  return () => record(name, report.numPassedTests, report.numFailedTests + brokenFiles + (status !== 0 && report.numFailedTests === 0 && brokenFiles === 0 ? 1 : 0));
}

/** The database client is generated for one provider at a time: the one `url` names. */
function generateClient(url) {
  step(`Generating the database client for ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
  exec("npx", ["prisma", "generate"], baseEnv({ DATABASE_URL: url }));
}

/** The integration and end-to-end suites again, on PostgreSQL. */
async function onPostgres() {
  const postgres = await postgresForTests();
  if (!postgres.url) {
    const how = "Point the tests at a server with TEST_DATABASE_URL=postgresql://user@host:5432/postgres (a role that may create databases).";
    // Under CI PostgreSQL is mandatory; elsewhere the suites are reported as not run, with how to run them.
    if (process.env.CI) return record("PostgreSQL suites", 0, 1, postgres.reason);
    console.warn(`\nPostgreSQL suites not run: ${postgres.reason}.\n${how}`);
    return suites.push(`PostgreSQL suites: not run (${postgres.reason})`);
  }
  try {
    generateClient(postgres.url);
    (await vitest("integration", { name: "integration tests (PostgreSQL)", env: { TEST_DATABASE_URL: postgres.url } }))();
    const e2e = new URL(postgres.url);
    e2e.pathname = "/dti_e2e";
    playwright({ name: "end-to-end tests (PostgreSQL)", env: { E2E_DATABASE_URL: e2e.toString() } });
  } finally {
    postgres.stop();
    generateClient(process.env.DATABASE_URL ?? "file:./data/dti.db");
  }
}

/**
 * LibreOffice renders the progress report's Word file in an integration
 * test, as a department would open it. Installed from Debian when missing and
 * running as root; elsewhere that test says it was skipped and why.
 */
function ensureLibreOffice() {
  if (spawnSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" }).status === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) return;
  step("Installing Debian's LibreOffice Writer for the Word-file test (apt-get install libreoffice-writer-nogui)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "libreoffice-writer-nogui"], { stdio: "inherit", env });
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    step("Installing Debian's Chromium for the end-to-end tests (apt-get install chromium)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (fs.existsSync(CHROMIUM)) return true;
  }
  console.error(
    `\nChromium was not found at ${CHROMIUM}. Install Debian's package as root:\n` +
      "    sudo apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at a Chromium binary. No browser is ever downloaded by the tests.",
  );
  return false;
}

function playwright({ name = "end-to-end tests", env = {} } = {}) {
  step(`${name} (Playwright, Chromium)`);
  if (!ensureChromium()) {
    // Under CI a missing browser fails the run; elsewhere the suite is reported as not run.
    return process.env.CI ? record(name, 0, 1, "Chromium missing") : suites.push(`${name}: not run (Chromium missing)`);
  }
  const out = path.join(reports, `${name.replace(/\W+/g, "-")}.json`);
  fs.mkdirSync(path.join(root, "test-results", "screenshots"), { recursive: true });
  const status = exec("npx", ["playwright", "test", "--reporter=list,json"], baseEnv({ PLAYWRIGHT_JSON_OUTPUT_NAME: out, ...env }));
  if (!fs.existsSync(out)) return record(name, 0, 1, `playwright exited ${status} without a report`);
  const { stats } = JSON.parse(fs.readFileSync(out, "utf8"));
  const failed = stats.unexpected + stats.flaky;
  record(name, stats.expected, failed + (status !== 0 && failed === 0 ? 1 : 0));
}

const started = Date.now();
try {
  installDependencies();
  ensureLibreOffice();
  step("Generating the database client");
  exec("npx", ["prisma", "generate"]);
  // None of these depends on another or is timed: they share the cores. The
  // end-to-end suites run alone afterwards, on a quiet machine.
  const [typeCheck, lint, tests] = await Promise.all([
    check("type check", "npx", ["tsc", "--noEmit"]),
    check("lint", "npx", ["eslint", "--max-warnings=0", "."]),
    (async () => [await vitest("unit"), await vitest("integration")])(),
  ]);
  for (const recordResult of [typeCheck, lint, ...tests]) recordResult();
  playwright();
  await onPostgres();
} catch (error) {
  record("test run", 0, 1, error instanceof Error ? error.message : String(error));
}

console.log(`\n${suites.join("\n")}\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
const summary = `${totals.passed} passed, ${totals.failed} failed`;
fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
fs.writeFileSync(path.join(root, "test-results", "summary.txt"), `${summary}\n`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
