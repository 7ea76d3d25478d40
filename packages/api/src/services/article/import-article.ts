import type { Db } from "@crosscheck/db";
import type { ArticleDraft } from "@crosscheck/ingest";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findDuplicateArticle, findPreviousVersion } from "./find-related-article.ts";

export interface ImportedArticle {
  id: string;
  title: string;
  sourceName: string;
  previousVersionId: string | null;
}

/**
 * One article, one transaction: it is either stored whole or not at all. A text already in the
 * workspace is refused as a duplicate; a changed text from the same source (file name or URL) becomes a new version.
 */
export async function importArticle(
  db: Db,
  { workspaceId, draft, reviewerId }: { workspaceId: string; draft: ArticleDraft; reviewerId: string | null },
): Promise<ImportedArticle> {
  return db.$transaction(async (tx) => {
    const duplicate = await findDuplicateArticle(tx, workspaceId, draft);
    if (duplicate) {
      throw new DomainError(
        "DUPLICATE",
        `${draft.sourceName}: already imported (same text as "${duplicate.title}" from ${duplicate.sourceName})`,
      );
    }
    const previous = await findPreviousVersion(tx, workspaceId, draft);
    const article = await tx.article.create({
      data: { ...draft, workspaceId, previousVersionId: previous?.id ?? null },
      select: { id: true, title: true, sourceName: true, previousVersionId: true },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: "article.import",
      targetType: "article",
      targetId: article.id,
      details: { sourceName: draft.sourceName, title: draft.title, newVersionOf: previous?.id ?? null },
    });
    return article;
  });
}
