import { z } from "zod";
import { startAnalysis } from "../../services/analysis/start-analysis.ts";
import { importSources } from "../../services/article/import-sources.ts";
import { consumeImport } from "../../services/auth/rate-limits.ts";
import { readImportSource } from "../../services/article/read-import-source.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { importSourceInput, refusalOutput } from "./import-source-schema.ts";

export const importArticlesInput = z.object({
  workspace: slugSchema,
  sources: z.array(importSourceInput).min(1).max(50),
  /** false while a batch is sent in parts; the last part starts the analysis */
  analyze: z.boolean().default(true),
});

export const importArticlesOutput = z.object({
  imported: z.array(z.object({ id: z.string(), title: z.string(), sourceName: z.string(), previousVersionId: z.string().nullable() })),
  duplicates: z.array(refusalOutput),
  refused: z.array(refusalOutput),
  analysisStarted: z.boolean(),
});

/** Pasted texts, uploaded files and URLs, each imported on its own; the analysis then re-runs in the background. */
export const importArticlesProcedure = workspaceProcedure
  .input(importArticlesInput)
  .output(importArticlesOutput)
  .mutation(async ({ ctx, input }) => {
    await consumeImport(ctx.clientAddress ?? "unknown", ctx.reviewer.id);
    const { workspace } = ctx;
    const outcomes = [];
    for (const source of input.sources) {
      const read = await readImportSource(source);
      outcomes.push(read.ok ? { ok: true as const, draft: read.parsed.draft } : read);
    }
    const summary = await importSources(ctx.db, workspace.id, outcomes, ctx.reviewer.id);
    let analysisStarted = false;
    if (input.analyze && summary.imported.length > 0) {
      analysisStarted = await startAnalysis(ctx.db, workspace.id, ctx.reviewer.id).then(
        () => true,
        () => false,
      );
    }
    return { ...summary, analysisStarted };
  });
