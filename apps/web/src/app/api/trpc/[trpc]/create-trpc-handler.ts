import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@crosscheck/api";
import type { Db } from "@crosscheck/db";
import { MAX_REQUEST_BYTES, readRequestWithinLimit } from "./read-request-within-limit";

/**
 * The tRPC endpoint. A body over the limit is answered by tRPC itself, with its usual error shape
 * (batched, through the transformer) and HTTP 413: the refusal is raised where the context is
 * made, before any procedure reads its input, so the client shows the message like any other.
 */
export function createTrpcHandler(getDb: () => Db, maxBytes: number = MAX_REQUEST_BYTES) {
  return async function handleTrpcRequest(req: Request): Promise<Response> {
    const { request, refusal } = await readRequestWithinLimit(req, maxBytes);
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req: request,
      router: appRouter,
      createContext: ({ resHeaders }) => {
        if (refusal) throw refusal;
        return createContext(getDb(), { headers: req.headers, resHeaders });
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
      },
      responseMeta() {
        // answers depend on who is signed in: never kept by a shared cache
        return { headers: new Headers({ "Cache-Control": "private, no-store" }) };
      },
    });
  };
}
