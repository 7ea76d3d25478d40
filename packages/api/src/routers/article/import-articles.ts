import { decodeArticleBytes, draftArticle, IngestError, normalizeArticleText, type SourceOutcome } from "@crosscheck/ingest";
import { z } from "zod";
import { startAnalysis } from "../../services/analysis/start-analysis.ts";
import { importSources } from "../../services/article/import-sources.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

const metadata = z.object({
  title: z.string().trim().max(500).optional(),
  outlet: z.string().trim().max(200).optional(),
  author: z.string().trim().max(200).optional(),
  url: z.url().max(2000).optional(),
  publishedAt: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/, "an ISO date such as 2025-08-20").optional(),
});

const source = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), name: z.string().trim().min(1).max(200), text: z.string().max(6_000_000), meta: metadata.optional() }),
  // files arrive as base64 so the server, not the browser, decides what their bytes are
  z.object({ kind: z.literal("file"), name: z.string().trim().min(1).max(200), base64: z.string().max(8_000_000), meta: metadata.optional() }),
]);

export const importArticlesInput = z.object({ workspace: slugSchema, sources: z.array(source).min(1).max(50) });

const outcomeItem = z.object({ sourceName: z.string(), reason: z.string() });
export const importArticlesOutput = z.object({
  imported: z.array(z.object({ id: z.string(), title: z.string(), sourceName: z.string(), previousVersionId: z.string().nullable() })),
  duplicates: z.array(outcomeItem),
  refused: z.array(outcomeItem),
  analysisStarted: z.boolean(),
});

function toOutcome(item: z.infer<typeof source>): SourceOutcome {
  try {
    if (!/\.(txt|text|md|markdown)$/i.test(item.name) && item.kind === "file") {
      throw new IngestError("UNSUPPORTED_TYPE", item.name, "unsupported file type; import .txt or .md files (or paste the text)");
    }
    const text = item.kind === "text" ? normalizeArticleText(item.text, item.name) : decodeArticleBytes(Buffer.from(item.base64, "base64"), item.name);
    const meta = item.meta ?? {};
    return { ok: true, draft: draftArticle(text, item.name, { file: item.name, ...meta }) };
  } catch (error) {
    return { ok: false, error: error instanceof IngestError ? error : new IngestError("UNREADABLE", item.name, (error as Error).message) };
  }
}

/** Pasted texts and uploaded files, each imported on its own; the analysis then re-runs in the background. */
export const importArticlesProcedure = authedProcedure
  .input(importArticlesInput)
  .output(importArticlesOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    const summary = await importSources(ctx.db, workspace.id, input.sources.map(toOutcome), ctx.reviewer.id);
    let analysisStarted = false;
    if (summary.imported.length > 0) {
      analysisStarted = await startAnalysis(ctx.db, workspace.id, ctx.reviewer.id).then(() => true, () => false);
    }
    return { ...summary, analysisStarted };
  });
