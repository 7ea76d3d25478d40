import { analyze, ENGINE_VERSION, type ArticleInput, type ProgressEvent } from "@crosscheck/analysis";
import { analyzeInWorker } from "./analyze-in-worker.ts";
import type { Db } from "@crosscheck/db";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadDecisions } from "./load-decisions.ts";
import { persistAnalysis } from "./persist-analysis.ts";

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
 * Analyses every current article of the workspace and stores the result in one transaction,
 * replaying reviewers' decisions. Progress goes to an AnalysisRun row the UI polls.
 */
export async function runAnalysis(
  db: Db,
  workspaceId: string,
  reviewerId: string | null,
  onProgress?: (event: RunProgressEvent) => void,
  options: { inline?: boolean } = {},
): Promise<AnalysisSummary> {
  const run = await db.analysisRun.create({ data: { workspaceId, status: "running", stage: "load" }, select: { id: true } });
  try {
    const articles = await loadAnalysisInputs(db, workspaceId);
    const { decisions, dismissedKeys } = await loadDecisions(db, workspaceId);
    let lastWrite = 0;
    const report = (event: RunProgressEvent) => {
      onProgress?.(event);
      const now = Date.now();
      if (now - lastWrite > 250 || event.done === event.total) {
        lastWrite = now;
        void db.analysisRun.update({ where: { id: run.id }, data: { stage: event.stage, done: event.done, total: event.total }, select: { id: true } }).catch(() => undefined);
      }
    };
    // a command-line run owns its process; a server run must not block it (see analyze-in-worker)
    const result = options.inline ? analyze(articles, { decisions, onProgress: report }) : await analyzeInWorker(articles, decisions, report);
    const manualLinks = new Set((decisions.claimLinks ?? []).flatMap((l) => [`${l.a.articleId}:${l.a.start}`, `${l.b.articleId}:${l.b.start}`]));
    report({ stage: "store", done: 0, total: 1 });
    const stored = await db.$transaction(
      async (tx) => {
        const persisted = await persistAnalysis(tx, workspaceId, result, dismissedKeys, manualLinks);
        await recordAuditEvent(tx, {
          workspaceId,
          reviewerId,
          action: "analysis.run",
          targetType: "workspace",
          targetId: workspaceId,
          details: { articles: articles.length, claims: result.claims.length, groups: persisted.groups, carriedVerdicts: persisted.carriedVerdicts, orphanedVerdictGroups: persisted.droppedVerdictGroups },
        });
        return persisted;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    onProgress?.({ stage: "store", done: 1, total: 1 });
    await db.analysisRun.update({ where: { id: run.id }, data: { status: "done", stage: "done", finishedAt: new Date(), engineVersion: ENGINE_VERSION }, select: { id: true } });
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
      .update({ where: { id: run.id }, data: { status: "failed", error: (error as Error).message.slice(0, 500), finishedAt: new Date() }, select: { id: true } })
      .catch(() => undefined);
    throw error;
  }
}
