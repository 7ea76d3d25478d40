import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { renderMarkdownReport } from "../src/render-markdown.ts";
import type { Report } from "../src/report-types.ts";
import { ALL_EXPLANATIONS, fixtureReport, NOTE } from "./fixture-report.ts";
import { countOccurrences, htmlToText } from "./html-text.ts";

const markdown = renderMarkdownReport(fixtureReport);
const html = marked.parse(markdown, { async: false, gfm: true });
const text = htmlToText(html);

describe("renderMarkdownReport", () => {
  it("lists every discrepancy explanation exactly once", () => {
    for (const explanation of ALL_EXPLANATIONS) expect(countOccurrences(text, explanation), explanation).toBe(1);
  });

  it("renders article text literally: no script element, no emphasis from stars or underscores", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>venue/);
    expect(text).toContain("Witnesses wrote <script>window.__x = 1; alert(1)</script> that police detained *stars* 45 protesters.");
    expect(text).toContain("The rally took place on _Independence_ Square | #1 <b>venue</b>.");
    expect(html).not.toContain("<em>stars</em>");
    expect(html).not.toContain("<em>Independence</em>");
  });

  it("emphasises the differing values inside the quoted claims", () => {
    for (const v of ["42", "40", "45", "Lukashenko", "Lukashenka"]) expect(html).toContain(`<strong>${v}</strong>`);
    expect(countOccurrences(html, "<blockquote>")).toBe(7);
  });

  it("opens with a summary: articles with outlet and date, counts by kind, severity and verdict", () => {
    const table = /<table>[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    expect(table).toContain("Minsk Daily");
    expect(table).toContain("2026-03-01");
    expect(countOccurrences(table, "<tr>")).toBe(4);
    expect(text).toContain("3 claim groups");
    expect(text).toContain("Discrepancies by kind: name-spelling 1, number 1");
    expect(text).toContain("Discrepancies by severity: conflict 1, variant 1");
    expect(text).toContain("Verdicts: contradiction 1, not reviewed 2");
  });

  it("shows each group's heading, sources, verdict and the note with its lines", () => {
    for (const g of fixtureReport.claimGroups) expect(html).toMatch(new RegExp(`<h3[^>]*>${g.label}</h3>`));
    expect(text).toContain("Nasha Niva · 2026-03-01");
    expect(text).toContain("Verdict: Contradiction — Ana Reviewer, 2026-03-03");
    const [first, second] = NOTE.split("\n");
    expect(text).toContain(first);
    expect(text).toContain(second);
    expect(html).toMatch(/says 45,<br>/);
  });

  it("keeps the articles table intact when a title holds a pipe and markup", () => {
    const [a1, ...rest] = fixtureReport.articles;
    const report: Report = {
      ...fixtureReport,
      articles: [{ ...a1!, title: "Police | protesters # *live* <i>x</i>\nsecond line" }, ...rest],
    };
    const out = marked.parse(renderMarkdownReport(report), { async: false, gfm: true });
    const firstRow = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(out)?.[1] ?? "";
    expect(countOccurrences(firstRow, "<td>")).toBe(4);
    expect(htmlToText(firstRow)).toContain("Police | protesters # *live* <i>x</i> second line");
  });
});
