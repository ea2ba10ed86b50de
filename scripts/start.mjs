#!/usr/bin/env node
// `npm start`: set up (install, migrate, seed an empty database), build when
// the sources changed since the last build, and serve on PORT (default 3000).
// The end-to-end tests serve through `serverEnv` and `buildIfStale` too, so
// they meet the app with the defaults people get.
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { baseEnv, buildIsCurrent, markBuild, root, run, step } from "./lib/run.mjs";
import { setup } from "./setup.mjs";

const SOURCES = ["app", "components", "features", "lib", "prisma", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

/** What the server runs with: the address people open it at is APP_URL, else http://localhost:PORT; it listens on every interface. */
export function serverEnv(databaseUrl, port) {
  return baseEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "production", PORT: port, APP_URL: process.env.APP_URL ?? `http://localhost:${port}` });
}

/** Builds the app when a source is newer than the last build, or the build was for another database provider. */
export function buildIfStale(env, databaseUrl) {
  if (buildIsCurrent(SOURCES, databaseUrl)) return step("The build is up to date");
  step("Building the app");
  run("npx", ["next", "build"], { env });
  markBuild(databaseUrl);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const databaseUrl = setup();
    const port = process.env.PORT ?? "3000";
    const env = serverEnv(databaseUrl, port);
    buildIfStale(env, databaseUrl);
    step(`Serving on http://localhost:${port}`);
    const server = spawn("node", ["scripts/serve.mjs"], { cwd: root, env, stdio: "inherit", detached: true });
    const stop = (signal) => {
      try {
        process.kill(-server.pid, signal);
      } catch {
        // already gone
      }
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    server.on("exit", (code) => process.exit(code ?? 0));
  } catch (error) {
    console.error(`\nStart failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
