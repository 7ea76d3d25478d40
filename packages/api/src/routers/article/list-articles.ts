import { z } from "zod";
import { listArticles, listOutlets } from "../../services/article/list-articles.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { metadataOutput } from "./import-source-schema.ts";

export const listArticlesInput = z.object({
  workspace: slugSchema,
  query: z.string().trim().max(200).optional(),
  outlet: z.string().trim().max(200).optional(),
});

// an article's metadata, as the import preview shows it, plus what the stored article adds
export const articleSummary = metadataOutput.extend({
  id: z.string(),
  sourceName: z.string(),
  wordCount: z.number().int(),
  createdAt: z.date(),
  previousVersionId: z.string().nullable(),
  claimCount: z.number().int(),
  mentionCount: z.number().int(),
});

export const listArticlesOutput = z.object({ articles: z.array(articleSummary), outlets: z.array(z.string()), total: z.number().int() });

export const listArticlesProcedure = workspaceProcedure
  .input(listArticlesInput)
  .output(listArticlesOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const [articles, outlets, total] = await Promise.all([
      listArticles(ctx.db, workspace.id, { query: input.query || undefined, outlet: input.outlet || undefined }),
      listOutlets(ctx.db, workspace.id),
      ctx.db.article.count({ where: { workspaceId: workspace.id } }),
    ]);
    return { articles, outlets, total };
  });
