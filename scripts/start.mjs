#!/usr/bin/env node
// `npm start`: set up (install, migrate, seed an empty database), build when
// the sources changed since the last build, and serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { baseEnv, buildIsCurrent, markBuild, root, run, step } from "./lib/run.mjs";
import { setup } from "./setup.mjs";

const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

try {
  const databaseUrl = setup();
  const port = process.env.PORT ?? "3000";
  const env = baseEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "production", APP_URL: process.env.APP_URL ?? `http://localhost:${port}` });

  if (!buildIsCurrent(SOURCES, databaseUrl)) {
    step("Building the app");
    run("npx", ["next", "build"], { env });
    markBuild(databaseUrl);
  } else {
    step("The build is up to date");
  }

  step(`Serving on http://localhost:${port}`);
  const server = spawn("node", ["scripts/serve.mjs"], { cwd: root, env: { ...env, PORT: port }, stdio: "inherit", detached: true });
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
