import type { Db } from "@crosscheck/db";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import {
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_STALE_MS,
  INTERRUPTED_ERROR,
  isRunLive,
  startHeartbeat,
} from "../src/services/analysis/run-heartbeat.ts";
import { startAnalysis, waitForLiveRun } from "../src/services/analysis/start-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();

async function seededWorkspace(name: string) {
  const ws = await api.workspace(name);
  const reviewer = await ensureLocalReviewer(api.db);
  await importSources(
    api.db,
    ws.id,
    readSeedDrafts().map((draft) => ({ ok: true as const, draft })),
    reviewer.id,
  );
  await runAnalysis(api.db, ws.id, reviewer.id);
  return { ws, reviewer };
}

/** What another process's run looks like in the database: running, last heard of `silentFor` ago. */
async function otherProcessRun(workspaceId: string, silentFor: number) {
  return api.db.analysisRun.create({
    data: { workspaceId, status: "running", stage: "store", done: 0, total: 1, heartbeatAt: new Date(Date.now() - silentFor) },
    select: { id: true },
  });
}

async function settledRuns(workspaceId: string) {
  return api.db.analysisRun.count({ where: { workspaceId, status: "done" } });
}

describe("the heartbeat of an analysis run", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("beats every few seconds while the run lasts, and stops with it", async () => {
    vi.useFakeTimers();
    const update = vi.fn((_args: unknown) => Promise.resolve({ id: "run-1" }));
    const stop = startHeartbeat({ analysisRun: { update } } as unknown as Pick<Db, "analysisRun">, "run-1");
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS - 1);
    expect(update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "run-1" }, data: { heartbeatAt: new Date(Date.now()) } }));
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(3);
    // this process's own run is alive whatever the database says (a SQLite store hides its beats)
    const silent = { id: "run-1", status: "running", startedAt: new Date(0), heartbeatAt: new Date(0) };
    expect(isRunLive(silent)).toBe(true);

    stop();
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
    expect(isRunLive(silent)).toBe(false);
  });

  it("judges a run by its last beat, or by its start when it never beat", () => {
    const now = Date.now();
    const run = (heartbeatAt: number | null, startedAt = now - 3_600_000) => ({
      id: "elsewhere",
      status: "running",
      startedAt: new Date(startedAt),
      heartbeatAt: heartbeatAt === null ? null : new Date(heartbeatAt),
    });
    expect(isRunLive(run(now - HEARTBEAT_STALE_MS + 1_000), now)).toBe(true);
    expect(isRunLive(run(now - HEARTBEAT_STALE_MS - 1_000), now)).toBe(false);
    expect(isRunLive(run(null), now)).toBe(false);
    expect(isRunLive(run(null, now - 1_000), now)).toBe(true);
    expect(isRunLive({ ...run(now), status: "done" }, now)).toBe(false);
  });
});

describe("a run whose heartbeat stopped", () => {
  it("is reported interrupted at once, and a new run starts straight away and completes", async () => {
    const { ws } = await seededWorkspace("Killed");
    // what a SIGKILL during the store step leaves: a run marked running that stopped beating
    const killed = await otherProcessRun(ws.id, HEARTBEAT_STALE_MS + 5_000);
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({
      id: killed.id,
      status: "interrupted",
      stage: "store",
      error: expect.stringMatching(/^interrupted/),
      pending: false,
    });

    await expect(api.caller.analysis.run({ workspace: ws.slug })).resolves.toEqual({ started: true });
    expect(await api.db.analysisRun.findUniqueOrThrow({ where: { id: killed.id }, select: { status: true, error: true } })).toEqual({
      status: "failed",
      error: INTERRUPTED_ERROR,
    });
    // the new run is open before the start answers: the page's next look shows it, not the dead one
    const next = await api.caller.analysis.status({ workspace: ws.slug });
    expect(next).toMatchObject({ status: "running", pending: true });
    expect(next?.id).not.toBe(killed.id);
    await expect.poll(() => settledRuns(ws.id), { timeout: 240_000, interval: 200 }).toBe(2);
    await expect
      .poll(async () => (await api.caller.analysis.status({ workspace: ws.slug }))?.pending, { timeout: 10_000, interval: 50 })
      .toBe(false);
    const latest = await api.caller.analysis.status({ workspace: ws.slug });
    expect(latest).toMatchObject({ status: "done", error: null });
    // the run that replaced it beat while it ran
    expect(
      (await api.db.analysisRun.findUniqueOrThrow({ where: { id: latest!.id }, select: { heartbeatAt: true } })).heartbeatAt,
    ).not.toBeNull();
  });
});

describe("a live run of another process (its heartbeat fresh)", () => {
  it("shows as running, and a start queues behind it instead of cutting it off", async () => {
    const { ws, reviewer } = await seededWorkspace("Busy");
    const live = await otherProcessRun(ws.id, 1_000);
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({ id: live.id, status: "running", stage: "store" });

    await expect(startAnalysis(api.db, ws.id, reviewer.id)).resolves.toEqual({ started: true });
    expect(await api.db.analysisRun.findUniqueOrThrow({ where: { id: live.id }, select: { status: true } })).toEqual({ status: "running" });
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({ id: live.id, status: "running", pending: true });

    // the other process finishes: the queued run goes ahead
    await api.db.analysisRun.update({ where: { id: live.id }, data: { status: "done", finishedAt: new Date() } });
    await expect.poll(() => settledRuns(ws.id), { timeout: 240_000, interval: 200 }).toBe(3);
    expect(await api.db.analysisRun.count({ where: { workspaceId: ws.id, status: "failed" } })).toBe(0);
  });

  it("is waited for until it ends, and never marked interrupted while it beats", async () => {
    const ws = await api.workspace("Waiting");
    const live = await otherProcessRun(ws.id, 0);
    const looks: string[] = [];
    await waitForLiveRun(api.db, ws.id, async () => {
      const { status } = await api.db.analysisRun.findUniqueOrThrow({ where: { id: live.id }, select: { status: true } });
      looks.push(status);
      // its process beats once more, then finishes
      if (looks.length === 1) await api.db.analysisRun.update({ where: { id: live.id }, data: { heartbeatAt: new Date() } });
      else await api.db.analysisRun.update({ where: { id: live.id }, data: { status: "done" } });
    });
    expect(looks).toEqual(["running", "running"]);
    expect((await api.db.analysisRun.findUniqueOrThrow({ where: { id: live.id }, select: { status: true } })).status).toBe("done");
  });

  it("that falls silent is waited for only until its heartbeat is stale", async () => {
    const ws = await api.workspace("Fell silent");
    const live = await otherProcessRun(ws.id, 0);
    let waits = 0;
    await waitForLiveRun(api.db, ws.id, async () => {
      waits++;
      // as if the seconds passed with no beat: the process was killed
      await api.db.analysisRun.update({ where: { id: live.id }, data: { heartbeatAt: new Date(Date.now() - HEARTBEAT_STALE_MS - 1_000) } });
    });
    expect(waits).toBe(1);
    expect(await api.db.analysisRun.findUniqueOrThrow({ where: { id: live.id }, select: { status: true, error: true } })).toEqual({
      status: "failed",
      error: INTERRUPTED_ERROR,
    });
  });
});
