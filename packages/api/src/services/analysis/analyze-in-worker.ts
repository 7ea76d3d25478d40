import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalysisResult, AnalyzeOptions, ArticleInput, ProgressEvent } from "@crosscheck/analysis";
import { locateRepoRoot } from "@crosscheck/db";

type WorkerMessage = { type: "progress"; event: ProgressEvent } | { type: "result"; result: AnalysisResult };

/**
 * The analysis is seconds of synchronous CPU work; on the web server it would freeze every other
 * request (a reviewer's verdict, the progress poll) until it ends. A worker thread keeps the
 * server answering. The worker loads the TypeScript sources through tsx, like the CLI does, so it
 * is found in the source tree (from the repository root) rather than in the server bundle.
 */
export function analyzeInWorker(
  articles: ArticleInput[],
  decisions: AnalyzeOptions["decisions"],
  onProgress: (event: ProgressEvent) => void,
): Promise<AnalysisResult> {
  const root = locateRepoRoot();
  const script = join(/* turbopackIgnore: true */ root, "packages/api/src/services/analysis/analysis-worker-entry.mjs");
  return new Promise((resolve, reject) => {
    const worker = new Worker(/* turbopackIgnore: true */ script, {
      workerData: { articles, decisions },
      // the embedding vectors and the NLP models need room; the default young generation is small
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    let settled = false;
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.event);
      else {
        settled = true;
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`the analysis worker stopped unexpectedly (exit code ${code})`));
    });
  });
}
