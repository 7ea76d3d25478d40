import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH, measureHtmlStructure, parseArticle, readSources } from "../src/index.ts";

const nested = (depth: number) =>
  `<html><body>${"<div>".repeat(depth)}Talks in Minsk lasted four hours.${"</div>".repeat(depth)}</body></html>`;
const NO_LIMITS = { maxDepth: Infinity, maxElements: Infinity };

describe("the structure scan before a page is parsed", () => {
  it("counts depth as the page's parser builds it: void elements and implied ends do not nest (a <br> sits in the last <p>)", () => {
    expect(measureHtmlStructure(nested(10), NO_LIMITS)).toEqual({ depth: 12, elements: 12 });
    expect(measureHtmlStructure(`<body>${"<p>para".repeat(1000)}${"line<br>".repeat(1000)}</body>`, NO_LIMITS)).toEqual({
      depth: 3,
      elements: 2001,
    });
    expect(measureHtmlStructure(`<ul>${"<li>item".repeat(500)}</ul><img src=x><input>`, NO_LIMITS)).toEqual({ depth: 2, elements: 503 });
  });

  it("refuses the issue's page of 10,000 nested divs at once, naming the limit", () => {
    const started = performance.now();
    expect(() => parseArticle({ kind: "bytes", name: "deep.html", bytes: Buffer.from(nested(10_000)) })).toThrow(
      `deep.html: This page nests its elements more than ${MAX_HTML_DEPTH} deep; the limit is ${MAX_HTML_DEPTH}`,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("stays linear on a page nested a million deep (the tokenizer's own stack would make it quadratic)", () => {
    const started = performance.now();
    expect(measureHtmlStructure(nested(1_000_000), { maxDepth: 256, maxElements: 50_000 }).depth).toBe(257);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses a page with too many elements, and pasted page source too", () => {
    const crowded = `<html><body>${"<span>x</span>".repeat(60_000)}</body></html>`;
    expect(() => parseArticle({ kind: "text", name: "pasted", text: crowded })).toThrow(
      /pasted: This page has more than [\d,]+ elements; the limit is [\d,]+/,
    );
  });

  it("reads a page just within the depth limit", () => {
    const parsed = parseArticle({ kind: "bytes", name: "ok.html", bytes: Buffer.from(nested(MAX_HTML_DEPTH - 2)) });
    expect(parsed.draft.text).toBe("Talks in Minsk lasted four hours.");
  });

  it("refuses it through the command line's folder reader too, the other files still read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deep-"));
    writeFileSync(join(dir, "deep.html"), nested(10_000));
    writeFileSync(join(dir, "fine.txt"), "Talks in Minsk lasted four hours.");
    const outcomes = await readSources([dir]);
    expect(outcomes.map((o) => (o.ok ? o.draft.sourceName : o.error.message))).toEqual([
      `deep.html: This page nests its elements more than ${MAX_HTML_DEPTH} deep; the limit is ${MAX_HTML_DEPTH}`,
      "fine.txt",
    ]);
  });
});
