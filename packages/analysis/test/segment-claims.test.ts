import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentClaims } from "../src/segment/segment-claims.ts";
import { findReferenceDate } from "../src/segment/find-reference-date.ts";

const seed = (prefix: string) => {
  const dir = new URL("../../../seeds/", import.meta.url);
  const file = [
    "000_461ea24fbf47d266",
    "001_acb6da21a0999456",
    "002_b2eadd2c91b0bb17",
    "003_6426592a57a81fb1",
    "004_be3693e29a9c8e21",
  ].find((f) => f.startsWith(prefix));
  return { id: prefix, text: readFileSync(new URL(`${file}.txt`, dir), "utf8") };
};

describe("segmentClaims on the seeds", () => {
  it("gives exact, trimmed offsets and sequential ids", () => {
    for (const p of ["000", "001", "002", "003", "004"]) {
      const a = seed(p);
      const claims = segmentClaims(a);
      expect(claims.length).toBeGreaterThan(5);
      claims.forEach((c, i) => {
        expect(a.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.text).toBe(c.text.trim());
        expect(c.id).toBe(`${p}:c${i}`);
        expect(c.index).toBe(i);
        expect(c.articleId).toBe(p);
      });
    }
  });

  it("drops the page furniture and dateline of 002 but keeps its headline", () => {
    const claims = segmentClaims(seed("002"));
    const texts = claims.map((c) => c.text);
    for (const junk of [
      "Projects",
      "Government Bodies",
      "All news",
      "President",
      "Follow us on:",
      "X",
      "Recent news from Belarus",
      "20 August 2025, 16:28",
      "Flag Wednesday, 20 August 2025",
    ]) {
      expect(texts).not.toContain(junk);
    }
    expect(claims[0]).toMatchObject({ text: "Key takeaways from Belarus-Iran summit in Minsk", kind: "headline" });
    expect(claims[1]?.text).toMatch(/^Belarusian President Aleksandr Lukashenko held negotiations.*on 20 August\.$/);
    expect(claims[1]?.kind).toBe("sentence");
  });

  it("never leaves a quote-closing fragment such as “” he said.”", () => {
    for (const p of ["002", "003"]) {
      for (const c of segmentClaims(seed(p))) expect(c.text).not.toMatch(/^[”’]|^["']\s|^[a-z]/);
    }
    const c = segmentClaims(seed("002")).find((x) => x.text.includes("frank and friendly conversation"));
    expect(c?.text).toMatch(/conversation,” the Belarusian leader said\.$/);
    const split = segmentClaims({ id: "q", text: "“We agree. We will sign it,” he said. Then he left." }).map((x) => x.text);
    expect(split.at(-2)).toBe("We will sign it,” he said.");
    expect(split.every((t) => !/^[”"]/.test(t.trim()) || /^“/.test(t))).toBe(true);
  });

  it("drops credits and the author bio of 003", () => {
    const texts = segmentClaims(seed("003")).map((c) => c.text);
    expect(texts.some((t) => t.startsWith("Source:"))).toBe(false);
    expect(texts.some((t) => /Anna White|journalist|storytelling/.test(t))).toBe(false);
    expect(texts.at(-1)).toMatch(/^Lukashenka recently visited China/);
  });

  it("drops the teaser and page number of 004 and keeps initials inside a sentence", () => {
    const texts = segmentClaims(seed("004")).map((c) => c.text);
    expect(texts.some((t) => t.includes("Minsk visit ...") || t === "Page 1")).toBe(false);
    expect(texts).toContain(
      "At that time, President A. Lukashenko emphasised that there had been “a certain pause” in relations between Belarus and Iran, which have been successfully overcome.",
    );
  });

  it("leaves a wire-service dateline out of the first claim, and a capitalised name in", () => {
    const text =
      "Iran and Belarus sign 12 agreements\nMINSK, Aug. 20 (Reuters) - Iranian President Masoud Pezeshkian arrived in Minsk. He met Lukashenko.\nTEHRAN (AP) — Officials confirmed it.\nNATO - the alliance - said nothing.";
    expect(segmentClaims({ id: "w", text }).map((c) => c.text)).toEqual([
      "Iran and Belarus sign 12 agreements",
      "Iranian President Masoud Pezeshkian arrived in Minsk.",
      "He met Lukashenko.",
      "Officials confirmed it.",
      "NATO - the alliance - said nothing.",
    ]);
  });

  it("leaves list markers, related-link lines and bracketed photo credits out of the claims", () => {
    const text =
      "Related: Iran and Belarus sign a roadmap\n• Trade rose.\n1. Exports fell.\n2) Imports held.\nThe president arrived. (Photo: Reuters)";
    expect(segmentClaims({ id: "l", text }).map((c) => c.text)).toEqual([
      "Trade rose.",
      "Exports fell.",
      "Imports held.",
      "The president arrived.",
    ]);
  });

  it("does not split after Mr., Dr. or initials", () => {
    const text = "Mr. Smith met Dr. Jones in Minsk. A. Lukashenko agreed. They left.";
    expect(segmentClaims({ id: "t", text }).map((c) => c.text)).toEqual([
      "Mr. Smith met Dr. Jones in Minsk.",
      "A. Lukashenko agreed.",
      "They left.",
    ]);
  });
});

describe("findReferenceDate", () => {
  it("reads the dateline of 002 when metadata is absent", () => {
    expect(findReferenceDate(seed("002"))).toBe("2025-08-20");
  });
  it("prefers publishedAt", () => {
    expect(findReferenceDate({ id: "x", text: "no date here", publishedAt: "2023-02-11T10:00:00Z" })).toBe("2023-02-11");
  });
  it("gives null when there is no dateline", () => {
    expect(findReferenceDate(seed("001"))).toBeNull();
    expect(findReferenceDate(seed("003"))).toBeNull();
  });
});
