import type { ReportCoverage } from "./coverage-types.ts";
import { renderCoverageCsv } from "./render-coverage-csv.ts";
import { renderCoverageDocument } from "./render-coverage-markdown.ts";

export const COVERAGE_FORMATS = ["json", "md", "csv"] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

const INFO: Record<CoverageFormat, { extension: string; contentType: string }> = {
  json: { extension: "json", contentType: "application/json" },
  md: { extension: "md", contentType: "text/markdown; charset=utf-8" },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8" },
};

export function isCoverageFormat(value: string): value is CoverageFormat {
  return (COVERAGE_FORMATS as readonly string[]).includes(value);
}

export interface CoverageDocumentContext {
  generatedAt: string;
  workspace?: { id: string; name: string };
}

/**
 * The coverage on its own, for the CLI and the workbench's download. JSON is the report's
 * `coverage` object with when and for which workspace it was made.
 */
export function renderCoverage(
  coverage: ReportCoverage,
  format: CoverageFormat,
  context: CoverageDocumentContext,
): { body: string; extension: string; contentType: string } {
  const body =
    format === "json"
      ? `${JSON.stringify({ generatedAt: context.generatedAt, ...(context.workspace ? { workspace: context.workspace } : {}), ...coverage }, null, 2)}\n`
      : format === "csv"
        ? renderCoverageCsv(coverage)
        : renderCoverageDocument(coverage, {
            title: context.workspace ? `Coverage: ${context.workspace.name}` : "Coverage",
            generatedAt: context.generatedAt,
          });
  return { body, ...INFO[format] };
}
