import type { Claim, DuplicateArticle } from "../types.ts";
import { claimTextKey } from "./claim-text-key.ts";

/**
 * Two articles are near-identical when this share of the claims of the longer one are word for
 * word claims of the other: a wire copy with its own headline, an editor's note or a dropped
 * paragraph stays a copy, while two reports that quote one statement share a sentence or two.
 */
export const NEAR_IDENTICAL_SHARE = 0.8;
/**
 * A sentence held by more original articles than this is boilerplate (a standard closing line),
 * not a sign of copying; skipping it keeps the search linear in the number of claims.
 */
const MAX_HOLDERS = 50;

export interface DuplicateFinding {
  duplicates: DuplicateArticle[];
  /** claims of a copy that repeat a claim of its original: the original's claim stands for them */
  repeatedClaimIds: Set<string>;
}

/**
 * Finds the articles that copy an earlier one (claims in article order, as `segmentClaims` makes
 * them). Each article is compared with the originals before it only, through an index of their
 * claim texts, so 300 copies of one story cost one lookup per claim, not 300² comparisons.
 */
export function findDuplicateArticles(claims: Claim[]): DuplicateFinding {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const own = byArticle.get(claim.articleId);
    if (own) own.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  const holders = new Map<string, string[]>();
  const keysOf = new Map<string, Set<string>>();
  const finding: DuplicateFinding = { duplicates: [], repeatedClaimIds: new Set() };
  for (const [articleId, own] of byArticle) {
    const keyOf = own.map((c) => claimTextKey(c.text));
    const keys = new Set(keyOf.filter((key) => key !== ""));
    const original = findOriginal(keys, holders, keysOf);
    if (original) {
      finding.duplicates.push({ articleId, ...original.duplicate });
      own.forEach((claim, i) => {
        if (original.keys.has(keyOf[i] ?? "")) finding.repeatedClaimIds.add(claim.id);
      });
      continue;
    }
    keysOf.set(articleId, keys);
    for (const key of keys) {
      const list = holders.get(key);
      if (list) list.push(articleId);
      else holders.set(key, [articleId]);
    }
  }
  return finding;
}

function findOriginal(
  keys: Set<string>,
  holders: Map<string, string[]>,
  keysOf: Map<string, Set<string>>,
): { duplicate: Omit<DuplicateArticle, "articleId">; keys: Set<string> } | null {
  const shared = new Map<string, number>();
  for (const key of keys) {
    const list = holders.get(key) ?? [];
    if (list.length > MAX_HOLDERS) continue;
    for (const holder of list) shared.set(holder, (shared.get(holder) ?? 0) + 1);
  }
  let best: { id: string; overlap: number; count: number } | null = null;
  for (const [id, count] of shared) {
    const overlap = count / Math.max(keys.size, keysOf.get(id)?.size ?? 0, 1);
    // ties go to the earliest original (map order is article order)
    if (!best || overlap > best.overlap) best = { id, overlap, count };
  }
  if (!best || best.overlap < NEAR_IDENTICAL_SHARE) return null;
  const originalKeys = keysOf.get(best.id) ?? new Set<string>();
  const identical = best.count === keys.size && best.count === originalKeys.size;
  return { duplicate: { duplicateOf: best.id, identical, overlap: Math.round(best.overlap * 1000) / 1000 }, keys: originalKeys };
}
