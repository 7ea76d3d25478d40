import { z } from "zod";
import { getArticle } from "../../services/article/get-article.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { articleSummary } from "./list-articles.ts";

/** Article ids are cuids: anything else (lone surrogates, SQL, paths) is refused before the database sees it. */
export const articleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "an article id");

export const getArticleInput = z.object({ workspace: slugSchema, articleId: articleIdSchema });

export const getArticleOutput = articleSummary.omit({ claimCount: true, mentionCount: true }).extend({
  text: z.string(),
  claims: z.array(
    z.object({
      id: z.string(),
      index: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      kind: z.string(),
      groupId: z.string().nullable(),
    }),
  ),
  mentions: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      normalized: z.unknown(),
      role: z.string().nullable(),
      /** the role with the country the engine read for it ("President of Iran") */
      roleLabel: z.string().nullable(),
      claimId: z.string().nullable(),
      entity: z.object({ id: z.string(), canonical: z.string() }).nullable(),
    }),
  ),
});

export const getArticleProcedure = workspaceProcedure
  .input(getArticleInput)
  .output(getArticleOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return getArticle(ctx.db, workspace.id, input.articleId);
  });
