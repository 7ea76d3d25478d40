/** What every view of a group reads: its own fields and its claims with their articles and named mentions. */
export const groupCoreSelect = {
  id: true,
  label: true,
  severity: true,
  score: true,
  origin: true,
  version: true,
  members: {
    select: {
      origin: true,
      claim: {
        select: {
          id: true,
          text: true,
          start: true,
          end: true,
          articleId: true,
          article: { select: { title: true, outlet: true, publishedAt: true, sourceName: true } },
          mentions: { where: { entityId: { not: null } }, select: { start: true, end: true, entity: { select: { canonical: true } } } },
        },
      },
    },
  },
} as const;
