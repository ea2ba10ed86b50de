// Lighthouse (npm, a devDependency) in Debian's Chromium: mobile, its
// defaults (emulated phone, simulated slow 4G and CPU), median of several runs
// because scores move by a few points between runs on a small machine.
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

/** Scores (0–100) per category, each the median of `runs` runs, with every run's scores. */
export async function lighthouseMedian(url, { runs, chromePath, workDir }) {
  const lighthouse = path.join(root, "node_modules", ".bin", "lighthouse");
  const all = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(workDir, `lighthouse-${Date.now()}.json`);
    await capture(lighthouse, [url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(",")}`], {
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    fs.rmSync(out, { force: true });
    if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
    all.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])));
  }
  return { median: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((run) => run[c]))])), runs: all };
}
