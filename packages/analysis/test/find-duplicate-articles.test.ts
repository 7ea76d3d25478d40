import { describe, expect, it } from "vitest";
import { findDuplicateArticles } from "../src/duplicates/find-duplicate-articles.ts";
import type { Claim } from "../src/types.ts";

const SENTENCES = Array.from({ length: 10 }, (_, i) => `Sentence number ${i} of the wire story says something different, item ${i}.`);

function claimsOf(articleId: string, texts: string[]): Claim[] {
  return texts.map((text, index) => ({
    id: `${articleId}-${index}`,
    articleId,
    index,
    start: index * 100,
    end: index * 100 + text.length,
    text,
    kind: "sentence",
  }));
}

describe("findDuplicateArticles", () => {
  it("finds an identical copy and a near-identical one, whatever their punctuation and case", () => {
    const claims = [
      ...claimsOf("original", SENTENCES),
      ...claimsOf(
        "copy",
        SENTENCES.map((s) => s.toUpperCase().replace(/,/g, " —")),
      ),
      ...claimsOf("edited", [...SENTENCES.slice(0, 9), "Editor's note: this copy was filed twice."]),
    ];
    const { duplicates, repeatedClaimIds } = findDuplicateArticles(claims);
    expect(duplicates).toEqual([
      { articleId: "copy", duplicateOf: "original", identical: true, overlap: 1 },
      { articleId: "edited", duplicateOf: "original", identical: false, overlap: 0.9 },
    ]);
    // the editor's note is the edited copy's own: it stays in the alignment
    expect(repeatedClaimIds.has("edited-9")).toBe(false);
    expect(repeatedClaimIds.has("edited-0")).toBe(true);
    expect([...repeatedClaimIds].filter((id) => id.startsWith("original"))).toEqual([]);
  });

  it("leaves alone an excerpt and two reports that share a quotation", () => {
    const claims = [
      ...claimsOf("full", SENTENCES),
      ...claimsOf("excerpt", SENTENCES.slice(0, 4)),
      ...claimsOf("other", [SENTENCES[0]!, "A different report of the same day.", "It adds its own reading of events."]),
    ];
    expect(findDuplicateArticles(claims)).toEqual({ duplicates: [], repeatedClaimIds: new Set() });
  });
});
