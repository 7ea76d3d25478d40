import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createTrpcHandler } from "../../../apps/web/src/app/api/trpc/[trpc]/create-trpc-handler.ts";
import { MAX_REQUEST_BYTES } from "../../../apps/web/src/app/api/trpc/[trpc]/read-request-within-limit.ts";
import { useTestApi } from "./test-api.ts";

// The web app's own tRPC endpoint (apps/web/src/app/api/trpc/[trpc]/route.ts), on a test database.
const api = useTestApi();
const url = "http://127.0.0.1/api/trpc/article.import?batch=1";
const LIMIT = 64 * 1024;

/** A batched import call as @trpc/client's httpBatchLink sends it: `{ "0": superjson(input) }`. */
function importBody(workspace: string, text: string): string {
  return JSON.stringify({ 0: superjson.serialize({ workspace, analyze: false, sources: [{ kind: "text", name: "big.txt", text }] }) });
}

/** The error each call of a batch gets, as the client reads it (superjson-decoded). */
async function readBatchErrors(response: Response): Promise<{ message: string; data: { code: string; httpStatus: number } }[]> {
  const body = (await response.json()) as { error: Parameters<typeof superjson.deserialize>[0] }[];
  return body.map((item) => superjson.deserialize(item.error));
}

function streamOf(text: string, chunkSize = 16 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, (at += chunkSize)));
    },
  });
}

describe("request bodies over the API's limit", () => {
  it("are answered 413 with a tRPC error the client shows, judged by Content-Length before reading", async () => {
    const handle = createTrpcHandler(() => api.db);
    const ws = await api.workspace("Big body");
    const body = importBody(ws.slug, "Talks in Minsk. ".repeat((9.5 * 1024 * 1024) / 16));
    const response = await handle(
      new Request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) }, body }),
    );
    expect(response.status).toBe(413);
    expect(await readBatchErrors(response)).toEqual([
      expect.objectContaining({
        message: `This request is ${(body.length / 1048576).toFixed(1)} MB; the limit is ${MAX_REQUEST_BYTES / 1048576} MB: import the files in several requests`,
        data: expect.objectContaining({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 }),
      }),
    ]);
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(0);
  });

  it("are counted as they stream in when no length is declared, so a missing Content-Length does not get past", async () => {
    const handle = createTrpcHandler(() => api.db, LIMIT);
    const ws = await api.workspace("Chunked body");
    const init = { method: "POST", headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit;
    const big = await handle(new Request(url, { ...init, body: streamOf(importBody(ws.slug, "x".repeat(LIMIT))) }));
    expect(big.status).toBe(413);
    expect((await readBatchErrors(big))[0]!.message).toBe(
      "This request is more than 0.1 MB; the limit is 0.1 MB: import the files in several requests",
    );

    // a body within the limit goes through as before
    const small = await handle(new Request(url, { ...init, body: streamOf(importBody(ws.slug, "Talks in Minsk lasted four hours.")) }));
    expect(small.status).toBe(200);
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(1);
  });
});
