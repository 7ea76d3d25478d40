import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@crosscheck/api";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

// Cross-site requests are refused before they get here (src/proxy.ts checks every mutation's origin).
function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(getDb(), { headers: req.headers, resHeaders }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
    responseMeta() {
      // answers depend on who is signed in: never kept by a shared cache
      return { headers: new Headers({ "Cache-Control": "private, no-store" }) };
    },
  });
}

export { handler as GET, handler as POST };
