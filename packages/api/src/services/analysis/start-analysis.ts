import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { runAnalysis } from "./run-analysis.ts";

const STALE_AFTER_MS = 10 * 60_000;
/** When this server process started: a run it does not know of that began before it was cut off. */
const PROCESS_STARTED = new Date(Date.now() - Math.round(process.uptime() * 1000));
/** Workspaces this process is analysing now; checked synchronously so two clicks cannot both start one. */
const active = new Set<string>();

/**
 * Starts a re-analysis in the background and returns at once; the page polls the run's progress.
 * One run per workspace at a time. A run still marked running that this process is not doing and
 * that began before the process started was cut off by a restart (the stored analysis is the
 * previous complete one, as the store step is a single transaction): it is marked interrupted and
 * no longer blocks. Any other running run blocks until it has been silent for ten minutes.
 */
export async function startAnalysis(db: Db, workspaceId: string, reviewerId: string): Promise<{ started: true }> {
  if (active.has(workspaceId)) throw busy();
  active.add(workspaceId);
  try {
    await db.analysisRun.updateMany({
      where: { workspaceId, status: "running", startedAt: { lt: PROCESS_STARTED } },
      data: { status: "failed", error: "interrupted: the server stopped during this analysis", finishedAt: new Date() },
    });
    const running = await db.analysisRun.findFirst({
      where: { workspaceId, status: "running", startedAt: { gt: new Date(Date.now() - STALE_AFTER_MS) } },
      select: { id: true },
    });
    if (running) throw busy();
  } catch (error) {
    active.delete(workspaceId);
    throw error;
  }
  void runAnalysis(db, workspaceId, reviewerId)
    .catch((error: unknown) => console.error("analysis failed", error))
    .finally(() => active.delete(workspaceId));
  return { started: true };
}

function busy(): DomainError {
  return new DomainError("BUSY", "An analysis of this workspace is already running; wait for it to finish.");
}

export async function getAnalysisStatus(db: Db, workspaceId: string) {
  return db.analysisRun.findFirst({
    where: { workspaceId },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, stage: true, done: true, total: true, error: true, startedAt: true, finishedAt: true },
  });
}
