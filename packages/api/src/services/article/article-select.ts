/** The metadata every view of an article shows. */
export const articleMetaSelect = {
  id: true,
  title: true,
  outlet: true,
  author: true,
  url: true,
  publishedAt: true,
  publishedPrecision: true,
  language: true,
  sourceName: true,
  wordCount: true,
  createdAt: true,
  previousVersionId: true,
} as const;
