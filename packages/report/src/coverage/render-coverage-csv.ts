import { stringify } from "csv-stringify/sync";
import type { CoverageFact, ReportCoverage } from "./coverage-types.ts";
import { COVERAGE_STATE_TEXT, describeChanges } from "./describe-coverage.ts";
import { isMostOutlets } from "./build-coverage.ts";

export const COVERAGE_CSV_COLUMNS = [
  "fact_id",
  "fact",
  "outlet",
  "state",
  "severity",
  "kinds",
  "values",
  "stated_by",
  "outlets",
  "omission",
  "article_id",
  "claim_id",
  "claim",
  "first_reported_by",
  "first_reported_at",
  "changed_later",
] as const;

function factColumns(fact: CoverageFact): string[] {
  return [fact.firstReport?.outlet ?? "", fact.firstReport?.publishedAt ?? "", describeChanges(fact)];
}

/**
 * One row per fact and outlet (state: stated, stated differently, not stated), then one row per
 * unique claim (state "unique"): the long shape a spreadsheet filters and pivots. RFC 4180,
 * CRLF, a BOM, and formula-looking cells neutralised, as the report's CSV.
 */
export function renderCoverageCsv(coverage: ReportCoverage): string {
  const outletCount = String(coverage.outlets.length);
  const rows = coverage.facts.flatMap((f) =>
    f.cells.map((c) => [
      f.groupId,
      f.label,
      c.outlet,
      COVERAGE_STATE_TEXT[c.state],
      c.severity ?? "",
      c.kinds.join(" | "),
      c.values.join(" | "),
      String(f.statedBy),
      outletCount,
      c.state === "absent" && isMostOutlets(f.statedBy, coverage.outlets.length) ? "yes" : "",
      c.claim?.articleId ?? c.expectedAt?.articleId ?? "",
      c.claim?.id ?? "",
      c.claim?.text ?? "",
      ...factColumns(f),
    ]),
  );
  const unique = coverage.uniqueClaims.map((u) => [
    u.groupId ?? "",
    u.text,
    u.outlet,
    "unique",
    "",
    "",
    "",
    "1",
    outletCount,
    "",
    u.articleId,
    u.claimId,
    u.text,
    "",
    "",
    "",
  ]);
  return stringify([[...COVERAGE_CSV_COLUMNS], ...rows, ...unique], {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
    quoted_match: /^\s|\s$/,
  });
}
