import type { CoverageUniqueClaim } from "./coverage-types.ts";
import { claimTextKey, type CoverageIndex } from "./index-coverage-input.ts";

/**
 * What only one outlet states: its claims in no group (unless another outlet has the very same
 * sentence, which the grouping left out as a copy), and for each group only its own articles
 * state, that group's first claim. In outlet order, then article and text order.
 */
export function findUniqueClaims(index: CoverageIndex, statedByOf: Map<string, string[]>): CoverageUniqueClaim[] {
  const unique: CoverageUniqueClaim[] = [];
  for (const outlet of index.outlets) {
    const soloGroups = new Set<string>();
    for (const articleId of outlet.articleIds) {
      for (const c of index.claimsOfArticle.get(articleId) ?? []) {
        const groupId = index.groupOfClaim.get(c.id);
        const entry = { outlet: outlet.name, articleId, claimId: c.id, text: c.text, start: c.start, end: c.end };
        if (groupId === undefined) {
          if ((index.outletsOfText.get(claimTextKey(c.text))?.size ?? 1) <= 1) unique.push({ ...entry, groupId: null });
        } else if (statedByOf.get(groupId)?.length === 1 && !soloGroups.has(groupId)) {
          soloGroups.add(groupId);
          unique.push({ ...entry, groupId });
        }
      }
    }
  }
  return unique;
}
