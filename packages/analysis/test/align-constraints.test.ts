import { describe, expect, it } from "vitest";
import { alignClaims, type AlignInput } from "../src/align/align-claims.ts";
import { CANDIDATES_PER_CLAIM, generateCandidates } from "../src/align/generate-candidates.ts";
import { prepareAlignIndex } from "../src/align/prepare-align-index.ts";
import { scoreClaimPair } from "../src/align/score-claim-pair.ts";

const claims: AlignInput[] = [
  { id: "a1", articleId: "A", text: "The earthquake of magnitude 6.1 struck Kermanshah province on Sunday, killing 12 people." },
  { id: "a2", articleId: "A", text: "The central bank raised its key interest rate to 18 percent." },
  { id: "a3", articleId: "A", text: "Farmers in the north harvested a record crop of pistachios this autumn." },
  { id: "b1", articleId: "B", text: "A magnitude 6.1 quake hit Kermanshah on Sunday and killed twelve people, officials said." },
  { id: "b2", articleId: "B", text: "Interest rates were lifted to 18 percent by the central bank." },
  { id: "b3", articleId: "B", text: "The national football team lost its friendly match against Japan." },
  { id: "c1", articleId: "C", text: "Twelve people died when the 6.1 magnitude earthquake shook Kermanshah province." },
];

function groupOf(groups: { claimIds: string[] }[], id: string): number {
  return groups.findIndex((g) => g.claimIds.includes(id));
}

describe("alignClaims grouping and manual decisions", () => {
  it("groups the same fact across articles and leaves unrelated claims alone", () => {
    const groups = alignClaims(claims);
    const quake = groupOf(groups, "a1");
    expect(quake).toBeGreaterThanOrEqual(0);
    expect(groupOf(groups, "b1")).toBe(quake);
    expect(groupOf(groups, "c1")).toBe(quake);
    expect(groupOf(groups, "a2")).toBe(groupOf(groups, "b2"));
    expect(groupOf(groups, "a2")).not.toBe(quake);
    expect(groupOf(groups, "a3")).toBe(-1);
    expect(groupOf(groups, "b3")).toBe(-1);
  });

  it("puts claims linked by hand in one group", () => {
    const groups = alignClaims(claims, { mustLink: [["a3", "b3"]] });
    expect(groupOf(groups, "a3")).toBeGreaterThanOrEqual(0);
    expect(groupOf(groups, "a3")).toBe(groupOf(groups, "b3"));
  });

  it("never groups claims unlinked by hand, even the best match", () => {
    const groups = alignClaims(claims, { cannotLink: [["a1", "b1"]] });
    const a = groupOf(groups, "a1");
    const b = groupOf(groups, "b1");
    expect(a === -1 || a !== b).toBe(true);
    // the rest of the fact still groups
    expect(groupOf(groups, "c1")).toBeGreaterThanOrEqual(0);
  });

  it("drops groups that stay within one article", () => {
    const groups = alignClaims(claims, {
      mustLink: [["a2", "a3"]],
      cannotLink: [
        ["a2", "b2"],
        ["a3", "b2"],
      ],
    });
    for (const group of groups) {
      const articles = new Set(group.claimIds.map((id) => claims.find((c) => c.id === id)?.articleId));
      expect(articles.size).toBeGreaterThanOrEqual(2);
    }
  });

  it("scores a pair in 0..1, paraphrases above unrelated claims", () => {
    const index = prepareAlignIndex(claims);
    const [a1, , a3, b1] = claims as [AlignInput, AlignInput, AlignInput, AlignInput];
    const same = scoreClaimPair(a1, b1, index);
    const unrelated = scoreClaimPair(a3, b1, index);
    expect(same).toBeGreaterThan(unrelated + 0.2);
    expect(same).toBeLessThanOrEqual(1);
    expect(unrelated).toBeGreaterThanOrEqual(0);
    // without a prepared index the pair is its own corpus
    expect(scoreClaimPair(a1, b1)).toBeGreaterThan(scoreClaimPair(a3, b1));
  });
});

describe("candidate generation", () => {
  it("compares far fewer pairs than all pairs as the corpus grows", () => {
    // Synthetic articles drawn from one shared topic vocabulary, the worst case for an inverted index.
    const vocabulary = (
      "minister president visit talks agreement trade energy sanctions cooperation summit border oil " +
      "bank rate inflation election parliament court ruling protest police army drone missile treaty " +
      "export import grain harvest factory port railway bridge airline tourism university hospital"
    ).split(" ");
    let state = 7;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const corpus = (n: number): AlignInput[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `s${i}`,
        articleId: `art${Math.floor(i / 20)}`,
        text: Array.from({ length: 12 }, () => vocabulary[random(vocabulary.length)]).join(" ") + ` item${random(n)}.`,
      }));
    for (const n of [500, 2000]) {
      const inputs = corpus(n);
      const index = prepareAlignIndex(inputs);
      const profiles = inputs.map((c) => index.profiles.get(c.id)!);
      const pairs = generateCandidates(profiles, index);
      expect(pairs.length).toBeLessThan((n * (n - 1)) / 2 / 20);
      expect(pairs.length).toBeLessThanOrEqual(n * CANDIDATES_PER_CLAIM);
      for (const [i, j] of pairs) expect(profiles[i]?.articleId).not.toBe(profiles[j]?.articleId);
    }
  });
});
