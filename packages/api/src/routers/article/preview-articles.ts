import { z } from "zod";
import { findDuplicateArticle, findPreviousVersion } from "../../services/article/find-related-article.ts";
import { readImportSource } from "../../services/article/read-import-source.ts";
import { consumeImport } from "../../services/auth/rate-limits.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { importSourceInput, metadataOutput, refusalOutput } from "./import-source-schema.ts";

export const previewArticlesInput = z.object({ workspace: slugSchema, sources: z.array(importSourceInput).min(1).max(50) });

const related = z.object({ id: z.string(), title: z.string() }).nullable();
export const previewArticlesOutput = z.object({
  drafts: z.array(
    z.object({
      sourceName: z.string(),
      format: z.enum(["html", "text"]),
      encoding: z.string(),
      /** how the encoding was chosen: "valid UTF-8", "byte-order mark", "declared" or "detected" */
      encodingBasis: z.enum(["valid UTF-8", "byte-order mark", "declared", "detected"]),
      metadata: metadataOutput,
      /** where each value came from: given, page, text, detected */
      origins: z.record(z.string(), z.string()),
      text: z.string(),
      wordCount: z.number().int(),
      duplicateOf: related,
      newVersionOf: related,
    }),
  ),
  refused: z.array(refusalOutput),
});

/**
 * Reads sources (decoding, extracting web pages, fetching URLs) and returns what would be imported
 * with the metadata found, WITHOUT writing: the reviewer checks and corrects it, then confirms.
 * A mutation in transport although it writes nothing: it fetches URLs and carries file bytes,
 * so it needs the reviewer role like the import it prepares, and it counts against the same rate
 * limit (reading pages is the costly half of an import).
 */
export const previewArticlesProcedure = workspaceProcedure
  .input(previewArticlesInput)
  .output(previewArticlesOutput)
  .mutation(async ({ ctx, input }) => {
    await consumeImport(ctx.clientAddress ?? "unknown", ctx.reviewer.id);
    const { workspace } = ctx;
    const result: z.infer<typeof previewArticlesOutput> = { drafts: [], refused: [] };
    for (const source of input.sources) {
      const outcome = await readImportSource(source);
      if (!outcome.ok) {
        result.refused.push({ sourceName: outcome.error.sourceName, reason: outcome.error.message });
        continue;
      }
      const { draft, format, encoding, encodingBasis, origins } = outcome.parsed;
      const duplicate = await findDuplicateArticle(ctx.db, workspace.id, draft);
      const previous = duplicate ? null : await findPreviousVersion(ctx.db, workspace.id, draft);
      result.drafts.push({
        sourceName: draft.sourceName,
        format,
        encoding,
        encodingBasis,
        metadata: {
          title: draft.title,
          outlet: draft.outlet,
          author: draft.author,
          url: draft.url,
          publishedAt: draft.publishedAt,
          publishedPrecision: draft.publishedPrecision,
          language: draft.language,
        },
        origins,
        text: draft.text,
        wordCount: draft.wordCount,
        duplicateOf: duplicate ? { id: duplicate.id, title: duplicate.title } : null,
        newVersionOf: previous ? { id: previous.id, title: previous.title } : null,
      });
    }
    return result;
  });
