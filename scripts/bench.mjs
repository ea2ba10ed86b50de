#!/usr/bin/env node
// `npm run bench` (SQLite) and `npm run bench -- --postgres`: how fast the app
// is at scale, measured, never asserted (not part of `npm test`). On a
// scratch database of its own (a temp SQLite file, or a database made for the
// run on a throwaway PostgreSQL cluster or BENCH_DATABASE_URL's server): the
// real seed plus a synthetic scale dataset (scripts/bench/dataset.ts). It
// builds the app for that database and serves it as `npm start` does, then
// measures the public pages with wrk — from the app alone, from an nginx
// proxy_cache in front of it, and from nginx serving a saved copy of the same
// page — Lighthouse and first-load JavaScript per page, the server's peak
// memory, and below the pages the comparison's query, saves by 8 writers at
// once and a 100,000-figure import (scripts/bench/database.ts), and the
// overview's latency while staff upload hostile workbooks (scripts/bench/uploads.ts), a
// signed-in reader's time against a signed-out one's and the requests one
// scorecard view sends (scripts/bench/readers.ts). Prints a
// table against the issue's targets and writes bench-results/<provider>-<time>.json.
// `--database-only` measures the database part alone: no build, no server, no wrk, nginx or Lighthouse.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cacheStatus, capture, firstLoadJs, measure, saveCopy, settle, singleRequestMs, startNginx } from "./bench/http.mjs";
import { startBareApp } from "./bench/bare-app.mjs";
import { lighthouseInterleaved } from "./bench/lighthouse.mjs";
import { awaitQuietMachine, describeLoad } from "./bench/load.mjs";
import { lighthouseTable, throughputTable, verdicts, verdictTable } from "./bench/report.mjs";
import { cleanUp, ensurePrograms, freePort, onCleanup, runChild, startChild, stopChild, waitForPort } from "./bench/tools.mjs";
import { baseEnv, markBuild, providerOf, root, run, step } from "./lib/run.mjs";
import { postgresForTests } from "./lib/postgres.mjs";
import { DEFAULT_DATABASE_URL, installDependencies } from "./setup.mjs";

