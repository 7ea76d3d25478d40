import type { Db } from "@crosscheck/db";
import { articleMetaSelect } from "./article-select.ts";

export interface ArticleFilter {
  query?: string;
  outlet?: string;
}

export async function listArticles(db: Db, workspaceId: string, filter: ArticleFilter = {}) {
  const rows = await db.article.findMany({
    where: {
      workspaceId,
      ...(filter.outlet ? { outlet: filter.outlet } : {}),
      ...(filter.query
        ? { OR: [{ title: { contains: filter.query } }, { sourceName: { contains: filter.query } }, { text: { contains: filter.query } }] }
        : {}),
    },
    orderBy: [{ sourceName: "asc" }, { createdAt: "asc" }],
    select: {
      ...articleMetaSelect,
      _count: { select: { claims: true, mentions: true } },
    },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, claimCount: _count.claims, mentionCount: _count.mentions }));
}

export async function listOutlets(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { workspaceId, outlet: { not: null } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.flatMap((r) => (r.outlet ? [r.outlet] : []));
}
