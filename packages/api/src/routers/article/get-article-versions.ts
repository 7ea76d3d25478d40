import { z } from "zod";
import { listArticleVersions } from "../../services/article/list-article-versions.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { articleIdSchema } from "./get-article.ts";

export const getArticleVersionsInput = z.object({
  workspace: slugSchema,
  articleId: articleIdSchema,
  /** the version to compare with; by default the one before */
  against: articleIdSchema.optional(),
});

export const getArticleVersionsOutput = z.object({
  versions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      sourceName: z.string(),
      url: z.string().nullable(),
      createdAt: z.date(),
      wordCount: z.number().int(),
    }),
  ),
  diff: z
    .object({
      fromId: z.string(),
      toId: z.string(),
      parts: z.array(z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) })),
      added: z.number().int(),
      removed: z.number().int(),
    })
    .nullable(),
});

export const getArticleVersionsProcedure = workspaceProcedure
  .input(getArticleVersionsInput)
  .output(getArticleVersionsOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return listArticleVersions(ctx.db, { workspaceId: workspace.id, articleId: input.articleId, againstId: input.against });
  });
