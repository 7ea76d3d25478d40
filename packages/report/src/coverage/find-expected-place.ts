import type { CoverageAnchor } from "./coverage-types.ts";
import type { CoverageIndex } from "./index-coverage-input.ts";

/** Enough articles to find a neighbour; more only cost time on large workspaces. */
const REFERENCE_ARTICLES = 5;

interface Neighbour {
  groupId: string;
  position: "after" | "before";
}

/**
 * The facts around one fact in the articles that state it, nearest first: at equal distance the
 * one before it (the missing sentence would follow it), then the earlier article's. Computed once
 * per fact, then read for every outlet that leaves the fact out.
 */
export function orderNeighbours(index: CoverageIndex, groupId: string): Neighbour[] {
  const articles = [...new Set((index.membersOfGroup.get(groupId) ?? []).map((m) => m.articleId))].slice(0, REFERENCE_ARTICLES);
  const found: (Neighbour & { distance: number; article: number })[] = [];
  articles.forEach((articleId, article) => {
    const claims = index.claimsOfArticle.get(articleId) ?? [];
    const at = claims.findIndex((c) => index.groupOfClaim.get(c.id) === groupId);
    if (at < 0) return;
    claims.forEach((c, i) => {
      const neighbour = index.groupOfClaim.get(c.id);
      if (neighbour === undefined || neighbour === groupId) return;
      found.push({ groupId: neighbour, position: i < at ? "after" : "before", distance: Math.abs(i - at), article });
    });
  });
  found.sort(
    (a, b) => a.distance - b.distance || a.article - b.article || (a.position === "after" ? 0 : 1) - (b.position === "after" ? 0 : 1),
  );
  const seen = new Set<string>();
  return found.filter((n) => !seen.has(n.groupId) && seen.add(n.groupId));
}

/**
 * Where each outlet that leaves a fact out would have stated it: beside its own claim of the
 * fact's nearest neighbour that it states (the claim that fact's cell shows, so a reader finds its
 * text there); without one, its first article from the top. Walks the
 * neighbours once, handing each to the outlets that state it, so a fact costs its neighbours'
 * claims, not outlets × neighbours.
 */
export function findExpectedPlaces(
  neighbours: Neighbour[],
  absent: string[],
  /** each outlet's claim of a fact, the one its cell shows */
  claimsOfGroup: (groupId: string) => Map<string, { id: string; articleId: string }> | undefined,
  firstArticleOf: (outlet: string) => string | undefined,
): Map<string, CoverageAnchor | null> {
  const places = new Map<string, CoverageAnchor | null>();
  const waiting = new Set(absent);
  for (const n of neighbours) {
    if (waiting.size === 0) break;
    for (const [outlet, own] of claimsOfGroup(n.groupId) ?? []) {
      if (!waiting.delete(outlet)) continue;
      places.set(outlet, { articleId: own.articleId, claimId: own.id, position: n.position, neighbourGroupId: n.groupId });
    }
  }
  for (const outlet of waiting) {
    const first = firstArticleOf(outlet);
    places.set(outlet, first === undefined ? null : { articleId: first, claimId: null, position: "start", neighbourGroupId: null });
  }
  return places;
}
