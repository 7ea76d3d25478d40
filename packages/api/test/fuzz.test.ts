import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/root.ts";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { arbitraryInput, type KnownValues } from "./fuzz/arbitrary-input.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();
/** Inputs per procedure; with some forty procedures that is thousands of calls per provider. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// Last, so that a lucky delete does not leave the other procedures nothing to work on.
const DESTRUCTIVE = /delete|remove|logout/i;

type Procedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
type Callable = (input: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Callable {
  return path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
}

describe("fuzzing every procedure", () => {
  let known: KnownValues;

  beforeAll(async () => {
    const ws = await api.workspace("Fuzzed");
    const reviewer = await ensureLocalReviewer(api.db);
    await importSources(
      api.db,
      ws.id,
      readSeedDrafts().map((draft) => ({ ok: true as const, draft })),
      reviewer.id,
    );
    await runAnalysis(api.db, ws.id, reviewer.id);
    const select = { where: { workspaceId: ws.id }, select: { id: true }, take: 5 } as const;
    const ids = [
      ...(await api.db.article.findMany(select)),
      ...(await api.db.claim.findMany(select)),
      ...(await api.db.claimGroup.findMany(select)),
      ...(await api.db.entity.findMany(select)),
      ...(await api.db.discrepancy.findMany({ where: { group: { workspaceId: ws.id } }, select: { id: true }, take: 5 })),
      { id: reviewer.id },
    ].map((row) => row.id);
    known = { workspace: ws.slug, ids };
  });

  it("answers thousands of random and malformed inputs with clear errors, never an internal one", async () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>)
      .filter(([, p]) => p._def.type !== "subscription")
      .sort(([a], [b]) => Number(DESTRUCTIVE.test(a)) - Number(DESTRUCTIVE.test(b)) || a.localeCompare(b));
    expect(procedures.length).toBeGreaterThan(20);
    const internal: string[] = [];
    let calls = 0;
    for (const [path, procedure] of procedures) {
      const schema = procedure._def.inputs[0] as Parameters<typeof arbitraryInput>[0];
      const inputs = fc.sample(arbitraryInput(schema, known), { numRuns: RUNS, seed: hashPath(path) });
      const call = procedureAt(api.caller, path);
      for (const input of inputs) {
        calls++;
        try {
          await call(input);
        } catch (error) {
          const code = error instanceof TRPCError ? error.code : "NOT_A_TRPC_ERROR";
          if (code === "INTERNAL_SERVER_ERROR" || code === "NOT_A_TRPC_ERROR") {
            internal.push(`${path}(${preview(input)}): ${code} ${(error as Error).message.slice(0, 160)}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(procedures.length * RUNS);
    expect(internal.slice(0, 20)).toEqual([]);
    // the database still answers and the seeded workspace is whole unless a delete procedure hit it
    expect(await api.db.workspace.count()).toBeGreaterThanOrEqual(0);
  }, 600_000);
});

/** A fixed seed per procedure: a failure reproduces, and a new procedure does not reshuffle the others. */
function hashPath(path: string): number {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function preview(input: unknown): string {
  try {
    return JSON.stringify(input)?.slice(0, 120) ?? String(input);
  } catch {
    return typeof input;
  }
}
