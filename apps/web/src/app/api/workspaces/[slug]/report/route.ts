import { TRPCError } from "@trpc/server";
import { createCaller, createContext } from "@crosscheck/api";
import { renderReport, REPORT_FORMATS } from "@crosscheck/report";
import { getDb } from "~/server/db";
import { parseReportQuery } from "~/server/parse-report-query";

export const dynamic = "force-dynamic";

/**
 * The report in any format at a plain URL (for curl and other tools), under the same access
 * rules as the pages: the model comes through the tRPC procedure and its middleware.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = parseReportQuery(url.searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error, formats: REPORT_FORMATS }, { status: 400 });
  try {
    const caller = createCaller(await createContext(getDb(), { headers: request.headers }));
    const report = await caller.report.model({ workspace: slug });
    const rendered = await renderReport(report, parsed.format, {
      filter: parsed.filter,
      claimReview: { siteUrl: `${url.origin}/w/${slug}`, author: { name: "Crosscheck", url: url.origin } },
    });
    const disposition = parsed.inline ? "inline" : `attachment; filename="${slug}-report.${rendered.extension}"`;
    // a copy typed as ArrayBuffer-backed, which Response accepts
    const body = typeof rendered.body === "string" ? rendered.body : new Uint8Array(rendered.body);
    return new Response(body, {
      headers: {
        "Content-Type": rendered.contentType,
        "Content-Disposition": disposition,
        // the HTML report is self-contained: nothing it contains may load or run anything
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return Response.json({ error: error.message }, { status: error.code === "NOT_FOUND" ? 404 : 400 });
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN"))
      return Response.json({ error: error.message }, { status: error.code === "UNAUTHORIZED" ? 401 : 403 });
    console.error("report failed", error);
    return Response.json({ error: "The report could not be made." }, { status: 500 });
  }
}
