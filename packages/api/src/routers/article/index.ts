import { createTRPCRouter } from "../../trpc.ts";
import { getArticleProcedure } from "./get-article.ts";
import { getArticleVersionsProcedure } from "./get-article-versions.ts";
import { importArticlesProcedure } from "./import-articles.ts";
import { listArticlesProcedure } from "./list-articles.ts";
import { previewArticlesProcedure } from "./preview-articles.ts";
import { updateArticleMetadataProcedure } from "./update-article-metadata.ts";

export const articleRouter = createTRPCRouter({
  list: listArticlesProcedure,
  byId: getArticleProcedure,
  versions: getArticleVersionsProcedure,
  preview: previewArticlesProcedure,
  import: importArticlesProcedure,
  updateMetadata: updateArticleMetadataProcedure,
});
