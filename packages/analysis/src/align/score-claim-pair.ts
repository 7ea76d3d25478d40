import type { WordVectors } from "../vectors/word-vectors.ts";
import type { AlignInput } from "./align-types.ts";
import { prepareAlignIndex, profileClaim, type AlignIndex, type ClaimProfile } from "./prepare-align-index.ts";

/** Word-vector cosine below which two different words count as unrelated (skip-gram neighbours of a topic sit around 0.3). */
const SOFT_FLOOR = 0.4;
/** A paraphrase word never counts as much as the same word. */
const SOFT_CAP = 0.8;
/** The most frequent words (vector rows are frequency-ordered) are matched only exactly: their neighbours are everything. */
const SOFT_MIN_ROW = 150;
/**
 * Coverage is shrunk as if each claim had this many more unmatched average terms, so a three-word
 * fragment ("Recent news from Belarus") cannot look like a perfect match on little evidence.
 */
const SHORT_CLAIM_PRIOR = 2;

/**
 * Similarity (0..1) of two claims: IDF-weighted share of each claim's terms found in the other,
 * where a different word with a close vector counts partly ("postponed" ~ "cancellation"), combined
 * as a geometric mean so a short claim wholly inside a long one still scores by both sides.
 * Pass the index of the run (`prepareAlignIndex`) for corpus IDF; without it the pair is its own corpus.
 */
export function scoreClaimPair(a: AlignInput, b: AlignInput, context?: AlignIndex): number {
  const index = context ?? prepareAlignIndex([a, b]);
  return scoreProfiles(profileClaim(a, index), profileClaim(b, index), index);
}

export function scoreProfiles(a: ClaimProfile, b: ClaimProfile, index: AlignIndex): number {
  const prior = SHORT_CLAIM_PRIOR * index.meanTermWeight;
  const forward = coverTerms(a, b, index.vectors) / (a.totalWeight + prior);
  const backward = coverTerms(b, a, index.vectors) / (b.totalWeight + prior);
  return Math.sqrt(forward * backward);
}

function coverTerms(from: ClaimProfile, to: ClaimProfile, vectors: WordVectors): number {
  const { matrix, dimensions } = vectors;
  let covered = 0;
  for (let i = 0; i < from.terms.length; i++) {
    const weight = from.weights[i]!;
    if (to.terms.includes(from.terms[i]!)) {
      covered += weight;
      continue;
    }
    const row = from.rows[i]!;
    if (row < SOFT_MIN_ROW) continue;
    const base = row * dimensions;
    let best = 0;
    for (let j = 0; j < to.rows.length; j++) {
      const other = to.rows[j]!;
      if (other < SOFT_MIN_ROW) continue;
      // Inlined dot product of unit rows: this loop is the hot path of alignment.
      const otherBase = other * dimensions;
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += matrix[base + d]! * matrix[otherBase + d]!;
      if (dot > best) best = dot;
    }
    if (best > SOFT_FLOOR) covered += weight * SOFT_CAP * ((best - SOFT_FLOOR) / (1 - SOFT_FLOOR));
  }
  return covered;
}
