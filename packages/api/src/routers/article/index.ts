import { createTRPCRouter } from "../../trpc.ts";
import { getArticleProcedure } from "./get-article.ts";
import { importArticlesProcedure } from "./import-articles.ts";
import { listArticlesProcedure } from "./list-articles.ts";

export const articleRouter = createTRPCRouter({ list: listArticlesProcedure, byId: getArticleProcedure, import: importArticlesProcedure });
