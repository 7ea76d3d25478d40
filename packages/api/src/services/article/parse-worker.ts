// Runs inside a worker thread (see parse-in-worker.ts): reads one source after another, pure
// ingest only. A page that takes too long or too much memory is the parent's to stop.
import { parentPort } from "node:worker_threads";
import { IngestError, parseArticle } from "@crosscheck/ingest";
import type { ParseReply, ParseRequest } from "./parse-in-worker.ts";

const port = parentPort;
if (!port) throw new Error("parse-worker runs only as a worker thread");

port.on("message", ({ id, source, given }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, ok: true, parsed: parseArticle(source, given) };
  } catch (error) {
    reply =
      error instanceof IngestError
        ? { id, ok: false, refusal: { code: error.code, sourceName: error.sourceName, reason: error.reason } }
        : { id, ok: false, failure: (error as Error).message };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