const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, got ${process.env[name]}`);
  return value;
};

const connections = setting("BENCH_CONNECTIONS", 16);
const SETTINGS = {
  connections,
  seconds: setting("BENCH_DURATION", 8),
  threads: Math.min(connections, setting("BENCH_THREADS", os.cpus().length)),
  warmupSeconds: setting("BENCH_WARMUP", 2),
  // BENCH_LIGHTHOUSE=0 skips Lighthouse (3–4 minutes of the run), for development.
  lighthouseRuns: process.env.BENCH_LIGHTHOUSE === "0" ? 0 : setting("BENCH_LIGHTHOUSE_RUNS", 3),
};
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// A real seeded unit and indicator, a comparison of real and synthetic units (features/public-pages/compare-params.ts),
// a unit's public progress report and a page in English.
const PAGES = [
  { name: "overview", path: "/" },
  { name: "scorecard", path: "/provinces/an-giang" },
  { name: "indicator", path: "/indicators/GOV_ON_TIME_DOSSIERS" },
  { name: "comparison", path: "/compare?p=an-giang&p=hau-giang&p=synthetic-01&p=synthetic-02&pillar=SOC" },
  { name: "rankings", path: "/rankings" },
  { name: "progress-report", path: "/provinces/an-giang/report/2024" },
  { name: "scorecard-en", path: "/en/provinces/an-giang" },
];

async function adminQuery(url, sql) {
  // Imported here: on a fresh clone the dependencies are installed by main() first.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database made for this run (and dropped after it) on a throwaway cluster, or on BENCH_DATABASE_URL's server. */
async function scratchPostgres() {
  const given = process.env.BENCH_DATABASE_URL;
  const server = given ? { url: given, stop: () => {} } : await postgresForTests();
  if (!server.url) {
    throw new Error(`${server.reason}. Point the bench at a server with BENCH_DATABASE_URL=postgresql://user@host:5432/postgres (a role that may create databases).`);
  }
  onCleanup(() => server.stop());
  const name = `dti_bench_${Date.now()}`;
  await adminQuery(server.url, `CREATE DATABASE ${name}`);
  onCleanup(() => adminQuery(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The generated client is per provider: the bench makes its own, and puts back the one the project's database needs. */
function generateClientFor(databaseUrl) {
  const configured = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  step(`Generating the database client for ${providerOf(databaseUrl)}`);
  run("npx", ["prisma", "generate"], { env: baseEnv({ DATABASE_URL: databaseUrl }), quiet: true });
  if (providerOf(configured) !== providerOf(databaseUrl)) {
    onCleanup(() => {
      step(`Generating the database client for ${providerOf(configured)} again (${configured})`);
      run("npx", ["prisma", "generate"], { env: baseEnv({ DATABASE_URL: configured }), quiet: true });
    });
  }
}

const peakMemoryMiB = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return Math.round(kib / 1024);
};

let serverLog = null;

async function httpMeasurements(env, work, programs, results) {
  serverLog = path.join(work, "server.log");
  const appPort = await freePort();
  const server = startChild("node", ["scripts/serve.mjs"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", PORT: String(appPort), LISTEN_HOST: "127.0.0.1", APP_URL: `http://127.0.0.1:${appPort}` },
    log: serverLog,
  });
  await waitForPort(appPort, server, 120);
  const app = `http://127.0.0.1:${appPort}`;

  // A folder of its own: as root, nginx's workers run as nobody, who may not enter the bench's private one.
  const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-bench-nginx-"));
  onCleanup(() => fs.rmSync(nginxDir, { recursive: true, force: true }));
  for (const page of PAGES) page.bytes = await saveCopy(app, page.path, path.join(nginxDir, "pages"));
  const [proxyPort, staticPort] = [await freePort(), await freePort()];
  const nginx = await startNginx(programs.nginx, nginxDir, { appPort, proxyPort, staticPort });
  const proxy = `http://127.0.0.1:${proxyPort}`;
  const saved = `http://127.0.0.1:${staticPort}`;

  await quiet(results, "the page measurements");
  step(`wrk: ${SETTINGS.connections} connections, ${SETTINGS.threads} threads, ${SETTINGS.seconds} s each after ${SETTINGS.warmupSeconds} s of warm-up`);
  for (const page of PAGES) {
    const entry = { name: page.name, path: page.path, htmlBytes: page.bytes };
    const single = Math.round(await singleRequestMs(app + page.path));
    // A page taking seconds would have wrk's warm-up leave a backlog of minutes: the requests just made warmed it.
    entry.app = { singleRequestMs: single, ...(await measure(programs.wrk, app + page.path, SETTINGS, server.pid, { skipWarmup: single > 1000 })) };
    // One request stores the page, as the first visitor's would; wrk then reads it from the cache.
    const first = await cacheStatus(proxy + page.path);
    entry.proxy = await measure(programs.wrk, proxy + page.path, SETTINGS, server.pid);
    entry.proxy.cache = { ...(await cacheStatus(proxy + page.path)), first: first.xCache };
    entry.saved = await measure(programs.wrk, saved + page.path, SETTINGS);
    entry.ratios = { appToSaved: entry.app.requestsPerSecond / entry.saved.requestsPerSecond, proxyToSaved: entry.proxy.requestsPerSecond / entry.saved.requestsPerSecond };
    console.log(`  ${page.name.padEnd(11)} app ${Math.round(entry.app.requestsPerSecond)} req/s (one request alone ${entry.app.singleRequestMs} ms) · proxy ${Math.round(entry.proxy.requestsPerSecond)} (${entry.proxy.cache.xCache}) · saved copy ${Math.round(entry.saved.requestsPerSecond)}`);
    results.pages.push(entry);
  }
  await stopChild(nginx);

  // A measurement that fails is reported as such; the others still run.
  const attempt = async (entry, key, fn) => {
    try {
      entry[key] = await fn();
    } catch (error) {
      entry.errors = { ...entry.errors, [key]: error instanceof Error ? error.message : String(error) };
      console.error(`  ${entry.name}: ${key} failed: ${entry.errors[key]}`);
    }
  };
  step("First-load JavaScript per page (gzip)");
  for (const entry of results.pages) await attempt(entry, "firstLoadJs", () => firstLoadJs(app, entry.path));

  if (SETTINGS.lighthouseRuns > 0) {
    step("A bare Next app of the same versions rendering the overview's markup, for Lighthouse to compare with");
    const barePort = await freePort();
    const bare = await startBareApp(app, { port: barePort, log: path.join(work, "bare-app.log"), workDir: work });
    await quiet(results, "Lighthouse");
    step(`Lighthouse mobile, median of ${SETTINGS.lighthouseRuns} runs per page, interleaved with the bare app's`);
    const targets = [{ name: "bare Next app", url: `http://127.0.0.1:${barePort}/` }, ...results.pages.map((entry) => ({ name: entry.name, url: app + entry.path }))];
    const scores = await lighthouseInterleaved(targets, { runs: SETTINGS.lighthouseRuns, chromePath: CHROME_PATH, workDir: work });
    await stopChild(bare);
    results.bare = scores["bare Next app"];
    for (const entry of results.pages) {
      const got = scores[entry.name];
      if (got.error) entry.errors = { ...entry.errors, lighthouse: got.error };
      else entry.lighthouse = got;
    }
    for (const [name, got] of Object.entries(scores)) console.log(`  ${name.padEnd(13)} ${got.error ? `failed: ${got.error}` : JSON.stringify(got.median)}`);
  }
  step("A signed-in reader against a signed-out one, and what one scorecard view asks of the server");
  try {
    const output = await capture("npx", ["tsx", "scripts/bench/readers.ts", app, CHROME_PATH, "/provinces/an-giang", ...READER_ADDRESSES], { cwd: root });
    const readers = (results.readers = JSON.parse(output.trim().split("\n").at(-1)));
    for (const r of readers.reads) console.log(`  ${r.address}: signed in ${r.signedInMs} ms, signed out ${r.signedOutMs} ms (${r.keptForSignedIn}/${r.rounds} kept)`);
    console.log(`  one view of ${readers.view.path}: ${readers.view.afterReaching.requests} requests (${readers.view.addresses.join(", ")})`);
  } catch (error) {
    results.errors = { ...results.errors, readers: error instanceof Error ? error.message : String(error) };
    console.error(`  readers failed: ${results.errors.readers}`);
  }
  step(`Public requests while ${UPLOADERS} staff upload hostile workbooks`);
  try {
    const u = (results.uploads = await uploadLoad(app, programs.wrk, server.pid));
    console.log(`  overview p99 ${u.alone.p99Ms} ms alone, ${u.during.p99Ms} ms during ${u.uploader.uploads} uploads (${Object.entries(u.uploader.answers).map(([k, n]) => `${n} × ${k}`).join(", ")})`);
  } catch (error) {
    results.errors = { ...results.errors, uploads: error instanceof Error ? error.message : String(error) };
    console.error(`  uploads failed: ${results.errors.uploads}`);
  }
  results.server = { peakMemoryMiB: peakMemoryMiB(server.pid) };
  await stopChild(server);
}

/** Waits for a quiet machine before a phase, and keeps the load it measured at. */
async function quiet(results, phase) {
  const load = await awaitQuietMachine(phase);
  results.load.push(load);
  console.log(`  ${describeLoad(load)}${load.waitedSeconds ? ` (after waiting ${load.waitedSeconds} s)` : ""}${load.busy ? " — BUSY: figures taken under load" : ""}`);
}

const UPLOADERS = 2;

/** Read signed in and signed out in turn: a page and its Word file. */
const READER_ADDRESSES = ["/provinces/an-giang", "/provinces/an-giang/report/2024/docx"];

/**
 * The overview's latency under wrk alone, then while uploaders post
 * workbooks that unpack to a million rows or hundreds of megabytes
 * (scripts/bench/uploads.ts): a hostile upload must not hold up the public.
 */
async function uploadLoad(app, wrkPath, serverPid) {
  const url = `${app}/`;
  const alone = await measure(wrkPath, url, SETTINGS, serverPid);
  const seconds = SETTINGS.warmupSeconds + SETTINGS.seconds + 4;
  let posting;
  const started = new Promise((resolve) => (posting = resolve));
  const uploads = capture("npx", ["tsx", "scripts/bench/uploads.ts", app, String(seconds), String(UPLOADERS)], {
    cwd: root,
    onStdout: (text) => text.startsWith("posting\n") && posting(),
  });
  // wrk starts once the uploaders have built their workbooks and signed in (that work is the bench's, not the
  // server's) and the first workbooks are on their way; no wait for the server to settle while uploads go on.
  const during = Promise.race([started, uploads]).then(() => new Promise((resolve) => setTimeout(resolve, 1000))).then(() => measure(wrkPath, url, SETTINGS));
  const [measured, output] = await Promise.all([during, uploads]);
  const uploader = JSON.parse(output.trim().split("\n").at(-1));
  await settle(serverPid);
  return { alone, during: measured, uploader, uploaders: UPLOADERS };
}

async function main() {
  const started = Date.now();
  const provider = process.argv.includes("--postgres") ? "postgresql" : "sqlite";
  const databaseOnly = process.argv.includes("--database-only");
  const results = { provider, startedAt: new Date(started).toISOString(), settings: SETTINGS, machine: { cpus: os.cpus().length, node: process.version }, pages: [], load: [] };
  // The bench's own secret, so nothing is written to the project's data/ folder.
  process.env.BETTER_AUTH_SECRET = crypto.randomBytes(32).toString("base64url");

  installDependencies();
  const programs = databaseOnly
    ? {}
    : ensurePrograms([
        { command: "wrk", pkg: "wrk" },
        { command: "nginx", pkg: "nginx-light" },
        ...(SETTINGS.lighthouseRuns > 0 ? [{ command: "chromium", pkg: "chromium", file: CHROME_PATH }] : []),
      ]);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dti-bench-"));
  onCleanup(() => fs.rmSync(work, { recursive: true, force: true }));

  const databaseUrl = provider === "postgresql" ? await scratchPostgres() : `file:${path.join(work, "bench.db")}`;
  const env = baseEnv({ DATABASE_URL: databaseUrl });
  generateClientFor(databaseUrl);
  step(`Scratch database: ${databaseUrl}`);
  run("npx", ["prisma", "migrate", "deploy"], { env, quiet: true });
  // With the demo accounts: the hostile uploads are posted by the demo admin.
  run("npx", ["tsx", "prisma/seed/index.ts", "--demo-accounts"], { env, quiet: true });
  step("Loading the synthetic scale dataset");
  results.dataset = JSON.parse(run("npx", ["tsx", "scripts/bench/dataset.ts"], { env, quiet: true }).trim().split("\n").at(-1));
  const d = results.dataset;
  console.log(`  ${d.units} synthetic units × ${d.indicators} indicators × ${d.quarters} quarters (${d.firstQuarter}–${d.lastQuarter}): ${d.syntheticObservations} figures in ${d.seconds} s; ${d.allObservations} in all`);

  if (!databaseOnly) {
    step(`Building the app for ${provider}`);
    run("npx", ["next", "build"], { env: { ...env, NODE_ENV: "production" }, quiet: true });
    markBuild(databaseUrl);
    await httpMeasurements(env, work, programs, results);
  }

  await quiet(results, "the database measurements");
  step("Database: the comparison's query, 8 writers, a 100,000-figure import");
  const databaseOut = path.join(work, "database.json");
  const exit = await runChild("npx", ["tsx", "--conditions=react-server", "scripts/bench/database.ts", databaseOut], { cwd: root, env: { ...env, NODE_ENV: "production" } });
  results.database = fs.existsSync(databaseOut) ? JSON.parse(fs.readFileSync(databaseOut, "utf8")) : {};
  if (exit !== 0) results.database.error = `scripts/bench/database.ts exited ${exit}`;

  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  results.verdicts = verdicts(results);
  const file = path.join(root, "bench-results", `${provider}-${results.startedAt.replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  const loads = results.load.map((l) => `before ${l.phase}: ${describeLoad(l)}${l.busy ? " (BUSY)" : ""}`).join("\n");
  const busy = results.load.some((l) => l.busy);
  if (!databaseOnly) {
    console.log(`\nThroughput (${SETTINGS.connections} connections, ${SETTINGS.seconds} s each, ${provider})\n`);
    console.log(throughputTable(results.pages));
  }
  if (results.bare) {
    console.log(`\nLighthouse mobile, median of ${SETTINGS.lighthouseRuns}, against a bare Next app of the same versions in the same run\n`);
    console.log(lighthouseTable(results));
  }
  console.log(`\n${loads}${busy ? "\nTAKEN UNDER LOAD (BENCH_ALLOW_BUSY=1): these figures measure the other work too, not a report." : ""}`);
  console.log(`\nTargets (${provider})\n`);
  console.log(verdictTable(results.verdicts));
  const judged = results.verdicts.filter((v) => v.pass !== null);
  console.log(`\n${judged.filter((v) => v.pass).length} of ${judged.length} targets met. Took ${results.totalSeconds} s. Figures: ${path.relative(root, file)}`);
  if (results.database.error) throw new Error(results.database.error);
}

try {
  await main();
  await cleanUp();
} catch (error) {
  const cause = error instanceof Error && error.cause ? ` (${error.cause instanceof Error ? error.cause.message : error.cause})` : "";
  console.error(`\nBench failed: ${error instanceof Error ? error.message : error}${cause}`);
  if (serverLog && fs.existsSync(serverLog)) console.error(`\nThe server's last words:\n${fs.readFileSync(serverLog, "utf8").split("\n").slice(-30).join("\n")}`);
  await cleanUp();
  process.exit(1);
}
