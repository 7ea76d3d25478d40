import type { AlignedGroup, AlignInput, AlignOptions } from "./align-types.ts";
import { clusterArticles } from "./cluster-articles.ts";
import { clusterClaims, type ScoredPair } from "./cluster-claims.ts";
import { generateCandidates } from "./generate-candidates.ts";
import { prepareAlignIndex, type AlignIndex, type ClaimProfile } from "./prepare-align-index.ts";
import { scoreProfiles } from "./score-claim-pair.ts";

export type { AlignedGroup, AlignInput, AlignOptions } from "./align-types.ts";

/**
 * Default similarity a pair needs, fixed on the seed articles: about 2% of their cross-article
 * claim pairs score above it, roughly the share that can report one fact (same-fact pairs there
 * score 0.25-0.40, paraphrases lower). Not tuned on ECB+.
 */
export const DEFAULT_ALIGN_THRESHOLD = 0.25;
/** With `allowSameArticle: false`, a second claim of an article already in the group must be this much more similar. */
const SAME_ARTICLE_MARGIN = 0.1;
/**
 * Two groups merge when their best pair clears the threshold and their mean pairwise similarity
 * reaches this share of it: looser than strict average link (claims of one fact are not all
 * pairwise similar), yet a single strong link cannot chain a topic into a blob.
 */
const AVERAGE_SHARE = 0.75;
/** A pair links only if each claim is among the other's MUTUAL_RANK best matches in the other's article. */
const MUTUAL_RANK = 3;
/**
 * Similarity kept by a pair whose articles belong to two different stories (each with articles of
 * its own): a soft prior, not a wall, so a background fact shared by reports of two different
 * summits (the 2023 roadmap) still aligns when the sentences are close enough to clear the
 * threshold at twice the usual similarity.
 */
const CROSS_STORY_FACTOR = 0.5;

/** Groups claims of different articles that report the same fact; claims may stay ungrouped. */
export function alignClaims(inputs: AlignInput[], options: AlignOptions = {}, prepared?: AlignIndex): AlignedGroup[] {
  const index = prepared ?? prepareAlignIndex(inputs);
  const profiles: ClaimProfile[] = inputs.map((input) => index.profiles.get(input.id) ?? missingProfile(input.id));
  const position = new Map(inputs.map((input, i) => [input.id, i]));
  const toIndices = (links: [string, string][] | undefined): [number, number][] =>
    (links ?? []).flatMap(([a, b]) => {
      const i = position.get(a);
      const j = position.get(b);
      return i === undefined || j === undefined ? [] : [[i, j] as [number, number]];
    });
  const stories = clusterArticles(profiles);
  const storySize = new Map<number, number>();
  for (const story of stories.values()) storySize.set(story, (storySize.get(story) ?? 0) + 1);
  // Only two stories that each found their own articles are evidence of two different events; a lone
  // article may simply have no close sibling.
  const apart = (a: string, b: string): boolean => {
    const x = stories.get(a) ?? -1;
    const y = stories.get(b) ?? -1;
    return x !== y && (storySize.get(x) ?? 0) > 1 && (storySize.get(y) ?? 0) > 1;
  };
  // Memoised: clustering and the group scores below ask for many of the same pairs again.
  const known = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const key = Math.min(i, j) * inputs.length + Math.max(i, j);
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const a = profiles[i];
    const b = profiles[j];
    if (!a || !b) return 0;
    const similarity = scoreProfiles(a, b, index);
    const result = apart(a.articleId, b.articleId) ? similarity * CROSS_STORY_FACTOR : similarity;
    known.set(key, result);
    return result;
  };
  const scored = generateCandidates(profiles, index).map(([i, j]) => ({ i, j, score: score(i, j) }));
  const pairs = keepMutualBest(
    scored,
    inputs.map((input) => input.articleId),
    MUTUAL_RANK,
  );
  const clusters = clusterClaims(
    inputs.map((input) => input.articleId),
    pairs,
    {
      threshold: options.threshold ?? DEFAULT_ALIGN_THRESHOLD,
      sameArticleMargin: options.allowSameArticle === false ? SAME_ARTICLE_MARGIN : 0,
      averageShare: AVERAGE_SHARE,
      mustLink: toIndices(options.mustLink),
      cannotLink: toIndices(options.cannotLink),
      apart: (left, right) => holdsTwoEvents([...left, ...right].map((i) => inputs[i])),
    },
    score,
  );
  const groups: AlignedGroup[] = [];
  for (const members of clusters) {
    if (new Set(members.map((i) => inputs[i]?.articleId)).size < 2) continue;
    members.sort((a, b) => a - b);
    let total = 0;
    let count = 0;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        total += score(members[x] ?? 0, members[y] ?? 0);
        count++;
      }
    }
    groups.push({ claimIds: members.map((i) => inputs[i]?.id ?? ""), score: count ? total / count : 0 });
  }
  return groups;
}

