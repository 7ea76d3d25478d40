import { createTestDatabase, type TestDatabase, type TestProvider } from "@crosscheck/db/testing";
import { draftArticle } from "@crosscheck/ingest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createContext } from "../src/context.ts";
import { createCaller } from "../src/root.ts";
import { ensureWorkspace } from "../src/services/workspace/ensure-workspace.ts";

export const provider = (process.env.TEST_PROVIDER ?? "sqlite") as TestProvider;
export const seedsDir = join(import.meta.dirname, "..", "..", "..", "seeds");

export function readSeedDrafts() {
  const manifest = JSON.parse(readFileSync(join(seedsDir, "manifest.json"), "utf8")) as { file: string; title: string | null; outlet: string | null; author: string | null; url: string | null; publishedAt: string | null }[];
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => draftArticle(readFileSync(join(seedsDir, file), "utf8"), file, manifest.find((m) => m.file === file) ?? null));
}

/** A migrated database of this file's own, and a tRPC caller signed in as the local reviewer. */
export function useTestApi() {
  const state = {} as { database: TestDatabase; caller: ReturnType<typeof createCaller> };
  beforeAll(async () => {
    state.database = await createTestDatabase(provider);
    state.caller = createCaller(await createContext(state.database.db));
  });
  afterAll(async () => state.database?.drop());
  return {
    get db() {
      return state.database.db;
    },
    get caller() {
      return state.caller;
    },
    async workspace(name: string) {
      return ensureWorkspace(state.database.db, `${name}-${Math.random().toString(36).slice(2, 8)}`, name);
    },
  };
}
