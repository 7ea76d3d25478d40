import { describe, expect, it } from "vitest";
import { alignClaims, type AlignInput } from "../src/align/align-claims.ts";
import { generateCandidates } from "../src/align/generate-candidates.ts";
import { prepareAlignIndex } from "../src/align/prepare-align-index.ts";

// 200 articles that all report the same two facts in the same words: every word of every claim is
// in more claims than the candidate index's frequency cut-off (150).
const ARTICLES = 200;
const inputs: AlignInput[] = Array.from({ length: ARTICLES }, (_, i) => [
  { id: `a${i}-1`, articleId: `A${i}`, text: "The earthquake of magnitude 6.1 struck Kermanshah province on Sunday, killing 12 people." },
  { id: `a${i}-2`, articleId: `A${i}`, text: "The central bank raised its key interest rate to 18 percent." },
]).flat();

describe("alignment when every word is frequent", () => {
  it("still gives every claim candidates", () => {
    const index = prepareAlignIndex(inputs);
    const profiles = inputs.map((input) => index.profiles.get(input.id)!);
    const pairs = generateCandidates(profiles, index);
    const withCandidates = new Set(pairs.flat());
    expect(withCandidates.size).toBe(inputs.length);
    // bounded: the fallback samples a list, it never reads it whole
    expect(pairs.length).toBeLessThanOrEqual(inputs.length * 12);
  });

  it("still groups the same fact across articles, and keeps the two facts apart", () => {
    const groups = alignClaims(inputs);
    const quake = groups.filter((g) => g.claimIds.every((id) => id.endsWith("-1")));
    const bank = groups.filter((g) => g.claimIds.every((id) => id.endsWith("-2")));
    expect(quake.length).toBeGreaterThan(0);
    expect(bank.length).toBeGreaterThan(0);
    expect(quake.length + bank.length).toBe(groups.length);
  });
});
