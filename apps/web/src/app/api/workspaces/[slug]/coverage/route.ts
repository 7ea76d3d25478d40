import { TRPCError } from "@trpc/server";
import { createCaller, createContext } from "@crosscheck/api";
import { COVERAGE_FORMATS, isCoverageFormat, renderCoverage } from "@crosscheck/report";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

/**
 * The coverage in JSON, Markdown or CSV at a plain URL (`?format=csv`), under the same access
 * rules as the pages: the model comes through the tRPC procedure and its middleware.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (!isCoverageFormat(format))
    return Response.json({ error: `Unknown format "${format.slice(0, 40)}".`, formats: COVERAGE_FORMATS }, { status: 400 });
  try {
    const caller = createCaller(await createContext(getDb(), { headers: request.headers }));
    const result = await caller.coverage.get({ workspace: slug });
    const rendered = renderCoverage(result.coverage, format, { generatedAt: result.generatedAt, workspace: result.workspace });
    return new Response(rendered.body, {
      headers: {
        "Content-Type": rendered.contentType,
        "Content-Disposition": `attachment; filename="${slug}-coverage.${rendered.extension}"`,
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return Response.json({ error: error.message }, { status: error.code === "NOT_FOUND" ? 404 : 400 });
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN"))
      return Response.json({ error: error.message }, { status: error.code === "UNAUTHORIZED" ? 401 : 403 });
    console.error("coverage download failed", error);
    return Response.json({ error: "The coverage could not be made." }, { status: 500 });
  }
}
