// Runs inside a worker thread (see analyze-in-worker.ts): the pure analysis only, no database.
import { parentPort, workerData } from "node:worker_threads";
import { analyze, type AnalyzeOptions, type ArticleInput } from "@crosscheck/analysis";

const port = parentPort;
if (!port) throw new Error("analysis-worker runs only as a worker thread");
const { articles, decisions } = workerData as { articles: ArticleInput[]; decisions: AnalyzeOptions["decisions"] };
const result = analyze(articles, { decisions, onProgress: (event) => port.postMessage({ type: "progress", event }) });
port.postMessage({ type: "result", result });
