import { stringify } from "csv-stringify/sync";
import { describeSource, indexArticles } from "./report-lookups.ts";
import type { Report, ReportArticle, ReportClaimGroup, ReportDiscrepancy } from "./report-types.ts";

export const CSV_COLUMNS = [
  "group_id",
  "group_label",
  "kind",
  "severity",
  "dismissed",
  "explanation",
  "sources",
  "values",
  "claims",
  "verdict",
  "note",
  "reviewer",
  "decided_at",
  "verdict_state",
] as const;

/** Joins per-source entries in one cell; " | " rarely occurs in news text and reads as a list. */
const JOIN = " | ";

function claimsOf(group: ReportClaimGroup, d: ReportDiscrepancy | null): ReportClaimGroup["claims"] {
  if (!d) return group.claims;
  const ids = new Set(d.values.map((v) => v.claimId));
  return group.claims.filter((c) => ids.has(c.id));
}

function toRow(group: ReportClaimGroup, d: ReportDiscrepancy | null, articles: Map<string, ReportArticle>): string[] {
  const sourceOf = (claimId: string) => describeSource(articles.get(group.claims.find((c) => c.id === claimId)?.articleId ?? ""));
  const claims = claimsOf(group, d);
  // a discrepancy row carries only a verdict that covers it: its own, or the group's given with it in
  // view (a report that does not say, from before verdicts kept their basis, has the group's)
  const v = d && d.verdict !== undefined ? d.verdict : group.verdict;
  return [
    group.id,
    group.label,
    d?.kind ?? "",
    d?.severity ?? "",
    d?.dismissed ? "yes" : "",
    d?.explanation ?? "",
    claims.map((c) => sourceOf(c.id)).join(JOIN),
    (d?.values ?? []).map((val) => `${sourceOf(val.claimId)}: ${val.text}`).join(JOIN),
    claims.map((c) => `${sourceOf(c.id)}: ${c.text}`).join(JOIN),
    v?.label ?? "",
    v?.note ?? "",
    v?.reviewer ?? "",
    v?.decidedAt ?? "",
    v?.state === "changed" ? "changed: awaiting re-check" : (v?.state ?? ""),
  ];
}

/**
 * One row per discrepancy (and one row for each group without any, so no verdict is lost; filter
 * the report with scope "discrepancies" to drop those). A row is one finding, the unit an editor
 * sorts and ticks off; sources, values and claims of any number of articles join in one cell each,
 * each entry prefixed by its source, so the columns stay fixed. RFC 4180 quoting, CRLF, and a BOM
 * so Excel reads UTF-8; cells starting with = + - @ get a leading ' so no spreadsheet runs article
 * text as a formula.
 */
export function renderCsvReport(report: Report): string {
  const articles = indexArticles(report);
  const rows = report.claimGroups.flatMap((g) =>
    g.discrepancies.length ? g.discrepancies.map((d) => toRow(g, d, articles)) : [toRow(g, null, articles)],
  );
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: "windows", escape_formulas: true, quoted_match: /^\s|\s$/ });
}
