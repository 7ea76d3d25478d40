import { DATA, DIMENSIONS, WORDS } from "./data/sg100d-compact.ts";

export interface WordVectors {
  dimensions: number;
  /** row of a word in `matrix`, or -1 when the word has no vector */
  rowOf(word: string): number;
  /** unit-length rows, `dimensions` floats each */
  matrix: Float32Array;
}

let cached: WordVectors | null = null;

/** Decodes the shipped table once, on first use (about 4 MB of floats for 40k words). */
export function loadWordVectors(): WordVectors {
  if (cached) return cached;
  const words = WORDS.split(" ");
  const binary = atob(DATA);
  const matrix = new Float32Array(words.length * DIMENSIONS);
  for (let row = 0; row < words.length; row++) {
    const base = row * DIMENSIONS;
    let norm = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const byte = binary.charCodeAt(base + d);
      const value = byte > 127 ? byte - 256 : byte;
      matrix[base + d] = value;
      norm += value * value;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < DIMENSIONS; d++) matrix[base + d] = (matrix[base + d] ?? 0) * inv;
  }
  const rows = new Map<string, number>();
  words.forEach((word, row) => rows.set(word, row));
  cached = { dimensions: DIMENSIONS, matrix, rowOf: (word) => rows.get(word) ?? -1 };
  return cached;
}

/** Cosine of two rows (rows are unit length, so a dot product). */
export function cosineRows(vectors: WordVectors, a: number, b: number): number {
  const { matrix, dimensions } = vectors;
  const baseA = a * dimensions;
  const baseB = b * dimensions;
  let dot = 0;
  for (let d = 0; d < dimensions; d++) dot += (matrix[baseA + d] ?? 0) * (matrix[baseB + d] ?? 0);
  return dot;
}
