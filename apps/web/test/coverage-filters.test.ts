import { buildCoverage, type CoverageClaimInput } from "@crosscheck/report";
import { describe, expect, it } from "vitest";
import { anchorHref, claimFragment, claimHref, describeAnchor, indexCellClaims } from "~/lib/claim-href";
import { matchesOutletAndQuery, NO_COVERAGE_FILTERS, selectFacts, type CoverageFilters } from "~/lib/coverage-filters";

// Four outlets: the cost (A, B, C; B says 15 million: a conflict), the opening (all four), the
// ribbon (A and B spell the mayor two ways; C and D leave it out, but 2 of 4 is no majority), the
// toll (D alone).
const texts: [string, string, string][] = [
  ["o1", "a", "The bridge opened on Monday."],
  ["k1", "a", "It cost 12 million euros."],
  ["r1", "a", "Mayor Petrovic cut the ribbon."],
  ["o2", "b", "The bridge opened on Monday, officials said."],
  ["k2", "b", "It cost 15 million euros."],
  ["r2", "b", "Mayor Petrovich cut the ribbon."],
  ["o3", "c", "The new bridge opened Monday."],
  ["k3", "c", "The bridge cost 12 million euros."],
  ["o4", "d", "A bridge opened."],
  ["t4", "d", "A toll of two euros is planned."],
];
const claims: CoverageClaimInput[] = texts.map(([id, articleId, text], i) => ({
  id,
  articleId,
  start: i * 100,
  end: i * 100 + text.length,
  text,
}));
const pick = (...ids: string[]) => claims.filter((c) => ids.includes(c.id));
const coverage = buildCoverage({
  articles: [
    { id: "a", sourceName: "a.txt", outlet: "A", publishedAt: "2026-03-01T08:00" },
    { id: "b", sourceName: "b.txt", outlet: "B", publishedAt: "2026-03-01T09:00" },
    { id: "c", sourceName: "c.txt", outlet: "C", publishedAt: "2026-02-28" },
    { id: "d", sourceName: "d.txt", outlet: "D", publishedAt: null },
  ],
  claims,
  groups: [
    {
      id: "cost",
      label: "It cost 12 million euros",
      claims: pick("k1", "k2", "k3"),
      discrepancies: [
        {
          kind: "number",
          severity: "conflict",
          values: [
            { claimId: "k1", text: "12 million" },
            { claimId: "k2", text: "15 million" },
            { claimId: "k3", text: "12 million" },
          ],
        },
      ],
    },
    { id: "opened", label: "The bridge opened on Monday", claims: pick("o1", "o2", "o3", "o4"), discrepancies: [] },
    {
      id: "ribbon",
      label: "The mayor cut the ribbon",
      claims: pick("r1", "r2"),
      discrepancies: [
        {
          kind: "name-spelling",
          severity: "variant",
          values: [
            { claimId: "r1", text: "Petrovic" },
            { claimId: "r2", text: "Petrovich" },
          ],
        },
      ],
    },
    { id: "toll", label: "A toll is planned", claims: pick("t4"), discrepancies: [] },
  ],
});
const select = (f: Partial<CoverageFilters>) => selectFacts(coverage, { ...NO_COVERAGE_FILTERS, ...f }).map((fact) => fact.groupId);

