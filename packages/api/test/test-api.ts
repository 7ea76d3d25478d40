import { createTestDatabase, type TestDatabase, type TestProvider } from "@crosscheck/db/testing";
import { draftArticle } from "@crosscheck/ingest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@crosscheck/db";
import { createContext, type Context } from "../src/context.ts";
import { createAccount } from "../src/services/auth/create-account.ts";
import { createCaller } from "../src/root.ts";
import { ensureWorkspace } from "../src/services/workspace/ensure-workspace.ts";

export const provider = (process.env.TEST_PROVIDER ?? "sqlite") as TestProvider;
export const seedsDir = join(import.meta.dirname, "..", "..", "..", "seeds");

export function readSeedDrafts() {
  const manifest = JSON.parse(readFileSync(join(seedsDir, "manifest.json"), "utf8")) as {
    file: string;
    title: string | null;
    outlet: string | null;
    author: string | null;
    url: string | null;
    publishedAt: string | null;
  }[];
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
    state.caller = createCaller(await createContext(state.database.db, { mode: "local" }));
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

let accountCounter = 0;

/** A reviewer with an account (accounts mode) and a caller signed in as them, from a given address. */
export async function signedInCaller(db: Db, options: { name?: string; isAdmin?: boolean; address?: string } = {}) {
  const name = options.name ?? `Reviewer ${++accountCounter}`;
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const reviewer = await createAccount(db, { email, name, password: "correct horse battery staple", isAdmin: options.isAdmin ?? false });
  const context: Context = {
    db,
    reviewer: { id: reviewer.id, name: reviewer.name, email, isLocal: false, isAdmin: reviewer.isAdmin },
    mode: "accounts",
    clientAddress: options.address ?? "192.0.2.1",
  };
  return { reviewer: { ...reviewer, email }, caller: createCaller(context), context };
}

/** Makes a reviewer a member of a workspace with a role (directly, as a fixture). */
export async function addMembership(db: Db, workspaceId: string, reviewerId: string, role: "viewer" | "reviewer" | "admin") {
  await db.membership.create({ data: { workspaceId, reviewerId, role }, select: { role: true } });
}
