/** The claim a group is shown by: the earliest in source order, as the columns are. */
export function firstClaim<C extends { article: { sourceName: string }; start: number }>(members: { claim: C }[]): C | undefined {
  return members.map((m) => m.claim).sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start)[0];
}
