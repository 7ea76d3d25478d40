import { loadWordVectors, type WordVectors } from "../vectors/word-vectors.ts";
import type { AlignInput } from "./align-types.ts";
import { tokenizeClaim } from "./tokenize-claim.ts";

/** One claim reduced to weighted, de-duplicated terms; `rows[i]` is the vector row of `terms[i]` or -1. */
export interface ClaimProfile {
  id: string;
  articleId: string;
  terms: string[];
  rows: Int32Array;
  weights: Float64Array;
  totalWeight: number;
}

/** Corpus statistics shared by all pair scores of one run; build it once with `prepareAlignIndex`. */
export interface AlignIndex {
  vectors: WordVectors;
  claimCount: number;
  documentFrequency: Map<string, number>;
  profiles: Map<string, ClaimProfile>;
  /** mean weight of a term occurrence over the corpus, the unit of the short-claim prior */
  meanTermWeight: number;
}

interface RawProfile {
  input: AlignInput;
  terms: string[];
  rows: number[];
}

export function prepareAlignIndex(inputs: AlignInput[]): AlignIndex {
  const vectors = loadWordVectors();
  const documentFrequency = new Map<string, number>();
  const raw: RawProfile[] = inputs.map((input) => {
    const { terms, rows } = extractTerms(input, vectors);
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return { input, terms, rows };
  });
  const index: AlignIndex = {
    vectors,
    claimCount: inputs.length,
    documentFrequency,
    profiles: new Map(),
    meanTermWeight: 1,
  };
  let weightSum = 0;
  let termCount = 0;
  for (const { input, terms, rows } of raw) {
    const profile = buildProfile(input, terms, rows, index);
    index.profiles.set(input.id, profile);
    weightSum += profile.totalWeight;
    termCount += terms.length;
  }
  index.meanTermWeight = termCount > 0 ? weightSum / termCount : 1;
  return index;
}

/** The profile of a claim, from the index when it was prepared there, else computed against its statistics. */
export function profileClaim(input: AlignInput, index: AlignIndex): ClaimProfile {
  const known = index.profiles.get(input.id);
  if (known && known.articleId === input.articleId) return known;
  const { terms, rows } = extractTerms(input, index.vectors);
  return buildProfile(input, terms, rows, index);
}

function extractTerms(input: AlignInput, vectors: WordVectors): Omit<RawProfile, "input"> {
  const rowByTerm = new Map<string, number>();
  for (const token of tokenizeClaim(input.text, vectors)) {
    const row = vectors.rowOf(token.word);
    const previous = rowByTerm.get(token.term);
    if (previous === undefined || previous < 0) rowByTerm.set(token.term, row);
  }
  // Entities, dates and numbers found upstream are stronger evidence than their surface words.
  for (const id of input.entityIds ?? []) rowByTerm.set(`#e:${id}`, -1);
  for (const date of input.dates ?? []) {
    const key = date.start ? date.start.slice(0, date.precision === "year" ? 4 : 7) : null;
    if (key) rowByTerm.set(`#d:${key}`, -1);
  }
  for (const number of input.numbers ?? []) rowByTerm.set(`#n:${number.value}:${number.unit ?? ""}`, -1);
  return { terms: [...rowByTerm.keys()], rows: [...rowByTerm.values()] };
}

function buildProfile(input: AlignInput, terms: string[], rows: number[], index: AlignIndex): ClaimProfile {
  const weights = new Float64Array(terms.length);
  let totalWeight = 0;
  terms.forEach((term, i) => {
    const weight = weighTerm(term, rows[i] ?? -1, index);
    weights[i] = weight;
    totalWeight += weight;
  });
  return {
    id: input.id,
    articleId: input.articleId,
    terms,
    rows: Int32Array.from(rows),
    weights,
    totalWeight,
  };
}

/**
 * IDF over the claims of this run, damped by the word's general frequency (vector rows are in
 * corpus-frequency order): with only a few articles the local IDF alone cannot tell "new" from "roadmap".
 */
export function weighTerm(term: string, row: number, index: AlignIndex): number {
  const n = Math.max(index.claimCount, 1);
  const df = index.documentFrequency.get(term) ?? 1;
  const idf = Math.log(1 + n / df);
  const vocabulary = index.vectors.matrix.length / index.vectors.dimensions;
  const generality = row < 0 ? 1 : 0.35 + (0.65 * Math.log(row + 2)) / Math.log(vocabulary + 2);
  return idf * generality;
}
