import type { Db } from "@crosscheck/db";
import { describeRole } from "../entity/describe-role.ts";
import { articleMetaSelect } from "./article-select.ts";
import { DomainError } from "../../domain-error.ts";

export async function getArticle(db: Db, workspaceId: string, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId },
    select: {
      ...articleMetaSelect,
      text: true,
      claims: {
        orderBy: { start: "asc" },
        select: { id: true, index: true, start: true, end: true, kind: true, groups: { select: { groupId: true } } },
      },
      mentions: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          type: true,
          text: true,
          start: true,
          end: true,
          normalized: true,
          role: true,
          claimId: true,
          entity: { select: { id: true, canonical: true } },
        },
      },
    },
  });
  if (!article) throw new DomainError("NOT_FOUND", "No such article in this workspace.");
  return {
    ...article,
    claims: article.claims.map(({ groups, ...c }) => ({ ...c, groupId: groups[0]?.groupId ?? null })),
    mentions: article.mentions.map(({ normalized, ...m }) => {
      const value = JSON.parse(normalized) as unknown;
      return { ...m, normalized: value, roleLabel: describeRole(m.role, value) };
    }),
  };
}
