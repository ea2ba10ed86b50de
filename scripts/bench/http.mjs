// The bench's HTTP measurements: wrk against a URL, an nginx of the bench's
// own (a proxy_cache in front of the app, and a server of saved copies of the
// same pages), and the JavaScript a page makes a browser download first.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { startChild, waitForPort } from "./tools.mjs";

/** Runs a command to its end without blocking the event loop (so Ctrl-C is handled); resolves with its output. */
export function capture(command, args, { onStdout, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      onStdout?.(stdout);
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${path.basename(command)} exited ${code}: ${stderr.trim().slice(-2000)}`))));
  });
}

const getOnce = (url) =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });

/**
 * A GET on a connection of its own. Not fetch: its pooled connections race
 * the server's keep-alive timer, which a busy server lets expire between two
 * requests, and the second fails with "other side closed". A connection the
 * server drops is tried twice more, saying so; the error names the URL.
 */
export async function get(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getOnce(url);
    } catch (error) {
      const message = `GET ${url}: ${error instanceof Error ? error.message : error}`;
      if (attempt === 3) throw new Error(message);
      console.warn(`  ${message}; trying again`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const toMs = (text) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  return match ? Number(match[1]) * UNIT_MS[match[2]] : NaN;
};

/** Reads wrk's report: requests per second, p50 and p99 latency (ms), and anything that went wrong. */
export function parseWrk(output) {
  const number = (re) => Number(re.exec(output)?.[1] ?? NaN);
  const latency = (pct) => toMs(new RegExp(`^\\s+${pct}%\\s+(\\S+)`, "m").exec(output)?.[1] ?? "");
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const requests = number(/(\d+) requests in/);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    // No answer within the run: no latency to speak of.
    p50Ms: requests > 0 ? latency(50) : null,
    p99Ms: requests > 0 ? latency(99) : null,
    requests,
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/) || 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/**
 * wrk against one URL: a warm-up run, then the measured one. A long timeout
 * keeps slow answers in the latency figures instead of dropping them. With
 * `serverPid`, waits after each run until the app has finished the requests
 * wrk gave up on. `skipWarmup` for a page so slow that a warm-up would only
 * leave a backlog (requests made before have warmed it).
 */
export async function measure(wrkPath, url, { connections, seconds, threads, warmupSeconds }, serverPid, { skipWarmup = false } = {}) {
  const args = (s) => ["-t", String(threads), "-c", String(connections), "-d", `${s}s`, "--timeout", "30s", "--latency", url];
  let settleSeconds = 0;
  if (warmupSeconds > 0 && !skipWarmup) {
    await capture(wrkPath, args(warmupSeconds));
    if (serverPid) settleSeconds += await settle(serverPid);
  }
  const result = parseWrk(await capture(wrkPath, args(seconds)));
  if (serverPid) settleSeconds += await settle(serverPid);
  return { ...result, settleSeconds };
}

/** Milliseconds one request takes with nothing else going on: the median of three, after one to warm up. */
export async function singleRequestMs(url) {
  const times = [];
  for (let i = 0; i < 4; i++) {
    const started = performance.now();
    const response = await get(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (i > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1];
}

const cpuTicks = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime, fields 14 and 15 of the whole line.
  return Number(fields[11]) + Number(fields[12]);
};

/**
 * Waits until the process is idle (under 5 % of a core for half a second):
 * a page slower than wrk's run leaves the server working through requests
 * whose clients are gone, which would slow the next measurement. Returns the
 * seconds waited; gives up after `maxSeconds`.
 */
export async function settle(pid, maxSeconds = 600) {
  const started = Date.now();
  for (let before = cpuTicks(pid); Date.now() - started < maxSeconds * 1000; ) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuTicks(pid);
    // Clock ticks are hundredths of a second on Linux: 2.5 ticks in 500 ms is 5 %.
    if (now - before <= 2) break;
    before = now;
  }
  return Math.round((Date.now() - started) / 100) / 10;
}

/**
 * nginx in the foreground, from a folder of its own: a proxy_cache in front of
 * the app on `proxyPort` and the saved copies under `pages/` on `staticPort`.
 * No proxy_cache_valid: what is kept, and for how long, is what the app's
 * Cache-Control says (s-maxage, stale-while-revalidate).
 */
export async function startNginx(nginxPath, dir, { appPort, proxyPort, staticPort }) {
  for (const sub of ["cache", "temp", "pages"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  // As root, nginx's workers run as nobody: they must read the copies, and write the cache and the
  // temp files a response larger than the proxy's buffers goes through.
  fs.chmodSync(dir, 0o755);
  for (const sub of ["cache", "temp"]) fs.chmodSync(path.join(dir, sub), 0o777);
  const conf = `
daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; }
  default_type text/html;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  proxy_cache_path ${dir}/cache keys_zone=bench:10m max_size=1g;
  # A signed-in request is never served from or stored in the cache (scripts/lib/shared-cache.mjs).
  # A map, because nginx reads $cookie_better-auth.session_token as $cookie_better and text.
  map $http_cookie $signed_in {
    default 0;
    "~(^|;\\s*)(__Secure-)?better-auth\\." 1;
  }
  upstream app {
    server 127.0.0.1:${appPort};
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_cache bench;
      # As README's example: the query string is part of the key (the comparison's choice lives in it).
      proxy_cache_key $scheme$host$request_uri$http_rsc;
      proxy_cache_bypass $signed_in;
      proxy_no_cache $signed_in;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      add_header X-Cache $upstream_cache_status always;
    }
  }
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/pages;
    # /compare?… is served /compare.html: the same bytes whatever the query.
    location / { try_files $uri.html $uri/index.html =404; }
  }
}
`;
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  const nginx = startChild(nginxPath, ["-c", confFile, "-p", dir], { log: path.join(dir, "nginx.out") });
  await waitForPort(proxyPort, nginx, 20);
  await waitForPort(staticPort, nginx, 20);
  return nginx;
}

/** Saves the page as the app serves it, where the static server finds it under the same path. */
export async function saveCopy(appUrl, pagePath, pagesDir) {
  const response = await get(new URL(pagePath, appUrl));
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  const { pathname } = new URL(pagePath, appUrl);
  const file = pathname === "/" ? path.join(pagesDir, "index.html") : path.join(pagesDir, `${decodeURIComponent(pathname)}.html`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = response.body;
  fs.writeFileSync(file, body);
  fs.chmodSync(file, 0o644);
  for (let d = path.dirname(file); d.startsWith(pagesDir); d = path.dirname(d)) fs.chmodSync(d, 0o755);
  return body.length;
}

/** The proxy's verdict on the page (MISS the first time, then HIT), from nginx's X-Cache. */
export async function cacheStatus(proxyUrl) {
  const response = await get(proxyUrl);
  return { status: response.status, xCache: response.headers["x-cache"] ?? null, cacheControl: response.headers["cache-control"] ?? null };
}

const gzipSize = (bytes) => zlib.gzipSync(bytes).length;

/**
 * First-load JavaScript of a page, gzipped as a server would send it: every
 * external script the HTML loads (a browser skips `nomodule` ones) and every
 * inline script (Next puts the page's data for hydration there).
 */
export async function firstLoadJs(appUrl, pagePath) {
  const html = (await get(new URL(pagePath, appUrl))).body.toString("utf8");
  let chunks = 0;
  let inline = 0;
  const sources = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bnomodule\b/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src) sources.push(src.replace(/&amp;/g, "&"));
    else inline += gzipSize(Buffer.from(body));
  }
  for (const src of new Set(sources)) {
    const response = await get(new URL(src, appUrl));
    if (response.status !== 200) throw new Error(`${src} answered ${response.status}`);
    chunks += gzipSize(response.body);
  }
  return { chunksGzipBytes: chunks, inlineGzipBytes: inline, totalGzipBytes: chunks + inline, scripts: new Set(sources).size };
}