describe("selectFacts", () => {
  it("orders by severity, then by how many outlets state a fact", () => {
    expect(select({})).toEqual(["cost", "ribbon", "opened", "toll"]);
    expect(select({ sort: "most-outlets" })).toEqual(["opened", "cost", "ribbon", "toll"]);
    expect(select({ sort: "fewest-outlets" })).toEqual(["toll", "ribbon", "cost", "opened"]);
    expect(select({ sort: "label" })).toEqual(["toll", "cost", "opened", "ribbon"]);
    // C (28 February) reported the cost and the opening first; D's toll is undated, so last
    expect(select({ sort: "first-reported" })).toEqual(["cost", "opened", "ribbon", "toll"]);
  });

  it("searches the facts and their claims", () => {
    expect(select({ query: "RIBBON" })).toEqual(["ribbon"]);
    expect(select({ query: "officials said" })).toEqual(["opened"]);
  });

  it("filters by what an outlet, or any outlet, does with a fact", () => {
    expect(select({ outlet: "C", cell: "absent" })).toEqual(["ribbon", "toll"]);
    expect(select({ outlet: "B", cell: "differs" })).toEqual(["cost", "ribbon"]);
    expect(select({ outlet: "A", cell: "differs" })).toEqual(["ribbon"]);
    expect(select({ cell: "alone" })).toEqual(["toll"]);
    expect(select({ outlet: "A", cell: "alone" })).toEqual([]);
    // 3 of 4 state the cost: D's omission; the ribbon's 2 of 4 is no majority
    expect(select({ cell: "omitted" })).toEqual(["cost"]);
    expect(select({ outlet: "D", cell: "omitted" })).toEqual(["cost"]);
    expect(select({ outlet: "C", cell: "omitted" })).toEqual([]);
  });

  it("filters by discrepancy kind and severity", () => {
    expect(select({ kind: "number" })).toEqual(["cost"]);
    expect(select({ severity: "variant" })).toEqual(["ribbon"]);
    expect(select({ kind: "date" })).toEqual([]);
  });

  it("orders by the chosen outlet: where it differs, then what it leaves out, then what it states", () => {
    expect(select({ outlet: "D", sort: "outlet" })).toEqual(["cost", "ribbon", "opened", "toll"]);
    // then the more widely stated first
    expect(select({ outlet: "C", sort: "outlet" })).toEqual(["ribbon", "toll", "opened", "cost"]);
  });

  it("narrows omissions and unique claims by outlet and search", () => {
    expect(matchesOutletAndQuery({ outlet: "D", text: "A toll of two euros is planned." }, { outlet: "D", query: "toll" })).toBe(true);
    expect(matchesOutletAndQuery({ outlet: "D", text: "A toll of two euros is planned." }, { outlet: "C", query: "" })).toBe(false);
    expect(matchesOutletAndQuery({ outlet: "D", text: "A toll of two euros is planned." }, { outlet: "", query: "bridge" })).toBe(false);
  });
});

describe("claim links", () => {
  it("point at the article with a text fragment of the claim's first words, its syntax characters encoded", () => {
    expect(claimFragment({ id: "c1", text: "Belarus-Iran talks, held on 20 August & 21 August in Minsk, ended early." })).toBe(
      "#claim-c1:~:text=Belarus%2DIran%20talks%2C%20held%20on%2020%20August%20%26%2021",
    );
    expect(claimHref("ws", { id: "c:1", articleId: "art 1", start: 0, end: 5, text: "\n\nShort." })).toBe(
      "/w/ws/articles/art%201#claim-c%3A1:~:text=Short.",
    );
  });

  it("send an omission to the outlet's neighbouring claim, or to the top of its article", () => {
    const omission = coverage.omissions[0];
    expect(omission).toMatchObject({ outlet: "D", groupId: "cost" });
    // the cost follows the opening in A, and D states the opening
    expect(omission?.expectedAt).toEqual({ articleId: "d", claimId: "o4", position: "after", neighbourGroupId: "opened" });
    const claims = indexCellClaims(coverage);
    expect(anchorHref("ws", omission!.expectedAt!, claims)).toBe("/w/ws/articles/d#claim-o4:~:text=A%20bridge%20opened.");
    expect(describeAnchor(omission!.expectedAt, claims)).toBe("expected after its claim “A bridge opened.”");
    const top = { articleId: "d", claimId: null, position: "start", neighbourGroupId: null } as const;
    expect(anchorHref("ws", top, claims)).toBe("/w/ws/articles/d");
    expect(describeAnchor(top, claims)).toBe("it states none of the facts around it: look from the top");
  });
});
