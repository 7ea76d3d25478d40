import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { runAnalysis } from "./run-analysis.ts";

const STALE_AFTER_MS = 10 * 60_000;

/**
 * Starts a re-analysis in the background and returns at once; the page polls the run's progress.
 * One run per workspace at a time (a run that stopped reporting long ago no longer blocks).
 */
export async function startAnalysis(db: Db, workspaceId: string, reviewerId: string): Promise<{ started: true }> {
  const running = await db.analysisRun.findFirst({
    where: { workspaceId, status: "running", startedAt: { gt: new Date(Date.now() - STALE_AFTER_MS) } },
    select: { id: true },
  });
  if (running) throw new DomainError("BUSY", "An analysis of this workspace is already running; wait for it to finish.");
  void runAnalysis(db, workspaceId, reviewerId).catch((error: unknown) => {
    console.error("analysis failed", error);
  });
  return { started: true };
}

export async function getAnalysisStatus(db: Db, workspaceId: string) {
  return db.analysisRun.findFirst({
    where: { workspaceId },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, stage: true, done: true, total: true, error: true, startedAt: true, finishedAt: true },
  });
}
