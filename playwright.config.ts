import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3311";
// Chromium comes from Debian (apt), never from a download.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    // Opened as people open `npm start`: by name, not by the address it listens on.
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Read-only checks of the seeded public pages first…
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /journey/, dependencies: ["setup"] },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/, testIgnore: /journey/, dependencies: ["setup"] },
    // …then the journeys, which change what is published.
    { name: "journeys", testMatch: /journey\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: port },
  },
});
