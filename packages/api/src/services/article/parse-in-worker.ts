import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { IngestError, type ArticleMetadata, type ArticleSource, type IngestErrorCode, type ParsedArticle } from "@crosscheck/ingest";
import { locateRepoRoot } from "@crosscheck/db";

export interface ParseRequest {
  id: number;
  source: ArticleSource;
  given: ArticleMetadata;
}

export type ParseReply =
  | { id: number; ok: true; parsed: ParsedArticle }
  | { id: number; ok: false; refusal: { code: IngestErrorCode; sourceName: string; reason: string } }
  | { id: number; ok: false; failure: string };

export interface ParseLimits {
  /** how long one source may take to read, from the moment the worker starts on it */
  timeMs: number;
  /** the worker's V8 old-generation heap: a page whose tree outgrows it stops the worker */
  memoryMb: number;
}

/** Chosen from the figures in BENCHMARKS.md ("Reading web pages"). */
export const PARSE_LIMITS: ParseLimits = { timeMs: 15_000, memoryMb: 512 };

interface Job {
  id: number;
  source: ArticleSource;
  given: ArticleMetadata;
  resolve: (parsed: ParsedArticle) => void;
  reject: (error: Error) => void;
}

export interface ArticleParser {
  parse(source: ArticleSource, given?: ArticleMetadata): Promise<ParsedArticle>;
  /** stops the worker (tests); a later parse starts a new one */
  close(): Promise<void>;
}

/**
 * Reads sources in a worker thread, one at a time. Decoding and extracting a page is synchronous
 * CPU work whose time grows steeply with the page's structure (BENCHMARKS.md): on the request
 * thread one hostile page froze the whole server for minutes. In the worker it cannot, and a page
 * past the time or memory limit stops the worker and is refused; the next source gets a fresh one.
 * One worker, kept warm between requests (starting one loads the ingest sources through tsx, some
 * seconds), so reading never takes more than one core.
 */
export function createArticleParser(limits: ParseLimits = PARSE_LIMITS): ArticleParser {
  let worker: Worker | null = null;
  let ready = false;
  let running: { job: Job; timer: NodeJS.Timeout | null } | null = null;
  const queue: Job[] = [];
  let nextId = 0;

  const refuse = (job: Job, code: IngestErrorCode, reason: string) => job.reject(new IngestError(code, job.source.name, reason));

  function stop(current: Worker): void {
    if (worker === current) {
      worker = null;
      ready = false;
    }
    void current.terminate();
  }

  function finish(): void {
    if (running?.timer) clearTimeout(running.timer);
    running = null;
    dispatch();
  }

  function startTimer(): void {
    if (!running || running.timer || !worker) return;
    const current = worker;
    const { job } = running;
    running.timer = setTimeout(() => {
      refuse(
        job,
        "TOO_COMPLEX",
        `reading this page took longer than ${limits.timeMs / 1000} s, the limit; its structure is too complex to import`,
      );
      stop(current);
      finish();
    }, limits.timeMs);
  }

  function start(): Worker {
    const root = locateRepoRoot();
    const script = join(/* turbopackIgnore: true */ root, "packages/api/src/services/article/parse-worker-entry.mjs");
    const started = new Worker(/* turbopackIgnore: true */ script, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
    started.on("message", (message: ParseReply | { ready: true }) => {
      if ("ready" in message) {
        ready = true;
        return startTimer();
      }
      if (!running || running.job.id !== message.id) return;
      const { job } = running;
      if (message.ok) job.resolve(message.parsed);
      else if ("refusal" in message) job.reject(new IngestError(message.refusal.code, message.refusal.sourceName, message.refusal.reason));
      else job.reject(new Error(message.failure));
      finish();
    });
    started.on("error", (error: Error & { code?: string }) => {
      // a worker already stopped (its page timed out) has nothing left to answer for
      if (worker !== started) return;
      const job = running?.job;
      stop(started);
      if (!job) return;
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        refuse(
          job,
          "TOO_COMPLEX",
          `reading this page needed more than ${limits.memoryMb} MB of memory, the limit; it is too large or too complex to import`,
        );
      } else {
        // a worker that cannot start says so with file paths: those go to the log, not to the reviewer
        console.error("the page reader's worker failed:", error);
        job.reject(new Error("the page reader failed (the server log has the details)"));
      }
      finish();
    });
    started.on("exit", () => {
      if (worker !== started) return;
      worker = null;
      ready = false;
      if (running) {
        running.job.reject(new Error("the page reader stopped unexpectedly"));
        finish();
      }
    });
    return started;
  }

  function dispatch(): void {
    if (running) return;
    const job = queue.shift();
    // an idle worker must not keep a command-line process alive
    if (!job) return void worker?.unref();
    worker ??= start();
    worker.ref();
    running = { job, timer: null };
    worker.postMessage({ id: job.id, source: job.source, given: job.given } satisfies ParseRequest);
    if (ready) startTimer();
  }

  return {
    parse(source, given = {}) {
      return new Promise<ParsedArticle>((resolve, reject) => {
        queue.push({ id: nextId++, source, given, resolve, reject });
        dispatch();
      });
    },
    async close() {
      const current = worker;
      worker = null;
      ready = false;
      for (const job of [...(running ? [running.job] : []), ...queue.splice(0)]) job.reject(new Error("the page reader was closed"));
      if (running?.timer) clearTimeout(running.timer);
      running = null;
      if (current) await current.terminate();
    },
  };
}

let shared: ArticleParser | null = null;

/** parseArticle (packages/ingest) off the request thread, with the server's time and memory limits. */
export function parseArticleInWorker(source: ArticleSource, given?: ArticleMetadata): Promise<ParsedArticle> {
  shared ??= createArticleParser();
  return shared.parse(source, given);
}
