import { describe, expect, it } from "vitest";
import { buildCoverage, isMostOutlets } from "../src/coverage/build-coverage.ts";
import type { CoverageInput } from "../src/coverage/coverage-input.ts";
import { ARTICLES, BRIDGE, claim, claimsOf, CLAIMS, GROUPS } from "./coverage-fixture.ts";

const ref = (id: string) => {
  const c = claim(id);
  return { id: c.id, articleId: c.articleId, start: c.start, end: c.end, text: c.text };
};

describe("buildCoverage on three outlets (values checked by hand)", () => {
  const coverage = buildCoverage(BRIDGE);

  it("lists the outlets by name with their figures", () => {
    expect(coverage.outlets).toEqual([
      { name: "Courier C", articleIds: ["a3"], stated: 2, agreeing: 2, differing: 0, notStated: 1, omitted: 1, unique: 0, firstReports: 0 },
      { name: "Daily A", articleIds: ["a1"], stated: 3, agreeing: 3, differing: 0, notStated: 0, omitted: 0, unique: 1, firstReports: 3 },
      { name: "Daily B", articleIds: ["a2"], stated: 3, agreeing: 2, differing: 1, notStated: 0, omitted: 0, unique: 0, firstReports: 0 },
    ]);
  });

  it("marks the outlet that gives another value than the majority, and only it", () => {
    const cost = coverage.facts[0];
    expect(cost).toMatchObject({
      groupId: "g2",
      statedBy: 3,
      severity: "conflict",
      kinds: ["number"],
      majorityValues: [{ kind: "number", text: "12 million euros" }],
    });
    expect(cost?.cells).toEqual([
      { outlet: "Courier C", state: "agrees", severity: null, kinds: [], values: [], claim: ref("c32"), expectedAt: null },
      { outlet: "Daily A", state: "agrees", severity: null, kinds: [], values: [], claim: ref("c12"), expectedAt: null },
      {
        outlet: "Daily B",
        state: "differs",
        severity: "conflict",
        kinds: ["number"],
        values: ["15 million euros"],
        claim: ref("c22"),
        expectedAt: null,
      },
    ]);
  });

  it("names the first reporter and the later report that changed the value", () => {
    const cost = coverage.facts[0];
    expect(cost?.firstReport).toEqual({
      outlet: "Daily A",
      articleId: "a1",
      claimId: "c12",
      publishedAt: "2026-03-01T08:00",
      tiedWith: [],
    });
    // Courier C came later too, but with Daily A's 12 million: not a change
    expect(cost?.laterChanges).toEqual([
      {
        kind: "number",
        from: "12 million euros",
        to: "15 million euros",
        outlet: "Daily B",
        articleId: "a2",
        claimId: "c22",
        publishedAt: "2026-03-01T12:00",
      },
    ]);
  });

  it("ignores dismissed discrepancies", () => {
    const opened = coverage.facts[1];
    expect(opened).toMatchObject({ groupId: "g1", statedBy: 3, severity: null, kinds: [], majorityValues: [], laterChanges: [] });
    expect(opened?.cells.map((c) => c.state)).toEqual(["agrees", "agrees", "agrees"]);
  });

  it("lists the omission with where the fact would be expected: after the outlet's claim of the fact before it", () => {
    const anchor = { articleId: "a3", claimId: "c32", position: "after", neighbourGroupId: "g2" };
    expect(coverage.facts[2]?.cells[0]).toEqual({
      outlet: "Courier C",
      state: "absent",
      severity: null,
      kinds: [],
      values: [],
      claim: null,
      expectedAt: anchor,
    });
    expect(coverage.omissions).toEqual([
      {
        groupId: "g3",
        label: "The mayor cut the ribbon",
        outlet: "Courier C",
        statedBy: 2,
        outletCount: 3,
        severity: null,
        expectedAt: anchor,
      },
    ]);
  });

  it("lists what one outlet says alone", () => {
    expect(coverage.uniqueClaims).toEqual([
      {
        outlet: "Daily A",
        articleId: "a1",
        claimId: "c14",
        text: "Fireworks followed after dark.",
        start: claim("c14").start,
        end: claim("c14").end,
        groupId: null,
      },
    ]);
  });
});

