import type { Db } from "@crosscheck/db";
import { z } from "zod";

const dateValue = z.object({ start: z.string().nullable(), end: z.string().nullable(), precision: z.string() });

/** Every resolved date the articles' claims mention, as a range (a day is a range of one day). */
export async function buildTimeline(db: Db, workspaceId: string) {
  const mentions = await db.mention.findMany({
    where: { type: "date", article: { workspaceId, laterVersions: { none: {} } }, claimId: { not: null } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    select: {
      id: true,
      text: true,
      normalized: true,
      articleId: true,
      claim: { select: { id: true, text: true, groups: { select: { groupId: true } } } },
    },
  });
  const articles = await db.article.findMany({
    where: { workspaceId, laterVersions: { none: {} } },
    orderBy: { sourceName: "asc" },
    select: { id: true, title: true, outlet: true, sourceName: true },
  });
  const events = mentions.flatMap((m) => {
    const value = dateValue.safeParse(JSON.parse(m.normalized));
    if (!value.success || !value.data.start || !value.data.end) return [];
    return [
      {
        id: m.id,
        articleId: m.articleId,
        text: m.text,
        start: value.data.start,
        end: value.data.end,
        precision: value.data.precision,
        claimText: m.claim?.text ?? "",
        groupId: m.claim?.groups[0]?.groupId ?? null,
      },
    ];
  });
  return { articles, events };
}
