import { describe, expect, it } from "vitest";
import { cosineRows, loadWordVectors } from "../src/vectors/word-vectors.ts";

describe("loadWordVectors", () => {
  it("loads the shipped word vectors once and finds related words closer than unrelated ones", () => {
    const vectors = loadWordVectors();
    expect(loadWordVectors()).toBe(vectors);
    const row = (word: string): number => vectors.rowOf(word);
    for (const word of ["visit", "trip", "postponed", "cancelled", "potato"]) expect(row(word)).toBeGreaterThanOrEqual(0);
    expect(row("zzqxj")).toBe(-1);
    expect(cosineRows(vectors, row("visit"), row("trip"))).toBeGreaterThan(cosineRows(vectors, row("visit"), row("potato")));
    expect(cosineRows(vectors, row("postponed"), row("cancelled"))).toBeGreaterThan(0.6);
    expect(cosineRows(vectors, row("trip"), row("trip"))).toBeCloseTo(1, 5);
  });
});
