import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.ts";
import type { AnalysisResult } from "../src/types.ts";
import { loadSeedArticles } from "./seed-articles.ts";

/** What the claim groups are, by article and position, so two runs can be compared. */
function groupSignatures(result: AnalysisResult, rename: (articleId: string) => string = (id) => id): string[] {
  const claimById = new Map(result.claims.map((c) => [c.id, c]));
  return result.groups
    .map((g) => g.claimIds.map((id) => `${rename(claimById.get(id)!.articleId)}:${claimById.get(id)!.start}`).join(","))
    .sort();
}

describe("analysis of a corpus of 300 copies of one article and two other reports", () => {
  const seeds = loadSeedArticles();
  const summit = seeds.find((s) => s.id === "002")!;
  const others = seeds.filter((s) => s.id === "003" || s.id === "004");
  const copies = Array.from({ length: 300 }, (_, i) => ({ ...summit, id: `copy-${String(i).padStart(3, "0")}` }));
  let result: AnalysisResult;
  let distinct: AnalysisResult;

  beforeAll(() => {
    result = analyze([...copies, ...others]);
    distinct = analyze([summit, ...others]);
  }, 120_000);

  it("reports every copy as a duplicate of the first", () => {
    expect(result.duplicates).toHaveLength(299);
    expect(result.duplicates?.[0]).toEqual({ articleId: "copy-001", duplicateOf: "copy-000", identical: true, overlap: 1 });
    expect(result.duplicates?.every((d) => d.duplicateOf === "copy-000" && d.identical)).toBe(true);
    expect(distinct.duplicates).toBeUndefined();
  });

  it("still forms the claim groups the distinct articles form, with the first copy standing for all", () => {
    expect(result.groups.length).toBeGreaterThan(5);
    expect(groupSignatures(result, (id) => (id === "copy-000" ? "002" : id))).toEqual(groupSignatures(distinct));
    const articleOf = new Map(result.claims.map((c) => [c.id, c.articleId]));
    expect(
      result.groups.flatMap((g) => g.claimIds.map((id) => articleOf.get(id))).filter((a) => a?.startsWith("copy-") && a !== "copy-000"),
    ).toEqual([]);
  });
});
