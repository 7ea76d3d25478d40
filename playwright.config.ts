import { defineConfig } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// The config runs again in every worker: create the run's own database once and let the
// workers and the web server inherit it through the environment.
process.env.E2E_DATABASE_URL ??= `file:${join(mkdtempSync(join(tmpdir(), "crosscheck-e2e-")), "e2e.db")}`;
const port = Number(process.env.E2E_PORT ?? 3100);
// A second server in accounts mode (e2e/auth.spec.ts): its own database beside the first one,
// its admin made by the CLI before it starts, with a password made for this run only.
const accountsPort = port + 50;
process.env.E2E_ACCOUNTS_DATABASE_URL ??= `file:${join(dirname(process.env.E2E_DATABASE_URL.slice("file:".length)), "accounts.db")}`;
process.env.E2E_ACCOUNTS_URL ??= `http://127.0.0.1:${accountsPort}`;
process.env.E2E_ADMIN_EMAIL ??= "admin@e2e.test";
process.env.E2E_ADMIN_PASSWORD ??= randomBytes(18).toString("base64url");
const accountsEnv = {
  DATABASE_URL: process.env.E2E_ACCOUNTS_DATABASE_URL,
  CROSSCHECK_AUTH: "accounts",
  CROSSCHECK_URL: process.env.E2E_ACCOUNTS_URL,
  CROSSCHECK_AUTH_SECRET: (process.env.E2E_AUTH_SECRET ??= randomBytes(36).toString("base64url")),
  CROSSCHECK_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
  NEXT_TELEMETRY_DISABLED: "1",
};

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
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      // migrations first, as the start command does: the server is up before any global setup runs
      command: `node --import tsx/esm packages/db/scripts/deploy.ts && pnpm --filter @crosscheck/web exec next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/trpc/health.get`,
      reuseExistingServer: false,
      timeout: 120_000,
      // e2e/import.spec.ts serves an article on this loopback port and imports it by URL
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        NEXT_TELEMETRY_DISABLED: "1",
        CROSSCHECK_FETCH_ALLOW_HOSTS: `127.0.0.1:${port + 61}`,
      },
    },
    {
      // the password goes to the CLI on standard input, never as an argument
      command:
        `node --import tsx/esm packages/db/scripts/deploy.ts && ` +
        `printf '%s' "$CROSSCHECK_ADMIN_PASSWORD" | node --import tsx/esm apps/cli/src/main.ts user create --email ${process.env.E2E_ADMIN_EMAIL} --name "E2E Admin" --admin --only-if-none && ` +
        `pnpm --filter @crosscheck/web exec next start -p ${accountsPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${accountsPort}/api/trpc/health.get`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: accountsEnv,
    },
  ],
});
