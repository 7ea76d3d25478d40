// The installed embeddings JSON is 300 MB and takes ~11 s and ~1 GB to parse, far beyond the
// engine's budget, so we ship a derived table: the most frequent plain words, int8-quantised
// and base64-encoded, which loads in milliseconds. This module turns the package's object into
// that table; bench/ecb-vectors-build.ts writes it to src/vectors/data/.

export interface RawEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export interface CompactVectors {
  dimensions: number;
  /** words joined by single spaces, in the order of the rows */
  words: string;
  /** rows of `dimensions` signed bytes, base64 */
  data: string;
}

const PLAIN_WORD = /^[a-z]+(?:-[a-z]+)?$/;

export function compactVectors(raw: RawEmbeddings, maxWords: number): CompactVectors {
  const dims = raw.dimensions;
  const kept: string[] = [];
  for (const word of raw.words) {
    if (kept.length >= maxWords) break;
    if (PLAIN_WORD.test(word) && raw.vectors[word]) kept.push(word);
  }
  const bytes = new Uint8Array(kept.length * dims);
  kept.forEach((word, row) => {
    const vector = raw.vectors[word] ?? [];
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) maxAbs = Math.max(maxAbs, Math.abs(vector[d] ?? 0));
    // Per-row scale is dropped on purpose: rows are re-normalised on load and only cosines are used.
    const scale = maxAbs > 0 ? 127 / maxAbs : 0;
    for (let d = 0; d < dims; d++) {
      bytes[row * dims + d] = Math.round((vector[d] ?? 0) * scale) & 0xff;
    }
  });
  return { dimensions: dims, words: kept.join(" "), data: encodeBase64(bytes) };
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
