// Lighthouse (npm, a devDependency) in Debian's Chromium: mobile, its
// defaults (emulated phone, simulated slow 4G and CPU), median of several runs
// because scores move by a few points between runs on a small machine, the
// pages' runs interleaved with a bare Next app's (scripts/bench/bare-app.mjs).
import fs from "node:fs";
import path from "node:path";
import { root } from "../lib/run.mjs";
import { capture } from "./http.mjs";

// --host-resolver-rules: without it Chromium still looks up Google's hosts (there is no network here).
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  '--host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"',
].join(" ");

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One Lighthouse run: scores (0–100) per category and the total blocking time (ms). */
async function lighthouseRun(url, { chromePath, workDir }) {
  const lighthouse = path.join(root, "node_modules", ".bin", "lighthouse");
  const out = path.join(workDir, `lighthouse-${Date.now()}.json`);
  await capture(lighthouse, [url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(",")}`], {
    env: { ...process.env, CHROME_PATH: chromePath },
  });
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(out, { force: true });
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
    tbtMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? NaN),
  };
}

/**
 * Lighthouse on every target, interleaved (run 1 of each, then run 2 of
 * each…) so that a change in the machine's state falls on all of them alike;
 * per target the median of each score and of the total blocking time, with
 * every run. A run Lighthouse fails (now and then it cannot record its trace)
 * is tried once more; a target is reported on the runs it completed, with
 * how many failed, and gets `error` instead only if none completed.
 */
export async function lighthouseInterleaved(targets, { runs, chromePath, workDir }) {
  const all = new Map(targets.map((t) => [t.name, []]));
  const failures = new Map(targets.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const target of targets) {
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          all.get(target.name).push(await lighthouseRun(target.url, { chromePath, workDir }));
          break;
        } catch (error) {
          failures.get(target.name).push(error instanceof Error ? error.message : String(error));
        }
      }
    }
  }
  return Object.fromEntries(
    targets.map(({ name }) => {
      const runsOf = all.get(name);
      const failed = failures.get(name);
      if (runsOf.length === 0) return [name, { error: failed.at(-1) }];
      const keys = [...CATEGORIES, "tbtMs"];
      return [name, { median: Object.fromEntries(keys.map((k) => [k, median(runsOf.map((run) => run[k]))])), runs: runsOf, failedRuns: failed.length }];
    }),
  );
}
