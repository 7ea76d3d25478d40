import { ENGINE_VERSION, type ArticleInput, type ProgressEvent } from "@crosscheck/analysis";
import { analyzeInWorker } from "./analyze-in-worker.ts";
import type { Db } from "@crosscheck/db";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadDecisions } from "./load-decisions.ts";
import { persistAnalysis } from "./persist-analysis.ts";
import { markInterruptedRuns, startHeartbeat } from "./run-heartbeat.ts";

/** The engine's stages, then "store": the one transaction that replaces the stored analysis. */
export type RunProgressEvent = ProgressEvent | { stage: "store"; done: number; total: number };

export interface AnalysisSummary {
  runId: string;
  articles: number;
  claims: number;
  mentions: number;
  entities: number;
  groups: number;
  discrepancies: number;
  carriedVerdicts: number;
}

/** The latest version of each article: an older version stays readable but is not compared. */
export async function loadAnalysisInputs(db: Db, workspaceId: string): Promise<ArticleInput[]> {
  return db.article.findMany({
    where: { workspaceId, laterVersions: { none: {} } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, text: true, title: true, outlet: true, publishedAt: true },
  });
}

/**
 * The row of a new run, as running and just heard of. Call `runAnalysis` with its id in the same
 * tick, so that its heartbeat starts at once.
 */
export async function openRun(db: Db, workspaceId: string): Promise<string> {
  const run = await db.analysisRun.create({
    data: { workspaceId, status: "running", stage: "load", heartbeatAt: new Date() },
    select: { id: true },
  });
  return run.id;
}

/**
 * Analyses every current article of the workspace and stores the result in one transaction,
 * replaying reviewers' decisions. Progress goes to an AnalysisRun row the UI polls, and a heartbeat
 * to the same row while this process works on it: a run whose heartbeat stops was cut off. The
 * analysis itself runs in a worker thread, on the server and in the CLI alike, so the timer that
 * beats is never starved by seconds of CPU work.
 */
// biome-ignore lint/complexity/useMaxParams: many callers (CLI, tests); to take one object in the next change
export async function runAnalysis(
  db: Db,
  workspaceId: string,
  reviewerId: string | null,
  onProgress?: (event: RunProgressEvent) => void,
  options: { runId?: string } = {},
): Promise<AnalysisSummary> {
  if (!options.runId) await markInterruptedRuns(db, workspaceId);
  const run = { id: options.runId ?? (await openRun(db, workspaceId)) };
  const stopHeartbeat = startHeartbeat(db, run.id);
  try {
    const articles = await loadAnalysisInputs(db, workspaceId);
    const { decisions, dismissedKeys } = await loadDecisions(db, workspaceId);
    let lastWrite = 0;
    const report = (event: RunProgressEvent) => {
      onProgress?.(event);
      const now = Date.now();
      if (now - lastWrite > 250 || event.done === event.total) {
        lastWrite = now;
        // a progress write is a beat too: the one before the store step gives it a whole stale period
        void db.analysisRun
          .update({
            where: { id: run.id },
            data: { stage: event.stage, done: event.done, total: event.total, heartbeatAt: new Date() },
            select: { id: true },
          })
          .catch(() => undefined);
      }
    };
    const result = await analyzeInWorker(articles, decisions, report);
    const manualLinks = new Set(
      (decisions.claimLinks ?? []).flatMap((l) => [`${l.a.articleId}:${l.a.start}`, `${l.b.articleId}:${l.b.start}`]),
    );
    report({ stage: "store", done: 0, total: 1 });
    const stored = await db.$transaction(
      async (tx) => {
        const persisted = await persistAnalysis(tx, { workspaceId, result, dismissedKeys, manualLinks });
        await recordAuditEvent(tx, {
          workspaceId,
          reviewerId,
          action: "analysis.run",
          targetType: "workspace",
          targetId: workspaceId,
          details: {
            articles: articles.length,
            claims: result.claims.length,
            groups: persisted.groups,
            carriedVerdicts: persisted.carriedVerdicts,
            detachedVerdicts: persisted.detachedVerdicts,
          },
        });
        return persisted;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    onProgress?.({ stage: "store", done: 1, total: 1 });
    await db.analysisRun.update({
      where: { id: run.id },
      data: { status: "done", stage: "done", finishedAt: new Date(), engineVersion: ENGINE_VERSION },
      select: { id: true },
    });
    return {
      runId: run.id,
      articles: articles.length,
      claims: result.claims.length,
      mentions: result.mentions.length,
      entities: result.entities.length,
      groups: stored.groups,
      discrepancies: result.groups.reduce((n, g) => n + g.discrepancies.length, 0),
      carriedVerdicts: stored.carriedVerdicts,
    };
  } catch (error) {
    await db.analysisRun
      .update({
        where: { id: run.id },
        data: { status: "failed", error: (error as Error).message.slice(0, 500), finishedAt: new Date() },
        select: { id: true },
      })
      .catch(() => undefined);
    throw error;
  } finally {
    stopHeartbeat();
  }
}
