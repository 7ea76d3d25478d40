import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignClaims, type AlignInput } from "../src/align/align-claims.ts";
import { prepareAlignIndex } from "../src/align/prepare-align-index.ts";
import { scoreClaimPair } from "../src/align/score-claim-pair.ts";
import { segmentClaims } from "../src/segment/segment-claims.ts";

const SEEDS = new URL("../../../seeds/", import.meta.url);

function loadSeedClaims(): AlignInput[] {
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .flatMap((file) => {
      const id = file.slice(0, 3);
      const text = readFileSync(new URL(file, SEEDS), "utf8");
      return segmentClaims({ id, text }).map((c) => ({ id: c.id, articleId: c.articleId, text: c.text }));
    });
}

const claims = loadSeedClaims();
const index = prepareAlignIndex(claims);
const groups = alignClaims(claims, {}, index);
const groupOf = new Map<string, number>();
groups.forEach((group, g) => group.claimIds.forEach((id) => groupOf.set(id, g)));

function claimId(articleId: string, fragment: string): string {
  const found = claims.filter((c) => c.articleId === articleId && c.text.includes(fragment));
  expect(found, `${articleId}: "${fragment}"`).toHaveLength(1);
  return found[0]?.id ?? "";
}

function claimById(id: string): AlignInput {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

/** Position of `target` among the claims of its article ranked by similarity to `from` (0 = best suggestion). */
function rankIn(from: AlignInput, target: AlignInput): number {
  const ranked = claims
    .filter((c) => c.articleId === target.articleId)
    .map((c) => ({ id: c.id, score: scoreClaimPair(from, c, index) }))
    .sort((x, y) => y.score - x.score);
  return ranked.findIndex((r) => r.id === target.id);
}

function expectTogether(...ids: string[]): void {
  const first = groupOf.get(ids[0] ?? "");
  expect(first, `${ids[0]} is grouped`).toBeDefined();
  for (const id of ids) expect(groupOf.get(id), `${id} with ${ids[0]}`).toBe(first);
}

function expectApart(a: string, b: string): void {
  const ga = groupOf.get(a);
  if (ga !== undefined) expect(groupOf.get(b)).not.toBe(ga);
}

describe("alignClaims on the seed articles", () => {
  it("groups the three claims about 30 years of relations", () => {
    expectTogether(
      claimId("003", "Thirty years after the start of bilateral relations"),
      claimId("004", "slightly more than 30-year history"),
      claimId("002", "more than 30 years of fruitful cooperation"),
    );
  });

  it("groups the roadmap claims of 004 and 002 in one group, and 003's signing with a roadmap claim of 004", () => {
    // 004 and 002 both speak of the 2023 roadmap for comprehensive cooperation: one real group.
    expectTogether(claimId("004", "signing of a roadmap for comprehensive cooperation"), claimId("002", "goals outlined in the roadmap"));
    const road003 = groupOf.get(claimId("003", "signed a road map"));
    const roadmaps004 = claims.filter((c) => c.articleId === "004" && /roadmap/i.test(c.text));
    expect(road003).toBeDefined();
    expect(roadmaps004.some((c) => groupOf.get(c.id) === road003)).toBe(true);
  });

  it("keeps a claim's restatements in its article within the group but makes no blob of a topic", () => {
    const sizes = groups.map((g) => g.claimIds.length);
    expect(groups.some((g) => new Set(g.claimIds.map((id) => claimById(id).articleId)).size < g.claimIds.length)).toBe(true);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
  });

  it("suggests the paraphrase 'restraint in attention' / 'a certain pause' among the top 3 of the other article", () => {
    const restraint = claimById(claimId("000", "relative restraint in attention toward Tehran"));
    const pause = claimById(claimId("004", "a certain pause"));
    expect(rankIn(restraint, pause)).toBeLessThan(3);
    expect(rankIn(pause, restraint)).toBeLessThan(3);
    expect(scoreClaimPair(restraint, pause, index)).toBeGreaterThan(
      scoreClaimPair(restraint, claimById(claimId("004", "anti-terrorism exercises in Iran")), index),
    );
  });

  it("suggests the postponed trip for the cancelled earlier visit and groups the cancellation with a postponement claim", () => {
    const postponed = claimById(claimId("002", "the trip was postponed"));
    const cancelled = claimById(claimId("004", "cancellation of his earlier visit"));
    expect(rankIn(postponed, cancelled)).toBeLessThan(3);
    expect(rankIn(cancelled, postponed)).toBeLessThan(3);
    const group = groupOf.get(cancelled.id);
    expect(group).toBeDefined();
    const postponements = claims.filter((c) => c.articleId === "002" && /postpone/i.test(c.text));
    expect(postponements.some((c) => groupOf.get(c.id) === group)).toBe(true);
  });

  it("keeps unrelated claims apart", () => {
    const thirty = claimId("003", "Thirty years after");
    expectApart(thirty, claimId("003", "signed a road map"));
    expectApart(claimId("003", "supplying Russia with drones"), claimId("002", "demand for Belarusian woodworking"));
    expectApart(claimId("000", "relative restraint"), claimId("002", "the trip was postponed"));
    expectApart(claimId("004", "a certain pause"), claimId("003", "Thirty years after"));
  });

  it("returns only groups spanning two or more articles, with scores in 0..1", () => {
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      const articles = new Set(group.claimIds.map((id) => claims.find((c) => c.id === id)?.articleId));
      expect(articles.size).toBeGreaterThanOrEqual(2);
      expect(group.score).toBeGreaterThan(0);
      expect(group.score).toBeLessThanOrEqual(1);
    }
  });

  it("leaves most claims ungrouped rather than making blobs", () => {
    const largest = Math.max(...groups.map((g) => g.claimIds.length));
    expect(largest).toBeLessThanOrEqual(8);
    expect(groupOf.size).toBeLessThan(claims.length * 0.6);
  });
});
