import type { Db, DbTx } from "@crosscheck/db";
import type { ArticleDraft } from "@crosscheck/ingest";

/** The article with exactly this text (whitespace aside), if the workspace has one. */
export function findDuplicateArticle(db: Db | DbTx, workspaceId: string, draft: Pick<ArticleDraft, "contentHash">) {
  return db.article.findUnique({
    where: { workspaceId_contentHash: { workspaceId, contentHash: draft.contentHash } },
    select: { id: true, title: true, sourceName: true },
  });
}

/** The latest version of the same source (same file name or same URL), which a changed text would follow. */
export function findPreviousVersion(db: Db | DbTx, workspaceId: string, draft: Pick<ArticleDraft, "sourceName" | "url">) {
  return db.article.findFirst({
    where: { workspaceId, laterVersions: { none: {} }, OR: [{ sourceName: draft.sourceName }, ...(draft.url ? [{ url: draft.url }] : [])] },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, sourceName: true },
  });
}
