import type { Db } from "@crosscheck/db";
import { diffWords } from "diff";
import { DomainError } from "../../domain-error.ts";

const versionSelect = {
  id: true,
  title: true,
  sourceName: true,
  url: true,
  createdAt: true,
  wordCount: true,
  previousVersionId: true,
} as const;

export interface DiffPart {
  text: string;
  change: "same" | "added" | "removed";
}

/**
 * Every version of an article's source, oldest first, and a word diff between two of them (by
 * default the article against the version before it), as news-diff trackers show edits.
 */
export async function listArticleVersions(
  db: Db,
  { workspaceId, articleId, againstId }: { workspaceId: string; articleId: string; againstId?: string | undefined },
) {
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId }, select: versionSelect });
  if (!article) throw new DomainError("NOT_FOUND", "No such article in this workspace.");
  const chain = [article];
  // version chains are short (a few edits of one story): walking them one row at a time is fine
  for (let id = article.previousVersionId; id; ) {
    const older = await db.article.findFirst({ where: { id, workspaceId }, select: versionSelect });
    if (!older || chain.some((v) => v.id === older.id)) break;
    chain.unshift(older);
    id = older.previousVersionId;
  }
  for (let id: string | null = article.id; id; ) {
    const newer: typeof article | null = await db.article.findFirst({
      where: { previousVersionId: id, workspaceId },
      orderBy: { createdAt: "asc" },
      select: versionSelect,
    });
    if (!newer || chain.some((v) => v.id === newer.id)) break;
    chain.push(newer);
    id = newer.id;
  }
  const fromId = againstId ?? article.previousVersionId;
  if (!fromId) return { versions: chain, diff: null };
  if (!chain.some((v) => v.id === fromId)) throw new DomainError("INVALID_INPUT", "That article is not a version of this one.");
  const [from, to] = await Promise.all(
    [fromId, articleId].map((id) => db.article.findFirstOrThrow({ where: { id, workspaceId }, select: { id: true, text: true } })),
  );
  const parts: DiffPart[] = diffWords(from!.text, to!.text).map((p) => ({
    text: p.value,
    change: p.added ? "added" : p.removed ? "removed" : "same",
  }));
  return {
    versions: chain,
    diff: { fromId, toId: articleId, parts, added: countWords(parts, "added"), removed: countWords(parts, "removed") },
  };
}

function countWords(parts: DiffPart[], change: DiffPart["change"]): number {
  return parts.filter((p) => p.change === change).reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
}
