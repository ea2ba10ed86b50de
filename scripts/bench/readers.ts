// Public reads for the bench (scripts/bench.mjs), as readers make them:
// - a signed-in reader against a signed-out one, request by request in turn,
//   for each address given (a page and the Word file): the server should
//   answer both from one kept copy;
// - what one view of a page costs the server: the requests it sends to the
//   app (not the static files) on load, and after the reader reaches for one
//   link (a prefetch), in Chromium, and how many of them were rendered rather
//   than answered from the kept copies. Every request that reaches the app is
//   counted as a render, since a kept copy expires after 30 s.
// Prints JSON on its last line.
// Usage: tsx scripts/bench/readers.ts <app URL> <chromium> <page to view> <address>...
import { chromium } from "@playwright/test";
import { signIn } from "./session";

const [given, chromePath, viewed, ...addresses] = process.argv.slice(2);
if (!given || !chromePath || !viewed || addresses.length === 0) throw new Error("usage: readers.ts <app URL> <chromium> <page to view> <address>...");
const base: string = given;
const page: string = viewed;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function timed(url: string, cookie?: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "br, gzip", ...(cookie ? { cookie } : {}) } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, kept: response.headers.get("x-dti-cache") === "hit" };
}

/** Signed out and signed in, one after the other, ROUNDS times after one each to warm up. */
const ROUNDS = 15;
async function signedInAgainstOut(address: string, cookie: string) {
  const out: number[] = [];
  const signedIn: number[] = [];
  let keptForSignedIn = 0;
  await timed(base + address);
  await timed(base + address, cookie);
  for (let i = 0; i < ROUNDS; i++) {
    out.push((await timed(base + address)).ms);
    const answer = await timed(base + address, cookie);
    signedIn.push(answer.ms);
    if (answer.kept) keptForSignedIn += 1;
  }
  return { address, signedOutMs: round(median(out)), signedInMs: round(median(signedIn)), keptForSignedIn, rounds: ROUNDS };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Files the server sends as they are, rendering nothing: scripts, styles, icons, the manifest. */
const STATIC_FILES = /^\/(_next\/static\/|favicon\.ico$|icon\.svg$|icons\/|manifest\.webmanifest$)/;

async function oneView(path: string) {
  const browser = await chromium.launch({ executablePath: chromePath });
  try {
    const page = await browser.newPage();
    const requests: { url: string; kept: boolean; prefetch: boolean }[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin !== new URL(base).origin || STATIC_FILES.test(url.pathname)) return;
      requests.push({ url: url.pathname + url.search, kept: response.headers()["x-dti-cache"] === "hit", prefetch: Boolean(response.request().headers()["next-router-prefetch"]) });
    });
    await page.goto(base + path, { waitUntil: "networkidle" });
    const onLoad = [...requests];
    await page.locator("main a[href^='/']").first().hover();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000);
    const rendered = (list: typeof requests) => list.filter((r) => !r.kept).length;
    return { path, onLoad: { requests: onLoad.length, rendered: rendered(onLoad) }, afterReaching: { requests: requests.length, rendered: rendered(requests), prefetches: requests.filter((r) => r.prefetch).length }, addresses: requests.map((r) => r.url) };
  } finally {
    await browser.close();
  }
}

async function main() {
  const cookie = await signIn(base);
  const reads = [];
  for (const address of addresses) reads.push(await signedInAgainstOut(address, cookie));
  const view = await oneView(page);
  console.log(JSON.stringify({ reads, view }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
