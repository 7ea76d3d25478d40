import type { AlignIndex, ClaimProfile } from "./prepare-align-index.ts";

/** How many of a claim's most informative terms open postings lists. */
const QUERY_TERMS = 10;
/**
 * Terms found in more claims than this are topic words, not evidence of one fact; their lists are
 * skipped (save for a claim that has no other list, see below).
 */
const MAX_POSTING = 150;
/**
 * Candidates kept per claim, best first by shared term weight: enough for the MUTUAL_RANK (3) best
 * matches in each of four other articles, a comparison of five reports. With 8, a claim naming the
 * main actor spent its candidates on other claims naming him and its same-fact partner in another
 * article ("postponement" / "cancellation", no shared content word) was never scored.
 */
export const CANDIDATES_PER_CLAIM = 12;
/**
 * Candidates kept for a claim that found none through the ordinary lists (every word frequent,
 * see below): its sample is weaker evidence. Aligning the claim texts of the 1,000-article
 * synthetic corpus, keeping 12 there cost 28 % more time for 761 groups (647 without the
 * fallback); keeping 4 cost 10 % for 748.
 */
const FALLBACK_CANDIDATES = 4;
/** Random hyperplanes per hash table over mean claim vectors: buckets of paraphrases without shared words. */
const HASH_BITS = 10;
const HASH_TABLES = 3;

/**
 * Candidate pairs (indices into `profiles`, i < j, different articles) from an inverted index over
 * informative terms plus sign-hashes of the claims' mean word vectors. Each claim probes at most
 * QUERY_TERMS + HASH_TABLES lists of at most MAX_POSTING entries and keeps CANDIDATES_PER_CLAIM,
 * so the work grows linearly with the number of claims, never with all pairs.
 */
export function generateCandidates(profiles: ClaimProfile[], index: AlignIndex): [number, number][] {
  const postings = new Map<string, number[]>();
  const queries = profiles.map((profile, claim) => {
    const hashes = hashProfile(profile, index);
    const keys = [...hashes];
    const order = [...profile.terms.keys()].sort((x, y) => (profile.weights[y] ?? 0) - (profile.weights[x] ?? 0));
    const top = order.slice(0, QUERY_TERMS);
    for (const i of order) keys.push(profile.terms[i] ?? "");
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(claim);
      else postings.set(key, [claim]);
    }
    // A shared hash bucket is weak evidence: worth half an average shared term.
    return hashes
      .map((key) => ({ key, weight: index.meanTermWeight / 2 }))
      .concat(top.map((i) => ({ key: profile.terms[i] ?? "", weight: profile.weights[i] ?? 0 })));
  });

  const pairs = new Set<number>();
  const result: [number, number][] = [];
  const n = profiles.length;
  // Dense accumulator reused across claims (a Map per claim was the bottleneck at 30k claims).
  const evidence = new Float64Array(n);
  const touched: number[] = [];
  const articleIds = new Map<string, number>();
  const articleOf = Int32Array.from(profiles, (p) => {
    if (!articleIds.has(p.articleId)) articleIds.set(p.articleId, articleIds.size);
    return articleIds.get(p.articleId)!;
  });
  queries.forEach((query, claim) => {
    const article = articleOf[claim];
    touched.length = 0;
    const gather = (list: number[], weight: number): void => {
      for (const other of list) {
        if (articleOf[other] === article) continue;
        if (evidence[other] === 0) touched.push(other);
        evidence[other] = evidence[other]! + weight;
      }
    };
    let rarest: number[] | null = null;
    for (const { key, weight } of query) {
      const list = postings.get(key);
      if (!list) continue;
      if (list.length <= MAX_POSTING) gather(list, weight);
      else if (!rarest || list.length < rarest.length) rarest = list;
    }
    // A claim whose every word is that frequent would get no candidate at all (hundreds of reports
    // of one event, each with the same sentence): an even sample of its rarest list, ranked by the
    // query terms each sampled claim shares with it, still gives it some at the same bounded cost.
    const fellBack = touched.length === 0 && rarest !== null;
    if (fellBack && rarest) {
      const own = new Map(query.map(({ key, weight }) => [key, weight]));
      for (const other of sampleEvenly(rarest, MAX_POSTING)) {
        if (articleOf[other] === article) continue;
        let shared = Number.MIN_VALUE;
        for (const { key } of queries[other] ?? []) shared += own.get(key) ?? 0;
        touched.push(other);
        evidence[other] = shared;
      }
    }
    const best = selectTop(touched, evidence, fellBack ? FALLBACK_CANDIDATES : CANDIDATES_PER_CLAIM);
    for (const other of touched) evidence[other] = 0;
    for (const other of best) {
      const i = Math.min(claim, other);
      const j = Math.max(claim, other);
      const key = i * n + j;
      if (pairs.has(key)) continue;
      pairs.add(key);
      result.push([i, j]);
    }
  });
  return result;
}

/** `count` entries spread evenly over `list` (in list order, so the sample is reproducible). */
function sampleEvenly(list: number[], count: number): number[] {
  return Array.from({ length: count }, (_, k) => list[Math.floor((k * list.length) / count)]!);
}

/** The `k` entries of `items` with the highest `score`, by insertion into a short list (no full sort). */
function selectTop(items: number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const item of items) {
    const value = score[item]!;
    if (top.length === k && value <= score[top[k - 1]!]!) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && score[top[at - 1]!]! < value) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = item;
  }
  return top;
}

let planes: Float32Array | null = null;

function hashProfile(profile: ClaimProfile, index: AlignIndex): string[] {
  const { matrix, dimensions } = index.vectors;
  const mean = new Float32Array(dimensions);
  let used = 0;
  profile.rows.forEach((row, i) => {
    if (row < 0) return;
    const weight = profile.weights[i] ?? 0;
    for (let d = 0; d < dimensions; d++) mean[d] = (mean[d] ?? 0) + weight * (matrix[row * dimensions + d] ?? 0);
    used++;
  });
  if (used < 2) return [];
  planes ??= makePlanes(HASH_TABLES * HASH_BITS * dimensions);
  const keys: string[] = [];
  for (let t = 0; t < HASH_TABLES; t++) {
    let code = 0;
    for (let b = 0; b < HASH_BITS; b++) {
      const base = (t * HASH_BITS + b) * dimensions;
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += (mean[d] ?? 0) * (planes[base + d] ?? 0);
      code = (code << 1) | (dot > 0 ? 1 : 0);
    }
    keys.push(`#h${t}:${code}`);
  }
  return keys;
}

/** Fixed-seed pseudo-random planes so runs are reproducible. */
function makePlanes(size: number): Float32Array {
  const out = new Float32Array(size);
  let state = 0x9e3779b9;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = ((state >>> 0) / 0xffffffff) * 2 - 1;
  }
  return out;
}
