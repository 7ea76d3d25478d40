import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The config runs again in every worker: create the run's own database once and let the
// workers and the web server inherit it through the environment.
process.env.E2E_DATABASE_URL ??= `file:${join(mkdtempSync(join(tmpdir(), "crosscheck-e2e-")), "e2e.db")}`;
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 1,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // migrations first, as the start command does: the server is up before any global setup runs
    command: `node --import tsx/esm packages/db/scripts/deploy.ts && pnpm --filter @crosscheck/web exec next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/trpc/health.get`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_URL: process.env.E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
