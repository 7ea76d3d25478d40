import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createContext } from "../src/context.ts";
import { appRouter } from "../src/root.ts";
import { provider, useTestApi } from "./test-api.ts";

const api = useTestApi();

/** A request through tRPC's fetch adapter, as the web route serves it. */
async function serve(path: string, input: unknown, method: "GET" | "POST" = "GET") {
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const url = method === "GET" ? `http://127.0.0.1/api/trpc/${path}?input=${encoded}` : `http://127.0.0.1/api/trpc/${path}`;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url, {
      method,
      ...(method === "POST" ? { body: JSON.stringify(superjson.serialize(input)), headers: { "content-type": "application/json" } } : {}),
    }),
    router: appRouter,
    createContext: ({ req, resHeaders }) => createContext(api.db, { mode: "local", headers: req.headers, resHeaders }),
  });
  return { status: response.status, body: await response.text() };
}

const LEAKS = /stack|\bat .+:\d+:\d+|SELECT|INSERT|sqlite|postgres|prisma|no such table|does not exist|relation|node_modules|\/work\//i;

describe("errors", () => {
  it("answers an unexpected database failure with a bare message: no SQL, driver text or stack", async () => {
    const ws = await api.workspace("Broken");
    // a real Prisma error: the table the procedure reads is gone
    await api.db.$executeRawUnsafe(provider === "postgres" ? 'DROP TABLE "AnalysisRun" CASCADE' : 'DROP TABLE "AnalysisRun"');
    await expect(api.caller.analysis.status({ workspace: ws.slug })).rejects.toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      message: "Something went wrong on the server.",
    });
    const served = await serve("analysis.status", { workspace: ws.slug });
    expect(served.status).toBe(500);
    expect(served.body).toContain("Something went wrong on the server.");
    expect(served.body).not.toMatch(LEAKS);
  });

  it("explains bad input without echoing internals", async () => {
    const served = await serve("workspace.create", { name: "x".repeat(500) }, "POST");
    expect(served.status).toBe(400);
    expect(served.body).toMatch(/Too big|at most|120/i);
    expect(served.body).not.toMatch(LEAKS);
    const missing = await serve("group.byId", { workspace: "no-such-workspace", groupId: "abc" });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { json: { message: 'No workspace "no-such-workspace".' } } });
  });

  it("refuses text no database can store (NUL, a lone surrogate) with a clear message naming the field", async () => {
    const ws = await api.workspace("Nul");
    await expect(api.caller.article.list({ workspace: ws.slug, outlet: "a\u0000b" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "input.outlet holds a NUL character; remove it and try again.",
    });
    await expect(api.caller.workspace.create({ name: "x\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.caller.group.list({ workspace: ws.slug, query: "Lukashenko \ud800" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("input.query holds a broken character"),
    });
  });

  it("a row another writer removed meanwhile is a clear NOT_FOUND, not a server error", async () => {
    const { toTRPCError } = await import("../src/domain-error.ts");
    const vanished = Object.assign(new Error("Record to update not found."), { code: "P2025" });
    expect(toTRPCError(vanished)).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/no longer there/) });
  });

  it("refuses a mutation sent as GET (no state change from a link or an image)", async () => {
    const served = await serve("workspace.create", { name: "By link" });
    expect(served.status).toBe(405);
    expect(await api.db.workspace.count({ where: { name: "By link" } })).toBe(0);
  });
});
