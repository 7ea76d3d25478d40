import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.ts";
import { loadSeedArticles } from "./seed-articles.ts";
import type { AnalysisResult, Claim } from "../src/types.ts";

describe("the engine on the five seed articles", () => {
  let result: AnalysisResult;
  let claimById: Map<string, Claim>;
  const groupOf = (pattern: RegExp, articleId: string) => {
    const claim = result.claims.find((c) => c.articleId === articleId && pattern.test(c.text));
    expect(claim, `a claim of ${articleId} matching ${pattern}`).toBeDefined();
    return result.groups.find((g) => g.claimIds.includes(claim!.id));
  };

  beforeAll(() => {
    result = analyze(loadSeedArticles());
    claimById = new Map(result.claims.map((c) => [c.id, c]));
  });

  it("finds the Lukashenko / Lukashenka and Alexander / Aleksandr spellings of one person", () => {
    const lukashenko = result.entities.find((e) => e.forms.some((f) => f.text === "Lukashenka"));
    const forms = lukashenko?.forms.map((f) => f.text) ?? [];
    expect(forms).toEqual(expect.arrayContaining(["Lukashenka", "Alexander Lukashenko", "Aleksandr Lukashenko", "A. Lukashenko"]));
    expect(lukashenko?.type).toBe("person");
    const spelling = result.groups.flatMap((g) => g.discrepancies).filter((d) => d.kind === "name-spelling");
    expect(
      spelling.some((d) => d.values.some((v) => v.text.includes("Aleksandr")) && d.values.some((v) => v.text.includes("Alexander"))),
    ).toBe(true);
  });

  it("puts the three “30 years” claims in one group, with no number conflict", () => {
    const group = groupOf(/^“Thirty years after the start/, "003");
    expect(group?.claimIds.map((id) => claimById.get(id)?.articleId)).toEqual(expect.arrayContaining(["002", "003", "004"]));
    const texts = group!.claimIds.map((id) => claimById.get(id)!.text).join(" ");
    expect(texts).toMatch(/more than 30 years of fruitful cooperation/);
    expect(texts).toMatch(/slightly more than 30-year history/);
    expect(group?.discrepancies.filter((d) => d.kind === "number" && d.severity === "conflict")).toEqual([]);
  });

  it("groups the roadmap claims of three articles", () => {
    const roadmapGroups = result.groups.filter((g) => g.claimIds.some((id) => /road ?map/i.test(claimById.get(id)!.text)));
    const best = Math.max(
      ...roadmapGroups.map(
        (g) =>
          new Set(g.claimIds.filter((id) => /road ?map|2023–2026/i.test(claimById.get(id)!.text)).map((id) => claimById.get(id)!.articleId))
            .size,
      ),
    );
    expect(best).toBeGreaterThanOrEqual(3);
  });

  it("reports “postponed” versus “cancellation” as a wording discrepancy", () => {
    const wording = result.groups.flatMap((g) => g.discrepancies).filter((d) => d.kind === "wording");
    expect(wording.some((d) => d.values.some((v) => /postpone/i.test(v.text)) && d.values.some((v) => /cancel/i.test(v.text)))).toBe(true);
  });

  // KNOWN GAP (issue 3 is marked blocked on it): this requirement is not met yet. `it.fails` keeps it in the
  // suite: the run stays green while it fails, and turns red the day it passes, so whoever fixes
  // the alignment flips it back to `it`. See BENCHMARKS.md and the issue note.
  it.fails("aligns the paraphrase “a certain pause” with “a time of relative restraint”", () => {
    const group = groupOf(/a certain pause/, "004");
    expect(group?.claimIds.some((id) => /relative restraint/.test(claimById.get(id)!.text))).toBe(true);
  });

  it("lists no entity for names outside the claims: the author of 003 and a page menu are not actors", () => {
    const canonicals = result.entities.map((e) => e.canonical);
    expect(canonicals).not.toContain("Anna White");
    expect(canonicals).not.toContain("Government Bodies");
    expect(result.mentions.some((m) => m.text === "Anna White" && m.claimId === null)).toBe(true);
  });

  it("never reports British and American spellings as a discrepancy", () => {
    const all = result.groups.flatMap((g) => g.discrepancies);
    expect(all.filter((d) => d.values.some((v) => /emphasi[sz]ed/.test(v.text)))).toEqual([]);
  });

  it("resolves dates against each article's publication date", () => {
    expect(result.referenceDates).toMatchObject({
      "000": null,
      "001": "2023-02-11",
      "002": "2025-08-20",
      "003": "2023-03-13",
      "004": "2025-08-20",
    });
    const august = result.mentions.find((m) => m.articleId === "002" && m.type === "date" && m.text.includes("20 August") && m.claimId);
    expect(august?.normalized).toMatchObject({ start: "2025-08-20", end: "2025-08-20", precision: "day" });
    const lastNight = result.mentions.find((m) => m.articleId === "003" && m.type === "date" && /last night/.test(m.text));
    expect(lastNight?.normalized).toMatchObject({ start: "2023-03-12", end: "2023-03-12" });
  });

  it("reports progress stage by stage, in pipeline order", () => {
    const stages = new Set<string>();
    analyze(loadSeedArticles().slice(0, 1), { onProgress: (e) => stages.add(e.stage) });
    expect([...stages]).toEqual(["segment", "mentions", "entities", "align", "compare"]);
  });

  it("is deterministic", () => {
    const again = analyze(loadSeedArticles());
    expect(again.groups.map((g) => g.claimIds)).toEqual(result.groups.map((g) => g.claimIds));
  });
});
