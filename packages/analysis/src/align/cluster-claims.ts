const LINK_SAMPLE = 64;

/** A scored candidate pair of claim indices. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

export interface ClusterSettings {
  threshold: number;
  /** extra similarity a claim needs to join a group that already holds a claim of its article */
  sameArticleMargin: number;
  /** share of the threshold the mean similarity between two groups must reach for them to merge */
  averageShare: number;
  mustLink: [number, number][];
  cannotLink: [number, number][];
  /** true when two groups (claim indices) report different events and must stay apart */
  apart?: (left: number[], right: number[]) => boolean;
}

/**
 * Greedy clustering over candidate pairs, best pair first. Merging also needs the mean
 * similarity over the cross pairs (not one strong link) so topics do not chain into blobs, and a
 * second claim of an already present article must clear a higher bar, which keeps groups near one
 * claim per article. Manual links are merged first; manual unlinks, and groups that report
 * different events, veto any merge.
 */
export function clusterClaims(
  articleOf: string[],
  pairs: ScoredPair[],
  settings: ClusterSettings,
  scorePair: (i: number, j: number) => number,
): number[][] {
  const n = articleOf.length;
  const known = new Map<number, number>();
  for (const { i, j, score } of pairs) known.set(Math.min(i, j) * n + Math.max(i, j), score);
  const similarity = (i: number, j: number): number => {
    const key = Math.min(i, j) * n + Math.max(i, j);
    let score = known.get(key);
    if (score === undefined) {
      score = scorePair(i, j);
      known.set(key, score);
    }
    return score;
  };
  // Average link over all cross pairs. Past LINK_SAMPLE pairs only pairs already scored count and
  // the rest count as unrelated: the candidate generator proposed every pair sharing informative
  // evidence, so an unproposed pair shares none, and scoring it would cost a full comparison.
  const averageLink = (left: number[], right: number[]): number => {
    const exact = left.length * right.length <= LINK_SAMPLE;
    let sum = 0;
    for (const a of left) {
      for (const b of right) {
        sum += exact ? similarity(a, b) : (known.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0);
      }
    }
    return sum / (left.length * right.length);
  };

  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  const forbidden = new Map<number, Set<number>>();
  for (const [a, b] of settings.cannotLink) {
    if (!forbidden.has(a)) forbidden.set(a, new Set());
    if (!forbidden.has(b)) forbidden.set(b, new Set());
    forbidden.get(a)?.add(b);
    forbidden.get(b)?.add(a);
  }
  const vetoed = (x: number[], y: number[]): boolean =>
    x.some((a) => {
      const banned = forbidden.get(a);
      return banned !== undefined && y.some((b) => banned.has(b));
    });
  const merge = (x: number, y: number): void => {
    const into = members.get(x) ?? [];
    for (const claim of members.get(y) ?? []) {
      into.push(claim);
      clusterOf[claim] = x;
    }
    members.delete(y);
  };

  for (const [a, b] of settings.mustLink) {
    const x = clusterOf[a] ?? a;
    const y = clusterOf[b] ?? b;
    if (x !== y) merge(x, y);
  }

  const ordered = pairs.filter((p) => p.score >= settings.threshold).sort((p, q) => q.score - p.score);
  for (const { i, j } of ordered) {
    const x = clusterOf[i] ?? i;
    const y = clusterOf[j] ?? j;
    if (x === y) continue;
    const left = members.get(x) ?? [];
    const right = members.get(y) ?? [];
    if (vetoed(left, right)) continue;
    const articles = new Set(left.map((c) => articleOf[c]));
    const overlap = right.some((c) => articles.has(articleOf[c]));
    const average = averageLink(left, right);
    const bar = settings.threshold * settings.averageShare + (overlap ? settings.sameArticleMargin : 0);
    // the event check pools both groups' slots: dearer than the average, so asked only when it passes
    if (average >= bar && !settings.apart?.(left, right)) merge(x, y);
  }
  return [...members.values()];
}
