import type { Db } from "@crosscheck/db";

/** How often the process running an analysis touches its run's `heartbeatAt`. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/**
 * A running run whose heartbeat is older than this was cut off (a killed CLI or server). Three
 * beats: one late beat (a write queued behind another process's transaction, a long pause of the
 * event loop) must not end a live run, yet after a kill a re-run waits at most 15 s, not minutes.
 */
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;
/** The error of a run found cut off; its prefix is what earlier versions wrote too. */
export const INTERRUPTED_ERROR = "interrupted: the process running this analysis stopped (its heartbeat ceased)";

export function isInterruptedError(error: string | null): boolean {
  return error?.startsWith("interrupted:") ?? false;
}

/**
 * Runs of this process. Its own run is alive whatever its heartbeat says: on SQLite a beat written
 * while the run stores its result belongs to that one transaction and shows only at its commit.
 */
const ownRuns = new Set<string>();

export interface RunLife {
  id: string;
  status: string;
  startedAt: Date;
  heartbeatAt: Date | null;
}

/** Touches the run's heartbeat every few seconds until the returned stop is called. */
export function startHeartbeat(db: Pick<Db, "analysisRun">, runId: string): () => void {
  ownRuns.add(runId);
  let writing = false;
  const timer = setInterval(() => {
    // a beat still waiting for the database is enough; do not pile more behind it
    if (writing) return;
    writing = true;
    void db.analysisRun
      .update({ where: { id: runId }, data: { heartbeatAt: new Date() }, select: { id: true } })
      .catch(() => undefined)
      .finally(() => (writing = false));
  }, HEARTBEAT_INTERVAL_MS);
  // the heartbeat reports on the process's work; it must never be what keeps the process alive
  timer.unref();
  return () => {
    clearInterval(timer);
    ownRuns.delete(runId);
  };
}

/** Running and still beating (or run by this process). A run from before heartbeats counts from its start. */
export function isRunLive(run: RunLife, now = Date.now()): boolean {
  if (run.status !== "running") return false;
  if (ownRuns.has(run.id)) return true;
  return (run.heartbeatAt ?? run.startedAt).getTime() > now - HEARTBEAT_STALE_MS;
}

/** Marks the workspace's cut-off runs as interrupted, so they neither block nor show as running. */
export async function markInterruptedRuns(db: Db, workspaceId: string): Promise<number> {
  const cutOff = new Date(Date.now() - HEARTBEAT_STALE_MS);
  const { count } = await db.analysisRun.updateMany({
    where: {
      workspaceId,
      status: "running",
      id: { notIn: [...ownRuns] },
      OR: [{ heartbeatAt: { lt: cutOff } }, { heartbeatAt: null, startedAt: { lt: cutOff } }],
    },
    data: { status: "failed", error: INTERRUPTED_ERROR, finishedAt: new Date() },
  });
  return count;
}

/** A run of the workspace that some process is still doing, if any. */
export async function findLiveRun(db: Db, workspaceId: string): Promise<RunLife | null> {
  const running = await db.analysisRun.findMany({
    where: { workspaceId, status: "running" },
    select: { id: true, status: true, startedAt: true, heartbeatAt: true },
  });
  return running.find((run) => isRunLive(run)) ?? null;
}
