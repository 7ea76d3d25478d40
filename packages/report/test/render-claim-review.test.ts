import { describe, expect, it } from "vitest";
import { renderClaimReview, shortenClaim } from "../src/render-claim-review.ts";
import type { Report } from "../src/report-types.ts";
import { fixtureReport, NOTE } from "./fixture-report.ts";

const OPTIONS = { siteUrl: "https://crosscheck.example/", author: { name: "Crosscheck Desk", url: "https://crosscheck.example" } };
type Node = Record<string, any>;

function graphOf(report: Report): Node[] {
  const parsed = JSON.parse(renderClaimReview(report, OPTIONS));
  expect(parsed["@context"]).toBe("https://schema.org");
  return parsed["@graph"];
}

describe("renderClaimReview", () => {
  it("has one ClaimReview per reviewed group", () => {
    const graph = graphOf(fixtureReport);
    expect(graph).toHaveLength(1);
    expect(graph[0]?.["@type"]).toBe("ClaimReview");
    expect(graph[0]?.url).toBe("https://crosscheck.example/groups/g1");
  });

  it("rates the verdict on 1–5 with its label and note", () => {
    const review = graphOf(fixtureReport)[0];
    expect(review?.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Contradiction",
      ratingExplanation: NOTE,
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    });
    expect(review?.datePublished).toBe("2026-03-03");
    expect(review?.author).toEqual({ "@type": "Organization", name: "Crosscheck Desk", url: "https://crosscheck.example" });
  });

  it("lists every source in appearance and the earliest published one as firstAppearance", () => {
    const claim = graphOf(fixtureReport)[0]?.itemReviewed;
    expect(claim["@type"]).toBe("Claim");
    expect(claim.appearance.map((a: Node) => a.headline)).toEqual([
      "Dozens detained at Minsk rally",
      "Rally on Independence Square",
      "Witness notes",
    ]);
    expect(claim.appearance[0]).toEqual({
      "@type": "NewsArticle",
      url: "https://minsk-daily.example/rally",
      headline: "Dozens detained at Minsk rally",
      datePublished: "2026-03-02T09:30:00Z",
      publisher: { "@type": "Organization", name: "Minsk Daily" },
    });
    expect(claim.appearance[2]).toEqual({ "@type": "CreativeWork", headline: "Witness notes" });
    expect(claim.firstAppearance.headline).toBe("Rally on Independence Square");
    expect(graphOf(fixtureReport)[0]?.claimReviewed).toBe("Police detained 40 protesters near the square on Sunday.");
  });

  it("keeps claimReviewed under 75 characters, cut at a word", () => {
    const long = "The interior ministry said on Sunday that police had detained exactly forty-two protesters near Independence Square.";
    const short = shortenClaim(long);
    expect(short.length).toBeLessThan(75);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long[short.length - 1]).toBe(" ");
    expect(shortenClaim("Short claim.")).toBe("Short claim.");
    const [g1, g2, g3] = structuredClone(fixtureReport.claimGroups);
    for (const c of g1!.claims) c.text = long;
    const review = graphOf({ ...fixtureReport, claimGroups: [g1!, g2!, g3!] })[0];
    expect(review?.claimReviewed.length).toBeLessThan(75);
  });

  it("maps each label to its rating; unverifiable has no value", () => {
    const [g1, g2, g3] = structuredClone(fixtureReport.claimGroups);
    g2!.verdict = { label: "unverifiable", note: "", reviewer: "B", decidedAt: "2026-03-05T08:00:00Z" };
    g3!.verdict = { label: "consistent", note: "same", reviewer: "B", decidedAt: "2026-03-05T08:00:00Z" };
    const graph = graphOf({ ...fixtureReport, claimGroups: [g1!, g2!, g3!] });
    expect(graph.map((r) => r.reviewRating.ratingValue)).toEqual([1, undefined, 5]);
    expect(graph[1]?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(graph[2]?.itemReviewed.firstAppearance.headline).toBe("Rally on Independence Square");
  });

  it("never writes a raw < so it can be embedded in a script tag", () => {
    const [g1, ...rest] = structuredClone(fixtureReport.claimGroups);
    g1!.verdict!.note = "</script><script>alert(1)</script>";
    const out = renderClaimReview({ ...fixtureReport, claimGroups: [g1!, ...rest] }, OPTIONS);
    expect(out).not.toContain("<");
    expect(JSON.parse(out)["@graph"][0].reviewRating.ratingExplanation).toBe("</script><script>alert(1)</script>");
  });
});
