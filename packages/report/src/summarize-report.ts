import type { DiscrepancyKind, Severity } from "@crosscheck/analysis";
import type { Report, VerdictLabel } from "./report-types.ts";

export interface ReportSummary {
  articleCount: number;
  groupCount: number;
  /** active (not dismissed) discrepancies */
  discrepancyCount: number;
  dismissedCount: number;
  byKind: [DiscrepancyKind, number][];
  bySeverity: [Severity, number][];
  byVerdict: [VerdictLabel, number][];
  unreviewedCount: number;
}

const SEVERITY_ORDER: Severity[] = ["conflict", "minor", "variant"];
const VERDICT_ORDER: VerdictLabel[] = ["contradiction", "discrepancy", "variant", "consistent", "unverifiable"];

function countBy<K extends string>(keys: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** The numbers every human-readable format opens with, computed once so the formats agree. */
export function summarizeReport(report: Report): ReportSummary {
  const all = report.claimGroups.flatMap((g) => g.discrepancies);
  const active = all.filter((d) => !d.dismissed);
  const kinds = countBy(active.map((d) => d.kind));
  const severities = countBy(active.map((d) => d.severity));
  const verdicts = countBy(report.claimGroups.flatMap((g) => (g.verdict ? [g.verdict.label] : [])));
  return {
    articleCount: report.articles.length,
    groupCount: report.claimGroups.length,
    discrepancyCount: active.length,
    dismissedCount: all.length - active.length,
    byKind: [...kinds.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])),
    bySeverity: SEVERITY_ORDER.flatMap((s) => (severities.has(s) ? [[s, severities.get(s) ?? 0] as [Severity, number]] : [])),
    byVerdict: VERDICT_ORDER.flatMap((v) => (verdicts.has(v) ? [[v, verdicts.get(v) ?? 0] as [VerdictLabel, number]] : [])),
    unreviewedCount: report.claimGroups.filter((g) => !g.verdict).length,
  };
}
