// What `npm run bench` needs from the machine: Debian's wrk, nginx and
// Chromium (installed with apt when missing and running as root, as the
// tests do for PostgreSQL), free ports, and child processes that are all
// stopped when the bench ends, fails or is interrupted.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { step } from "../lib/run.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** nginx lives in /usr/sbin, which is not on every user's PATH. */
export function findCommand(name) {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/sbin", "/usr/local/sbin"];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

/**
 * The programs the bench runs, by Debian package: { wrk: "/usr/bin/wrk", … }.
 * Missing ones are installed with apt as root; otherwise throws naming them.
 */
export function ensurePrograms(packages) {
  const located = () => Object.fromEntries(packages.map(({ command, file }) => [command, file ? (fs.existsSync(file) ? file : null) : findCommand(command)]));
  let found = located();
  let missing = packages.filter(({ command }) => !found[command]);
  if (missing.length > 0 && isRoot && findCommand("apt-get")) {
    const names = missing.map((p) => p.pkg);
    step(`Installing Debian's ${names.join(", ")} for the bench (apt-get install)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names], { stdio: "inherit", env });
    found = located();
    missing = packages.filter(({ command }) => !found[command]);
  }
  if (missing.length > 0) {
    throw new Error(
      `the bench needs ${missing.map((p) => `${p.command} (Debian package ${p.pkg})`).join(", ")}, which ${missing.length > 1 ? "are" : "is"} missing.\n` +
        `Install as root:  sudo apt-get install -y ${missing.map((p) => p.pkg).join(" ")}`,
    );
  }
  return found;
}

// Ports other runs on this machine hold (end-to-end tests, a shared server, a PostgreSQL).
const RESERVED = new Set([3000, 3311, 3500, 55432]);

export async function freePort() {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
      server.on("error", reject);
    });
    if (!RESERVED.has(port)) return port;
  }
}

/** Waits until something accepts connections on the port, or the child dies. */
export async function waitForPort(port, child, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.spawnargs.join(" ")} exited (${child.exitCode}) before listening on ${port}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing listened on port ${port} within ${seconds} s`);
}

const children = new Set();
const cleanups = [];

/**
 * Starts a long-running child in a process group of its own, so stopping it
 * also stops whatever it started; output goes to `log` (a file path).
 */
export function startChild(command, args, { env, cwd, log }) {
  const out = fs.openSync(log, "a");
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out], detached: true });
  fs.closeSync(out);
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Runs a child to its end with its output shown, in a group of its own that a Ctrl-C of the bench also stops; resolves with its exit code. */
export function runChild(command, args, { env, cwd }) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? signal);
    });
  });
}

/** Stops a child's process group: TERM, then KILL after a few seconds. */
export async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** Something to undo when the bench ends, in reverse order of registration (a cluster to stop, a client to regenerate). */
export function onCleanup(fn) {
  cleanups.push(fn);
}

let cleaning = null;
export function cleanUp() {
  cleaning ??= (async () => {
    for (const child of [...children]) await stopChild(child);
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`Clean-up step failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  })();
  return cleaning;
}

// Ctrl-C or a kill stops every child and undoes what the bench changed before exiting.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\nBench interrupted (${signal}); cleaning up.`);
    cleanUp().finally(() => process.exit(130));
  });
}
// A last resort if the bench exits some other way: no server or nginx is left behind.
process.on("exit", () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});
