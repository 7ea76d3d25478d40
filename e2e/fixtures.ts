import { test as base, expect } from "@playwright/test";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");

interface Workspace {
  slug: string;
  name: string;
}

/** Imports files into a workspace (made if new) through the real CLI, which then re-runs the analysis. */
async function importWithCli(slug: string, name: string, paths: string[]): Promise<void> {
  await run(
    process.execPath,
    ["--import", "tsx/esm", join(root, "apps/cli/src/main.ts"), "import", ...paths, "--workspace", slug, "--name", name],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    },
  );
}

/** Each test imports its own uniquely named workspace through the real CLI, and may import more into it later. */
export const test = base.extend<{
  importWorkspace: (paths?: string[]) => Promise<Workspace>;
  importMore: (workspace: Workspace, paths: string[]) => Promise<void>;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none
  importWorkspace: async ({}, use, testInfo) => {
    await use(async (paths = [join(root, "seeds")]) => {
      const slug = `e2e-${testInfo.workerIndex}-${randomUUID().slice(0, 8)}`;
      const name = `E2E ${slug}`;
      await importWithCli(slug, name, paths);
      return { slug, name };
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none
  importMore: async ({}, use) => {
    await use((workspace, paths) => importWithCli(workspace.slug, workspace.name, paths));
  },
});

export { expect };
