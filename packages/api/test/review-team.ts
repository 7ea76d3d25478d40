import type { Db } from "@crosscheck/db";
import { createCaller } from "../src/root.ts";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { readSeedDrafts } from "./test-api.ts";

export type Caller = ReturnType<typeof createCaller>;

/** A workspace with the seed articles imported and analysed, as the local reviewer would. */
export async function seedWorkspace(db: Db, workspace: { id: string }) {
  const local = await ensureLocalReviewer(db);
  await importSources(
    db,
    workspace.id,
    readSeedDrafts().map((draft) => ({ ok: true as const, draft })),
    local.id,
  );
  await runAnalysis(db, workspace.id, local.id);
  return local;
}

/** Reviewers with accounts (not the local user) and a membership each, and a caller signed in as each. */
export async function createTeam<const N extends string>(db: Db, workspaceId: string, roles: Record<N, "viewer" | "reviewer" | "admin">) {
  const team = {} as Record<N, { id: string; name: string; caller: Caller }>;
  for (const [name, role] of Object.entries(roles) as [N, "viewer" | "reviewer" | "admin"][]) {
    const reviewer = await db.reviewer.create({
      data: { name: `${name} ${Math.random().toString(36).slice(2, 6)}` },
      select: { id: true, name: true },
    });
    await db.membership.create({ data: { workspaceId, reviewerId: reviewer.id, role } });
    team[name] = { ...reviewer, caller: createCaller({ db, reviewer: { ...reviewer, isLocal: false } }) };
  }
  return team;
}

/** Settles every promise and splits the outcomes, for racing writers. */
export async function race<T>(attempts: Promise<T>[]) {
  const outcomes = await Promise.allSettled(attempts);
  const won = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: string; message: string }] : []));
  return { won, lost };
}
