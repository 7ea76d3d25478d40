import type { ClaimProfile } from "./prepare-align-index.ts";

/**
 * Two groups of articles report the same story when the mean cosine of their weighted term bags
 * reaches this. Fixed on the seed articles: their same-event pairs sit at 0.13-0.31 (000-003
 * 0.13, 002-004 0.17, 000-001 0.31) and the mean across the 2023 Tehran and 2025 Minsk reports at
 * about 0.12. (On the seeds this yields {000, 001} and {002, 003, 004}: 003 is borderline.)
 */
export const SAME_STORY_COSINE = 0.13;
/** Terms found in more articles than this are not looked up (they are in every story). */
const MAX_ARTICLE_POSTING = 400;
/**
 * Article pairs less similar than this count as unrelated (0) in average links: keeping every
 * faint overlap of a large run costs seconds and barely moves a mean that must reach 0.13.
 */
const NEGLIGIBLE_COSINE = SAME_STORY_COSINE / 3;
/** Terms per article kept for the article vector, most weighted first. */
const ARTICLE_TERMS = 60;

/**
 * Groups the articles of a run into stories (average-link clustering over article cosines) and
 * returns the story index of each article id. Hand-written: it is ten lines of TF-IDF and a small
 * average-link loop, which no installed library offers over our own term profiles.
 */
export function clusterArticles(profiles: ClaimProfile[]): Map<string, number> {
  const bags = new Map<string, Map<string, number>>();
  for (const profile of profiles) {
    let bag = bags.get(profile.articleId);
    if (!bag) bags.set(profile.articleId, (bag = new Map()));
    // Claim-level weights (IDF damped by general word frequency) rather than article-level IDF,
    // which with a handful of articles cannot tell a story's names from its topic words.
    // Engine signals (#e entities, #d dates, #n numbers) count like words.
    profile.terms.forEach((term, i) => bag.set(term, (bag.get(term) ?? 0) + (profile.weights[i] ?? 0)));
  }
  const articles = [...bags.keys()];
  const n = articles.length;
  const vectors = articles.map((article) => {
    const entries = [...(bags.get(article) ?? new Map<string, number>())].map(
      // Square root: a word repeated through a long article should not drown its other words.
      ([term, weight]) => [term, Math.sqrt(weight)] as [string, number],
    );
    entries.sort((x, y) => y[1] - x[1]);
    const top = entries.slice(0, ARTICLE_TERMS);
    const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return new Map(top.map(([term, w]) => [term, w / norm]));
  });

  // Sparse cosines through an inverted index: only articles sharing a kept term are compared.
  const postings = new Map<string, { article: number; weight: number }[]>();
  vectors.forEach((vector, a) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push({ article: a, weight });
      else postings.set(term, [{ article: a, weight }]);
    }
  });
  const cosine = new Map<number, number>();
  // Dense accumulator reused per article: a Map update per shared term was the bottleneck.
  const dot = new Float64Array(n);
  const touched: number[] = [];
  vectors.forEach((vector, a) => {
    touched.length = 0;
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      if (list.length > MAX_ARTICLE_POSTING) continue;
      for (const { article: b, weight: other } of list) {
        if (b <= a) continue;
        if (dot[b] === 0) touched.push(b);
        dot[b] = dot[b]! + weight * other;
      }
    }
    for (const b of touched) {
      if (dot[b]! >= NEGLIGIBLE_COSINE) cosine.set(a * n + b, dot[b]!);
      dot[b] = 0;
    }
  });

  // Cosine sums between current stories, kept up to date on each merge, so the average link of
  // two stories is one lookup instead of a loop over all their article pairs.
  const sums = new Map<number, Map<number, number>>(articles.map((_, a) => [a, new Map()]));
  for (const [key, c] of cosine) {
    const a = Math.floor(key / n);
    const b = key % n;
    sums.get(a)?.set(b, c);
    sums.get(b)?.set(a, c);
  }
  const size = articles.map(() => 1);
  const storyOf = articles.map((_, a) => a);
  const rootOf = (a: number): number => {
    while (storyOf[a] !== a) a = storyOf[a] = storyOf[storyOf[a]!]!;
    return a;
  };
  const ordered = [...cosine].filter(([, c]) => c >= SAME_STORY_COSINE).sort((p, q) => q[1] - p[1]);
  for (const [key] of ordered) {
    const x = rootOf(Math.floor(key / n));
    const y = rootOf(key % n);
    if (x === y) continue;
    const into = sums.get(x)!;
    const from = sums.get(y)!;
    // Average link over all article pairs: one shared background paragraph cannot join two stories.
    if ((into.get(y) ?? 0) / (size[x]! * size[y]!) < SAME_STORY_COSINE) continue;
    into.delete(y);
    for (const [z, c] of from) {
      if (z === x) continue;
      into.set(z, (into.get(z) ?? 0) + c);
      const other = sums.get(z)!;
      other.delete(y);
      other.set(x, (other.get(x) ?? 0) + c);
    }
    sums.delete(y);
    size[x] = size[x]! + size[y]!;
    storyOf[y] = x;
  }
  return new Map(articles.map((article, a) => [article, rootOf(a)]));
}