describe("buildCoverage, special cases", () => {
  it("a fact most outlets state means more than half, two at least", () => {
    expect([isMostOutlets(2, 3), isMostOutlets(2, 4), isMostOutlets(3, 5), isMostOutlets(1, 1), isMostOutlets(2, 2)]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it("with no majority, every outlet that gives a value differs and one that gives none agrees", () => {
    const claims = claimsOf({
      x: ["a1", "President Masoud Pezeshkian arrived."],
      y: ["a2", "President Ebrahim Raisi arrived."],
      z: ["a3", "The president arrived."],
    });
    const coverage = buildCoverage({
      articles: ARTICLES,
      claims,
      groups: [
        {
          id: "p",
          label: "The president arrived",
          claims,
          discrepancies: [
            {
              kind: "person",
              severity: "conflict",
              values: [
                { claimId: "x", text: "Masoud Pezeshkian" },
                { claimId: "y", text: "Ebrahim Raisi" },
              ],
            },
          ],
        },
      ],
    });
    const fact = coverage.facts[0];
    expect(fact?.majorityValues).toEqual([{ kind: "person", text: null }]);
    expect(fact?.cells.map((c) => [c.outlet, c.state, c.severity, c.values])).toEqual([
      ["Courier C", "agrees", null, []],
      ["Daily A", "differs", "conflict", ["Masoud Pezeshkian"]],
      ["Daily B", "differs", "conflict", ["Ebrahim Raisi"]],
    ]);
    expect(coverage.omissions).toEqual([]);
    expect(coverage.uniqueClaims).toEqual([]);
  });

  it("a word-for-word copy in another outlet states its original's facts and takes none of them as unique", () => {
    const copy = claimsOf({
      k1: ["a4", "The bridge opened on Monday."],
      k2: ["a4", "It cost 12 million euros."],
      k3: ["a4", "The mayor cut the ribbon."],
      k4: ["a4", "Fireworks followed after dark."],
    });
    const coverage = buildCoverage({
      articles: [...ARTICLES, { id: "a4", sourceName: "wire.txt", outlet: null, publishedAt: null }],
      groups: GROUPS,
      claims: [...CLAIMS, ...copy],
    });
    expect(coverage.outlets.map((o) => o.name)).toEqual(["Courier C", "Daily A", "Daily B", "wire.txt"]);
    expect(coverage.outlets[3]).toMatchObject({ stated: 3, agreeing: 3, differing: 0, omitted: 0, unique: 0 });
    // the fireworks are now told by two outlets: nobody's alone
    expect(coverage.uniqueClaims).toEqual([]);
    // 3 of 4 state the ribbon: still Courier C's omission
    expect(coverage.omissions.map((m) => [m.outlet, m.groupId, m.statedBy, m.outletCount])).toEqual([["Courier C", "g3", 3, 4]]);
  });

  it("an outlet's articles count as one, and a group of one outlet alone is its unique claim, listed once", () => {
    const claims = claimsOf({
      s1: ["a1", "The toll will be two euros."],
      s2: ["a5", "A two-euro toll is planned."],
      s3: ["a2", "Traffic was heavy."],
    });
    const input: CoverageInput = {
      articles: [...ARTICLES, { id: "a5", sourceName: "daily-a-evening.html", outlet: "Daily A", publishedAt: "2026-03-01T20:00" }],
      claims,
      groups: [{ id: "t", label: "The toll", claims: [claims[0]!, claims[1]!], discrepancies: [] }],
    };
    const coverage = buildCoverage(input);
    expect(coverage.outlets.map((o) => [o.name, o.articleIds])).toEqual([
      ["Courier C", ["a3"]],
      ["Daily A", ["a1", "a5"]],
      ["Daily B", ["a2"]],
    ]);
    expect(coverage.facts[0]).toMatchObject({ statedBy: 1, firstReport: { outlet: "Daily A", articleId: "a1", claimId: "s1" } });
    expect(coverage.uniqueClaims.map((u) => [u.outlet, u.claimId, u.groupId])).toEqual([
      ["Daily A", "s1", "t"],
      ["Daily B", "s3", null],
    ]);
    expect(coverage.omissions).toEqual([]);
  });

  it("an absent outlet with no neighbouring fact is sent to the top of its article", () => {
    const claims = claimsOf({ m1: ["a1", "Markets rose."], m2: ["a2", "Markets rose sharply."], o: ["a3", "Weather was fine."] });
    const coverage = buildCoverage({
      articles: ARTICLES,
      claims,
      groups: [{ id: "m", label: "Markets rose", claims: [claims[0]!, claims[1]!], discrepancies: [] }],
    });
    expect(coverage.omissions[0]?.expectedAt).toEqual({ articleId: "a3", claimId: null, position: "start", neighbourGroupId: null });
  });

  it("undated articles are neither first nor later; a tie names both", () => {
    const articles = ARTICLES.map((a) => ({ ...a, publishedAt: a.id === "a3" ? null : "2026-03-01" }));
    const coverage = buildCoverage({ ...BRIDGE, articles });
    expect(coverage.facts[0]?.firstReport).toEqual({
      outlet: "Daily A",
      articleId: "a1",
      claimId: "c12",
      publishedAt: "2026-03-01",
      tiedWith: ["Daily B"],
    });
    expect(coverage.facts[0]?.laterChanges).toEqual([]);
    const undated = buildCoverage({ ...BRIDGE, articles: ARTICLES.map((a) => ({ ...a, publishedAt: null })) });
    expect(undated.facts.map((f) => f.firstReport)).toEqual([null, null, null]);
    expect(undated.outlets.map((o) => o.firstReports)).toEqual([0, 0, 0]);
  });

  it("ignores claims of articles it was not given (earlier versions)", () => {
    const coverage = buildCoverage({ ...BRIDGE, articles: ARTICLES.filter((a) => a.id !== "a2") });
    expect(coverage.outlets.map((o) => o.name)).toEqual(["Courier C", "Daily A"]);
    expect(coverage.facts[0]).toMatchObject({
      statedBy: 2,
      severity: "conflict",
      majorityValues: [{ kind: "number", text: "12 million euros" }],
    });
    expect(coverage.facts[0]?.cells.map((c) => c.state)).toEqual(["agrees", "agrees"]);
  });

  it("an empty workspace has an empty coverage", () => {
    expect(buildCoverage({ articles: [], groups: [], claims: [] })).toEqual({ outlets: [], facts: [], omissions: [], uniqueClaims: [] });
  });
});
