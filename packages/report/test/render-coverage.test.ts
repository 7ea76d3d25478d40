import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { marked } from "marked";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCoverage } from "../src/coverage/build-coverage.ts";
import { COVERAGE_CSV_COLUMNS } from "../src/coverage/render-coverage-csv.ts";
import { renderCoverage } from "../src/coverage/render-coverage.ts";
import { renderHtmlReport } from "../src/render-html.ts";
import { renderPdfReport } from "../src/render-pdf.ts";
import { renderJsonReport } from "../src/render-json.ts";
import { renderMarkdownReport } from "../src/render-markdown.ts";
import type { Report } from "../src/report-types.ts";
import { BRIDGE } from "./coverage-fixture.ts";
import { extractPdfText } from "./extract-pdf-text.ts";
import { fixtureReport } from "./fixture-report.ts";
import { htmlToText } from "./html-text.ts";

// An ungrouped claim only the witness notes make, written to break every format it appears in.
const HOSTILE = "Police said <img src=x onerror=alert(1)> | *no* entry, =SUM(A1).";
const hostileStart = fixtureReport.articles[2]!.text.length + 2;
const withCoverage: Report = {
  ...fixtureReport,
  coverage: buildCoverage({
    articles: fixtureReport.articles,
    groups: fixtureReport.claimGroups,
    claims: [
      ...fixtureReport.claimGroups.flatMap((g) => g.claims),
      { id: "c8", articleId: "a3", start: hostileStart, end: hostileStart + HOSTILE.length, text: HOSTILE },
    ],
  }),
};

function validatorFor(path: URL | string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, "utf8")));
}

describe("coverage in the fixture report (checked by hand)", () => {
  const coverage = withCoverage.coverage!;

  it("splits a three-way number conflict into three differing outlets and finds each omission", () => {
    expect(coverage.outlets.map((o) => [o.name, o.stated, o.agreeing, o.differing, o.notStated, o.omitted, o.unique])).toEqual([
      ["Minsk Daily", 2, 0, 2, 1, 1, 0],
      ["Nasha Niva", 3, 1, 2, 0, 0, 0],
      ["witness-notes.txt", 2, 1, 1, 1, 1, 1],
    ]);
    expect(coverage.omissions.map((m) => [m.outlet, m.groupId, `${m.statedBy}/${m.outletCount}`])).toEqual([
      ["Minsk Daily", "g3", "2/3"],
      ["witness-notes.txt", "g2", "2/3"],
    ]);
    // the witness notes would have the Lukashenko line after their 45 protesters, as Minsk Daily and Nasha Niva order it
    expect(coverage.omissions[1]?.expectedAt).toEqual({ articleId: "a3", claimId: "c3", position: "after", neighbourGroupId: "g1" });
    // Nasha Niva published first (1 March), Minsk Daily later with another number
    expect(coverage.facts[0]?.firstReport).toMatchObject({ outlet: "Nasha Niva", publishedAt: "2026-03-01" });
    expect(coverage.facts[0]?.laterChanges).toEqual([
      { kind: "number", from: "40", to: "42", outlet: "Minsk Daily", articleId: "a1", claimId: "c1", publishedAt: "2026-03-02T09:30:00Z" },
    ]);
  });

  it("validates against the repository's schema and the shared contract", () => {
    const json = JSON.parse(renderJsonReport(withCoverage));
    const local = validatorFor(new URL("../report.schema.json", import.meta.url));
    expect(local(json), JSON.stringify(local.errors)).toBe(true);
    const shared = new URL("../../../../shared/report.schema.json", import.meta.url);
    if (existsSync(shared)) {
      const contract = validatorFor(shared);
      expect(contract(json), JSON.stringify(contract.errors)).toBe(true);
    }
    const broken = {
      ...json,
      coverage: { ...json.coverage, facts: [{ groupId: "g", label: "x", statedBy: 1, cells: [{ outlet: "o", state: "maybe" }] }] },
    };
    expect(local(broken)).toBe(false);
  });

  it("appends a coverage section to the Markdown report, article text kept literal", () => {
    const markdown = renderMarkdownReport(withCoverage);
    expect(markdown).toContain("## Coverage\n");
    expect(markdown).toContain("| Minsk Daily | 1 | 2 | 0 | 2 | 1 | 1 | 0 | 0 |");
    expect(markdown).toContain("| witness-notes.txt | Lukashenko calls the rally illegal | 2 of 3 |");
    const html = marked.parse(markdown, { async: false, gfm: true });
    expect(html).not.toMatch(/<img/i);
    expect(htmlToText(html)).toContain(HOSTILE);
    expect(renderMarkdownReport(fixtureReport)).not.toContain("## Coverage");
  });

  it("appends the same tables to the HTML report, escaped", () => {
    const html = renderHtmlReport(withCoverage);
    expect(html).toContain(`<section class="coverage" id="coverage"><h2>Coverage</h2>`);
    expect(html).toContain("<tr><td>Minsk Daily</td><td>1</td><td>2</td><td>0</td><td>2</td><td>1</td><td>1</td><td>0</td><td>0</td></tr>");
    expect(html).not.toContain("<img");
    expect(html).toContain("Police said &lt;img src=x onerror=alert(1)&gt;");
    expect(renderHtmlReport(fixtureReport)).not.toContain("coverage");
  });

  it("prints the coverage tables in the PDF", async () => {
    const text = (await extractPdfText(await renderPdfReport(renderHtmlReport(withCoverage)))).join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Coverage by outlet");
    expect(text).toContain("Omissions");
    expect(text).toMatch(/witness-notes\.txt Lukashenko calls the rally illegal 2 of 3/);
  }, 120_000);
});