/**
 * Mutual best match across articles: a sentence about a topic resembles many sentences of another
 * article a little, but the one reporting the same fact is among its very best matches there,
 * and the reverse holds too.
 */
export function keepMutualBest(pairs: ScoredPair[], articleOf: string[], rank: number): ScoredPair[] {
  // Numeric keys (claim, article index) and short sorted arrays: string keys cost seconds at 30k claims.
  const articleIndex = new Map<string, number>();
  const articleNo = articleOf.map((article) => {
    if (!articleIndex.has(article)) articleIndex.set(article, articleIndex.size);
    return articleIndex.get(article)!;
  });
  const articles = Math.max(articleIndex.size, 1);
  const best = new Map<number, number[]>();
  const offer = (claim: number, article: number, score: number): void => {
    const key = claim * articles + article;
    let top = best.get(key);
    if (!top) best.set(key, (top = []));
    if (top.length === rank && score <= top[rank - 1]!) return;
    let at = top.length === rank ? rank - 1 : top.length;
    while (at > 0 && top[at - 1]! < score) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = score;
  };
  for (const { i, j, score } of pairs) {
    offer(i, articleNo[j] ?? 0, score);
    offer(j, articleNo[i] ?? 0, score);
  }
  const bar = (claim: number, article: number): number => {
    const top = best.get(claim * articles + article) ?? [];
    return top[top.length - 1] ?? Infinity;
  };
  return pairs.filter(({ i, j, score }) => score >= bar(i, articleNo[j] ?? 0) && score >= bar(j, articleNo[i] ?? 0));
}

/**
 * One slot on which a group's claims disagree is what a discrepancy report is for (a misreported
 * place, a wrong minister); two ("Raisi … in Tehran" against "Pezeshkian … in Minsk") mean the
 * group holds two events, whatever words its claims share. Checked on the group a merge would
 * make, so claims that each differ on one slot cannot add up to a mixed group either.
 */
function holdsTwoEvents(inputs: (AlignInput | undefined)[]): boolean {
  const bySlot = new Map<string, Map<string, AlignInput[]>>();
  for (const input of inputs) {
    for (const [slot, value] of Object.entries(input?.eventSlots ?? {})) {
      let values = bySlot.get(slot);
      if (!values) bySlot.set(slot, (values = new Map()));
      const fills = values.get(value);
      if (fills) fills.push(input!);
      else values.set(value, [input!]);
    }
  }
  let disputed = 0;
  for (const values of bySlot.values()) {
    if (values.size > 1 && disagree(values) && ++disputed >= 2) return true;
  }
  return false;
}

/** Two claims fill the slot differently and neither names the other's choice. */
function disagree(values: Map<string, AlignInput[]>): boolean {
  const entries = [...values];
  return entries.some(([x, xs], n) =>
    entries.slice(n + 1).some(([y, ys]) => xs.some((a) => !a.names?.includes(y) && ys.some((b) => !b.names?.includes(x)))),
  );
}

function missingProfile(id: string): never {
  throw new Error(`alignClaims: claim ${id} is missing from the prepared index`);
}
