import { ENGINE_VERSION } from "@crosscheck/analysis";
import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { runAnalysis } from "./run-analysis.ts";

const STALE_AFTER_MS = 10 * 60_000;
/** When this server process started: a run it does not know of that began before it was cut off. */
const PROCESS_STARTED = new Date(Date.now() - Math.round(process.uptime() * 1000));
/**
 * Workspaces this process is analysing now, checked synchronously so two clicks cannot both start
 * one. A start while one runs is remembered instead of refused: the run then goes again once more,
 * so an article imported meanwhile is never left out of the analysis.
 */
const active = new Map<string, { again: boolean; reviewerId: string }>();

/**
 * Starts a re-analysis in the background and returns at once; the page polls the run's progress.
 * One run per workspace at a time: a start while this process runs one queues one more run. A run still marked running that this process is not doing and
 * that began before the process started was cut off by a restart (the stored analysis is the
 * previous complete one, as the store step is a single transaction): it is marked interrupted and
 * no longer blocks. A run of another process (the CLI) blocks until it has been silent for ten minutes.
 */
export async function startAnalysis(db: Db, workspaceId: string, reviewerId: string): Promise<{ started: true }> {
  const current = active.get(workspaceId);
  if (current) {
    current.again = true;
    current.reviewerId = reviewerId;
    return { started: true };
  }
  const state = { again: false, reviewerId };
  active.set(workspaceId, state);
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
  void runUntilCurrent(db, workspaceId, state);
  return { started: true };
}

async function runUntilCurrent(db: Db, workspaceId: string, state: { again: boolean; reviewerId: string }): Promise<void> {
  try {
    do {
      state.again = false;
      await runAnalysis(db, workspaceId, state.reviewerId).catch((error: unknown) => console.error("analysis failed", error));
    } while (state.again);
  } finally {
    active.delete(workspaceId);
  }
}

function busy(): DomainError {
  return new DomainError("BUSY", "An analysis of this workspace is already running; wait for it to finish.");
}

/**
 * The latest run, and whether the results on show came from an earlier version of the engine
 * (the latest finished run's), so the reviewer is offered a re-run after an upgrade.
 */
export async function getAnalysisStatus(db: Db, workspaceId: string) {
  const [latest, lastDone] = await Promise.all([
    db.analysisRun.findFirst({
      where: { workspaceId },
      orderBy: { startedAt: "desc" },
      select: { id: true, status: true, stage: true, done: true, total: true, error: true, startedAt: true, finishedAt: true },
    }),
    db.analysisRun.findFirst({ where: { workspaceId, status: "done" }, orderBy: { startedAt: "desc" }, select: { engineVersion: true } }),
  ]);
  if (!latest) return null;
  const analysedBy = lastDone?.engineVersion ?? null;
  return { ...latest, engineVersion: ENGINE_VERSION, analysedBy, outdated: lastDone !== null && analysedBy !== ENGINE_VERSION };
}
