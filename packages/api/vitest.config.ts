import { defineConfig } from "vitest/config";

// The API suite runs twice, once per database provider. Each test file migrates its own
// database; files run one after another to spare the 2 cores.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], env: { TEST_PROVIDER: "sqlite" } } },
      { extends: true, test: { name: "postgres", include: ["test/**/*.test.ts"], env: { TEST_PROVIDER: "postgres" } } },
    ],
  },
});
