import { describe, expect, it } from "vitest";
import { splitByClaims, splitByMentions } from "../src/components/build-text-segments.ts";
import { describeNormalized } from "../src/components/describe-normalized.ts";
import { formatPublished } from "../src/components/format-date.ts";
import { summarizeValues } from "../src/components/summarize-values.ts";

describe("the article reader's text pieces", () => {
  const text = "Lukashenko met Pezeshkian in Minsk.";
  it("renders every character once, with each mention as its own piece", () => {
    const mentions = [
      { id: "m1", start: 100, end: 110 },
      { id: "m2", start: 115, end: 125 },
    ];
    const pieces = splitByMentions(text, 100, mentions);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.mention).map((p) => p.text)).toEqual(["Lukashenko", "Pezeshkian"]);
    expect(pieces.map((p) => p.start)).toEqual([100, 110, 115, 125]);
  });

  it("leaves out a mention that overlaps an earlier one or runs past the text, instead of nesting it", () => {
    const pieces = splitByMentions(text, 0, [
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 5, end: 14 },
      { id: "c", start: 30, end: 60 },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.mention).map((p) => p.mention?.id)).toEqual(["a"]);
  });

  it("covers the whole article with claims and the gaps between them, in text order", () => {
    const blocks = splitByClaims(50, [
      { id: "c2", start: 30, end: 40 },
      { id: "c1", start: 5, end: 20 },
      { id: "overlap", start: 35, end: 45 },
    ]);
    expect(blocks).toEqual([
      { start: 0, end: 5, claim: null },
      { start: 5, end: 20, claim: { id: "c1", start: 5, end: 20 } },
      { start: 20, end: 30, claim: null },
      { start: 30, end: 40, claim: { id: "c2", start: 30, end: 40 } },
      { start: 40, end: 50, claim: null },
    ]);
  });
});

describe("values as a reviewer reads them", () => {
  it("reads a date as an interval with its precision, and a single day as one date", () => {
    expect(describeNormalized("date", { start: "2025-08-20", end: "2025-08-20", precision: "day" })).toBe("2025-08-20 (day)");
    expect(describeNormalized("date", { start: "2024-03-11", end: "2024-03-20", precision: "month-part" })).toBe(
      "2024-03-11 – 2024-03-20 (month-part)",
    );
    expect(describeNormalized("date", { start: null, precision: "weekday" })).toBe("unresolved (weekday)");
  });

  it("reads a number with its approximation and unit, and says nothing of what is not a value", () => {
    expect(describeNormalized("number", { value: 30, approx: "at-least", unit: "people" })).toBe("at-least 30 people");
    expect(describeNormalized("number", { value: 5, approx: "exact" })).toBe("5");
    expect(describeNormalized("person", { name: "Alexander Lukashenko" })).toBe("Alexander Lukashenko");
    expect(describeNormalized("date", null)).toBe("");
  });

  it("shows a publication date only as precisely as the source gave it", () => {
    expect(formatPublished("2025-08-20T16:28:00+03:00")).toBe("2025-08-20 16:28");
    expect(formatPublished("2025-08")).toBe("2025-08");
    expect(formatPublished(null)).toBe("date unknown");
  });

  it("lists each wording of a discrepancy once, with every outlet that uses it", () => {
    const claims = [
      { id: "a1", article: { outlet: "BelTA", sourceName: "000.txt" } },
      { id: "a2", article: { outlet: "BelTA", sourceName: "000.txt" } },
      { id: "b1", article: { outlet: null, sourceName: "003_page.html" } },
    ];
    const values = [
      { claimId: "a1", text: "Lukashenko" },
      { claimId: "a2", text: "Lukashenko" },
      { claimId: "b1", text: "Lukashenka" },
      { claimId: "gone", text: "Lukashenco" },
    ];
    expect(summarizeValues(values, claims)).toBe("“Lukashenko” in BelTA vs “Lukashenka” in 003_page.html vs “Lukashenco”");
  });
});
