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

/** A group member's claim as the report, the coverage and the matrix read it: enough for its heading (names in canonical spelling). */
export const headedClaimSelect = {
  id: true,
  articleId: true,
  text: true,
  start: true,
  end: true,
  article: { select: { sourceName: true } },
  mentions: { where: { entityId: { not: null } }, select: { start: true, end: true, entity: { select: { canonical: true } } } },
} as const;
