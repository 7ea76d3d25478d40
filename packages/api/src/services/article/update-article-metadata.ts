import type { Db } from "@crosscheck/db";
import { normalizePublishedDate, precisionOf, toWellFormed } from "@crosscheck/ingest";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { articleMetaSelect } from "./article-select.ts";

export interface ArticleMetadataPatch {
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** A reviewer's correction of an article's metadata, audited with what it was before. */
export async function updateArticleMetadata(
  db: Db,
  {
    workspaceId,
    articleId,
    patch,
    reviewerId,
  }: { workspaceId: string; articleId: string; patch: ArticleMetadataPatch; reviewerId: string },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: articleMetaSelect });
    if (!before) throw new DomainError("NOT_FOUND", "No such article in this workspace.");
    const publishedAt = normalizePublishedDate(patch.publishedAt);
    const clean = (v: string | null) => (v === null ? null : toWellFormed(v));
    const data = {
      title: toWellFormed(patch.title),
      outlet: clean(patch.outlet),
      author: clean(patch.author),
      url: patch.url,
      publishedAt,
      publishedPrecision: precisionOf(publishedAt),
      language: patch.language,
    };
    const after = await tx.article.update({ where: { id: articleId }, data, select: articleMetaSelect });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => before[key] !== after[key]);
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: "article.metadata",
      targetType: "article",
      targetId: articleId,
      details: { changed: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }])) },
    });
    return { article: after, changed };
  });
}
