import { setTimeout as pause } from "node:timers/promises";
import { ENGINE_VERSION } from "@crosscheck/analysis";
import type { Db } from "@crosscheck/db";
import { openRun, runAnalysis } from "./run-analysis.ts";
import {
  findLiveRun,
  HEARTBEAT_INTERVAL_MS,
  INTERRUPTED_ERROR,
  isInterruptedError,
  isRunLive,
  markInterruptedRuns,
  type RunLife,
} from "./run-heartbeat.ts";

/** How often a queued run looks again whether the run it waits for has ended or stopped beating. */
const WAIT_POLL_MS = HEARTBEAT_INTERVAL_MS / 5;
/**
 * Workspaces this process is analysing now, checked synchronously so two clicks cannot both start
 * one. A start while one runs is remembered instead of refused: the run then goes again once more,
 * so an article imported meanwhile is never left out of the analysis.
 */
const active = new Map<string, RunState>();

/** `runId`: the row of the next run, when it was opened before the start answered. */
interface RunState {
  again: boolean;
  reviewerId: string;
  runId?: string;
}

/**
 * Starts a re-analysis in the background and returns at once; the page polls the run's progress.
 * One run per workspace at a time. A run whose heartbeat stopped (its process was killed) is marked
 * interrupted here and blocks nothing: the stored analysis is the previous complete one, as the
 * store step is a single transaction. A start while a live run goes on (this process's, or the
 * CLI's, still beating) queues one more run after it.
 */
export async function startAnalysis(db: Db, workspaceId: string, reviewerId: string): Promise<{ started: true }> {
  const current = active.get(workspaceId);
  if (current) {
    current.again = true;
    current.reviewerId = reviewerId;
    return { started: true };
  }
  const state: RunState = { again: false, reviewerId };
  active.set(workspaceId, state);
  try {
    // Settled and opened before answering, so the status read next shows the new run, never the
    // dead one nor the previous finished one. Behind a live run, the run opens once that ends.
    await markInterruptedRuns(db, workspaceId);
    if (!(await findLiveRun(db, workspaceId))) state.runId = await openRun(db, workspaceId);
  } catch (error) {
    active.delete(workspaceId);
    throw error;
  }
  void runUntilCurrent(db, workspaceId, state);
  return { started: true };
}

async function runUntilCurrent(db: Db, workspaceId: string, state: RunState): Promise<void> {
  try {
    do {
      state.again = false;
      const { runId } = state;
      const run = runId
        ? runAnalysis(db, workspaceId, state.reviewerId, undefined, { runId })
        : waitForLiveRun(db, workspaceId).then(() => runAnalysis(db, workspaceId, state.reviewerId));
      state.runId = undefined;
      await run.catch((error: unknown) => console.error("analysis failed", error));
    } while (state.again);
  } finally {
    active.delete(workspaceId);
  }
}

/**
 * Waits while another process (the CLI, or this server before a restart) runs the workspace's
 * analysis: until its run ends, or its heartbeat stops and it is marked interrupted.
 */
export async function waitForLiveRun(db: Db, workspaceId: string, wait: () => Promise<unknown> = () => pause(WAIT_POLL_MS)): Promise<void> {
  for (;;) {
    await markInterruptedRuns(db, workspaceId);
    if (!(await findLiveRun(db, workspaceId))) return;
    await wait();
  }
}

/**
 * The latest run, and whether the results on show came from an earlier version of the engine
 * (the latest finished run's), so the reviewer is offered a re-run after an upgrade. A run whose
 * heartbeat stopped is "interrupted" here at once, before anything marks it so; `pending` says
 * this server has a run going or queued for the workspace.
 */
export async function getAnalysisStatus(db: Db, workspaceId: string) {
  const [latest, lastDone] = await Promise.all([
    db.analysisRun.findFirst({
      where: { workspaceId },
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        status: true,
        stage: true,
        done: true,
        total: true,
        error: true,
        startedAt: true,
        heartbeatAt: true,
        finishedAt: true,
      },
    }),
    db.analysisRun.findFirst({ where: { workspaceId, status: "done" }, orderBy: { startedAt: "desc" }, select: { engineVersion: true } }),
  ]);
  if (!latest) return null;
  const analysedBy = lastDone?.engineVersion ?? null;
  return {
    ...latest,
    status: describeRunStatus(latest),
    error: latest.status === "running" && !isRunLive(latest) ? INTERRUPTED_ERROR : latest.error,
    pending: active.has(workspaceId),
    engineVersion: ENGINE_VERSION,
    analysedBy,
    outdated: lastDone !== null && analysedBy !== ENGINE_VERSION,
  };
}

export type RunStatus = "running" | "done" | "failed" | "interrupted";

function describeRunStatus(run: RunLife & { error: string | null }): RunStatus {
  if (run.status === "running") return isRunLive(run) ? "running" : "interrupted";
  if (run.status === "failed" && isInterruptedError(run.error)) return "interrupted";
  return run.status === "done" ? "done" : "failed";
}
