import { describe, expect, it } from "vitest";
import { alignClaims, type AlignInput } from "../src/align/align-claims.ts";
import { clusterArticles } from "../src/align/cluster-articles.ts";
import { prepareAlignIndex } from "../src/align/prepare-align-index.ts";

// Two stories of one kind: an earthquake in Chile and one in Nepal, three reports each.
const chile = [
  "A magnitude 7.1 earthquake struck near Valparaiso in central Chile on Tuesday, killing 12 people.",
  "Rescue teams searched collapsed buildings in Valparaiso through the night.",
  "The Chilean navy lifted a tsunami warning for the coast around Valparaiso and Vina del Mar.",
  "President Boric declared a state of catastrophe in the Valparaiso region.",
];
const nepal = [
  "Landslides blocked the highway to Jajarkot district in western Nepal after the tremor on Friday.",
  "Soldiers searched collapsed mud houses in Jajarkot through the night.",
  "Prime minister Pushpa Kamal Dahal flew to Jajarkot with army doctors.",
  "Nepal army helicopters carried the injured from Rukum West to hospitals in Surkhet.",
];

function articles(): AlignInput[] {
  const out: AlignInput[] = [];
  const add = (prefix: string, story: string[], variant: number): void => {
    story.forEach((text, i) => {
      const reworded = variant === 0 ? text : text.replace("struck", "hit").replace("searched", "combed");
      out.push({ id: `${prefix}${variant}-${i}`, articleId: `${prefix}${variant}`, text: reworded });
    });
  };
  for (const variant of [0, 1]) {
    add("chile", chile, variant);
    add("nepal", nepal, variant);
  }
  return out;
}

describe("story prior", () => {
  const inputs = articles();
  const index = prepareAlignIndex(inputs);

  it("puts reports of one event in one story and reports of another event of the same kind in another", () => {
    const stories = clusterArticles([...index.profiles.values()]);
    expect(stories.get("chile0")).toBe(stories.get("chile1"));
    expect(stories.get("nepal0")).toBe(stories.get("nepal1"));
    expect(stories.get("chile0")).not.toBe(stories.get("nepal0"));
  });

  it("aligns the same fact within a story but not the parallel fact of the other story", () => {
    const groupOf = new Map<string, number>();
    alignClaims(inputs, {}, index).forEach((g, i) => g.claimIds.forEach((id) => groupOf.set(id, i)));
    expect(groupOf.get("chile0-1")).toBeDefined();
    expect(groupOf.get("chile0-1")).toBe(groupOf.get("chile1-1"));
    expect(groupOf.get("nepal0-1")).toBe(groupOf.get("nepal1-1"));
    // "... searched collapsed ... through the night" is worded alike in both stories, yet they are two events.
    expect(groupOf.get("chile0-1")).not.toBe(groupOf.get("nepal0-1"));
    // Without the story prior the two rescue claims would be similar enough to share a group.
    const withoutPrior = alignClaims(inputs.filter((c) => c.articleId === "chile0" || c.articleId === "nepal0"));
    expect(withoutPrior.some((g) => g.claimIds.includes("chile0-1") && g.claimIds.includes("nepal0-1"))).toBe(true);
  });
});
