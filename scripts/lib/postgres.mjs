// A throwaway PostgreSQL server for the tests: Debian's `postgresql` package
// (installed with apt when missing and running as root), a cluster in a temp
// dir owned by the `postgres` user, listening on 127.0.0.1 only, stopped and
// removed afterwards. TEST_DATABASE_URL points the tests at a server instead.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { step } from "./run.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function binDir() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : null;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const asPostgres = (command, args) => spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" });

/**
 * { url } of a server the tests may create databases on, with `stop()`;
 * or { reason } when none can be had here.
 */
export async function postgresForTests() {
  const given = process.env.TEST_DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) return { url: given, stop: () => {} };

  let bin = binDir();
  if (!bin && isRoot) {
    step("Installing Debian's PostgreSQL for the tests (apt-get install postgresql)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env });
    bin = binDir();
  }
  if (!bin) return { reason: "PostgreSQL is not installed and cannot be installed here (needs root and apt)" };
  if (!isRoot) return { reason: "starting a throwaway PostgreSQL cluster needs root (to run it as the postgres user)" };

  step("Starting a throwaway PostgreSQL cluster on 127.0.0.1");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-pg-"));
  fs.chmodSync(dir, 0o755);
  spawnSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  const init = asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  if (init.status !== 0) return { reason: `initdb failed: ${init.stderr}` };
  const port = await freePort();
  const start = asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`, "-l", path.join(dir, "log"), "-w", "start"]);
  if (start.status !== 0) return { reason: `pg_ctl start failed: ${start.stderr}${fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8") : ""}` };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
