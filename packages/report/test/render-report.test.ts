import { describe, expect, it } from "vitest";
import { REPORT_FORMATS, REPORT_FORMAT_INFO, isReportFormat, renderReport } from "../src/render-report.ts";
import { fixtureReport } from "./fixture-report.ts";

const CLAIM_REVIEW = { siteUrl: "https://crosscheck.example", author: { name: "Desk" } };

describe("renderReport", () => {
  it("knows every format's extension and content type", () => {
    expect([...REPORT_FORMATS]).toEqual(["json", "md", "csv", "html", "pdf", "claimreview"]);
    expect(REPORT_FORMAT_INFO.md.contentType).toBe("text/markdown; charset=utf-8");
    expect(REPORT_FORMAT_INFO.csv.contentType).toBe("text/csv; charset=utf-8");
    expect(REPORT_FORMAT_INFO.html.contentType).toBe("text/html; charset=utf-8");
    expect(REPORT_FORMAT_INFO.pdf.contentType).toBe("application/pdf");
    expect(REPORT_FORMAT_INFO.claimreview.contentType).toBe("application/ld+json");
    expect(REPORT_FORMAT_INFO.json.contentType).toBe("application/json");
    expect(isReportFormat("csv")).toBe(true);
    expect(isReportFormat("xlsx")).toBe(false);
  });

  it("renders the text formats with their metadata", async () => {
    for (const format of ["json", "md", "csv", "html", "claimreview"] as const) {
      const out = await renderReport(fixtureReport, format, { claimReview: CLAIM_REVIEW });
      expect(typeof out.body).toBe("string");
      expect(out.contentType).toBe(REPORT_FORMAT_INFO[format].contentType);
      expect(out.extension).toBe(REPORT_FORMAT_INFO[format].extension);
    }
  });

  it("applies the filter before rendering", async () => {
    const out = await renderReport(fixtureReport, "md", { filter: { scope: "reviewed" } });
    expect(out.body).toContain("Number of protesters detained");
    expect(out.body).not.toContain("Where the rally took place");
    const json = await renderReport(fixtureReport, "json", { filter: { kinds: ["name-spelling"] } });
    expect(JSON.parse(String(json.body)).claimGroups.map((g: { id: string }) => g.id)).toEqual(["g2"]);
  });

  it("refuses claimreview without its options", async () => {
    await expect(renderReport(fixtureReport, "claimreview")).rejects.toThrow(/claimReview/);
  });

  it("renders pdf bytes", async () => {
    const out = await renderReport(fixtureReport, "pdf", { filter: { scope: "reviewed" } });
    expect(out.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode((out.body as Uint8Array).slice(0, 4))).toBe("%PDF");
  }, 120_000);
});