describe("renderCoverage on its own", () => {
  const coverage = buildCoverage(BRIDGE);
  const context = { generatedAt: "2026-03-04T12:00:00.000Z", workspace: { id: "w", name: "Bridge" } };

  it("csv: one row per fact and outlet, then one per unique claim", () => {
    const rendered = renderCoverage(coverage, "csv", context);
    expect(rendered.contentType).toBe("text/csv; charset=utf-8");
    expect(rendered.body.startsWith(`\uFEFF${COVERAGE_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    const rows: Record<(typeof COVERAGE_CSV_COLUMNS)[number], string>[] = parse(rendered.body, { bom: true, columns: true });
    expect(rows).toHaveLength(3 * 3 + 1);
    expect(rows.map((r) => [r.fact_id, r.outlet, r.state, r.severity, r.omission])).toEqual([
      ["g2", "Courier C", "stated", "", ""],
      ["g2", "Daily A", "stated", "", ""],
      ["g2", "Daily B", "stated differently", "conflict", ""],
      ["g1", "Courier C", "stated", "", ""],
      ["g1", "Daily A", "stated", "", ""],
      ["g1", "Daily B", "stated", "", ""],
      ["g3", "Courier C", "not stated", "", "yes"],
      ["g3", "Daily A", "stated", "", ""],
      ["g3", "Daily B", "stated", "", ""],
      ["", "Daily A", "unique", "", ""],
    ]);
    expect(rows[2]).toMatchObject({
      values: "15 million euros",
      stated_by: "3",
      outlets: "3",
      first_reported_by: "Daily A",
      first_reported_at: "2026-03-01T08:00",
      changed_later: "number: “12 million euros” → “15 million euros” (Daily B, 2026-03-01)",
    });
    expect(rows[6]).toMatchObject({ article_id: "a3", claim_id: "", stated_by: "2" });
    expect(rows[9]).toMatchObject({ fact: "Fireworks followed after dark.", claim_id: "c14" });
  });

  it("json: the report's coverage object with when and for which workspace", () => {
    const parsed = JSON.parse(renderCoverage(coverage, "json", context).body);
    expect(parsed).toEqual({ generatedAt: context.generatedAt, workspace: context.workspace, ...coverage });
  });

  it("md: a document with the outlet figures, facts, omissions and unique claims", () => {
    const md = renderCoverage(coverage, "md", context).body;
    expect(md.startsWith("# Coverage: Bridge\n")).toBe(true);
    expect(md).toContain("## Coverage by outlet");
    expect(md).toContain("| Courier C | 1 | 2 | 2 | 0 | 1 | 1 | 0 | 0 |");
    expect(md).toContain(
      "| The bridge cost 12 million euros | 3 of 3 | Daily B (conflict: number) | — | Daily A, 2026-03-01 | number: “12 million euros” → “15 million euros” (Daily B, 2026-03-01) |",
    );
    expect(md).toContain("| Courier C | The mayor cut the ribbon | 2 of 3 |");
    expect(md).toContain("### Daily A (1)\n\n- Fireworks followed after dark.");
  });
});
