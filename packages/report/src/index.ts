export type * from "./report-types.ts";
export type * from "./coverage/coverage-types.ts";
export type { CoverageInput, CoverageClaimInput, CoverageGroupInput } from "./coverage/coverage-input.ts";
export { buildCoverage, isMostOutlets } from "./coverage/build-coverage.ts";
export { outletOf } from "./coverage/index-coverage-input.ts";
export { renderCoverage, isCoverageFormat, COVERAGE_FORMATS, type CoverageFormat } from "./coverage/render-coverage.ts";
export { COVERAGE_CSV_COLUMNS } from "./coverage/render-coverage-csv.ts";
export { buildReportFromAnalysis } from "./build-report-from-analysis.ts";
export { renderJsonReport } from "./render-json.ts";
export { filterReport, type ReportFilter } from "./filter-report.ts";
export { summarizeReport, type ReportSummary } from "./summarize-report.ts";
export { renderMarkdownReport, escapeMarkdown } from "./render-markdown.ts";
export { renderCsvReport, CSV_COLUMNS } from "./render-csv.ts";
export { renderHtmlReport } from "./render-html.ts";
export { escapeHtml } from "./escape-html.ts";
export { renderPdfReport, type RenderPdfOptions } from "./render-pdf.ts";
export { renderClaimReview, shortenClaim, type ClaimReviewOptions } from "./render-claim-review.ts";
export {
  REPORT_FORMATS,
  REPORT_FORMAT_INFO,
  isReportFormat,
  renderReport,
  type ReportFormat,
  type RenderReportOptions,
  type RenderedReport,
} from "./render-report.ts";
