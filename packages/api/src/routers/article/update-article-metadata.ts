import { z } from "zod";
import { startAnalysis } from "../../services/analysis/start-analysis.ts";
import { updateArticleMetadata } from "../../services/article/update-article-metadata.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { articleIdSchema } from "./get-article.ts";
import { articleMetadataInput, metadataOutput } from "./import-source-schema.ts";

export const updateArticleMetadataInput = z.object({
  workspace: slugSchema,
  articleId: articleIdSchema,
  metadata: articleMetadataInput.required({ title: true }).extend({
    outlet: articleMetadataInput.shape.outlet.unwrap(),
    author: articleMetadataInput.shape.author.unwrap(),
    url: articleMetadataInput.shape.url.unwrap(),
    publishedAt: articleMetadataInput.shape.publishedAt.unwrap(),
    language: articleMetadataInput.shape.language.unwrap(),
  }),
});

export const updateArticleMetadataOutput = z.object({
  metadata: metadataOutput,
  changed: z.array(z.string()),
  analysisStarted: z.boolean(),
});

/** A reviewer corrects an article's metadata; relative dates resolve against it, so the analysis re-runs. */
export const updateArticleMetadataProcedure = workspaceProcedure
  .input(updateArticleMetadataInput)
  .output(updateArticleMetadataOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const { metadata } = input;
    const { article, changed } = await updateArticleMetadata(ctx.db, {
      workspaceId: workspace.id,
      articleId: input.articleId,
      patch: {
        title: metadata.title,
        outlet: metadata.outlet || null,
        author: metadata.author || null,
        url: metadata.url || null,
        publishedAt: metadata.publishedAt || null,
        language: metadata.language || null,
      },
      reviewerId: ctx.reviewer.id,
    });
    const analysisStarted =
      changed.length > 0 &&
      (await startAnalysis(ctx.db, workspace.id, ctx.reviewer.id).then(
        () => true,
        () => false,
      ));
    return { metadata: article, changed, analysisStarted };
  });
