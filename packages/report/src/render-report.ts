import { filterReport, type ReportFilter } from "./filter-report.ts";
import { renderClaimReview, type ClaimReviewOptions } from "./render-claim-review.ts";
import { renderCsvReport } from "./render-csv.ts";
import { renderHtmlReport } from "./render-html.ts";
import { renderJsonReport } from "./render-json.ts";
import { renderMarkdownReport } from "./render-markdown.ts";
import { renderPdfReport, type RenderPdfOptions } from "./render-pdf.ts";
import type { Report } from "./report-types.ts";

export const REPORT_FORMATS = ["json", "md", "csv", "html", "pdf", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FORMAT_INFO: Record<ReportFormat, { extension: string; contentType: string }> = {
  json: { extension: "json", contentType: "application/json" },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8" },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8" },
  html: { extension: "html", contentType: "text/html; charset=utf-8" },
  pdf: { extension: "pdf", contentType: "application/pdf" },
  claimreview: { extension: "jsonld", contentType: "application/ld+json" },
};

export interface RenderReportOptions {
  /** applied before rendering, so every format shows the same selection */
  filter?: ReportFilter;
  /** required for "claimreview" */
  claimReview?: ClaimReviewOptions;
  pdf?: RenderPdfOptions;
}

export interface RenderedReport {
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

async function renderBody(report: Report, format: ReportFormat, options: RenderReportOptions): Promise<string | Uint8Array> {
  switch (format) {
    case "json":
      return renderJsonReport(report);
    case "md":
      return renderMarkdownReport(report);
    case "csv":
      return renderCsvReport(report);
    case "html":
      return renderHtmlReport(report);
    case "pdf":
      return renderPdfReport(renderHtmlReport(report), options.pdf);
    case "claimreview":
      if (!options.claimReview) throw new Error("the claimreview format needs options.claimReview (siteUrl and author)");
      return renderClaimReview(report, options.claimReview);
  }
}

/** The one entry point for the API, the web app and the CLI. */
export async function renderReport(report: Report, format: ReportFormat, options: RenderReportOptions = {}): Promise<RenderedReport> {
  const selected = options.filter ? filterReport(report, options.filter) : report;
  const body = await renderBody(selected, format, options);
  return { body, ...REPORT_FORMAT_INFO[format] };
}
