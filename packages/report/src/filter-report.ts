import type { DiscrepancyKind, Severity } from "@crosscheck/analysis";
import type { Report, ReportClaimGroup, ReportDiscrepancy } from "./report-types.ts";

export interface ReportFilter {
  scope?: "all" | "discrepancies" | "reviewed";
  kinds?: DiscrepancyKind[];
  severities?: Severity[];
  articleIds?: string[];
}

/** An empty list means "no filter", the way a UI sends a multi-select with nothing picked. */
function isSet<T>(list: T[] | undefined): list is T[] {
  return list !== undefined && list.length > 0;
}

function narrowDiscrepancies(group: ReportClaimGroup, filter: ReportFilter): ReportClaimGroup | null {
  const { kinds, severities } = filter;
  if (!isSet(kinds) && !isSet(severities)) return group;
  const keep = (d: ReportDiscrepancy) =>
    (!isSet(kinds) || kinds.includes(d.kind)) && (!isSet(severities) || severities.includes(d.severity));
  const discrepancies = group.discrepancies.filter(keep);
  return discrepancies.length > 0 ? { ...group, discrepancies } : null;
}

function inScope(group: ReportClaimGroup, scope: ReportFilter["scope"]): boolean {
  if (scope === "discrepancies") return group.discrepancies.some((d) => !d.dismissed);
  if (scope === "reviewed") return group.verdict !== null;
  return true;
}

/**
 * The report restricted to some claim groups (and, for kind/severity filters, to the matching
 * discrepancies). Articles, entities and mentions stay whole: they are the context the kept
 * groups are read against. Dismissed discrepancies match kind/severity filters like any other;
 * only the "discrepancies" scope looks past them.
 */
export function filterReport(report: Report, filter: ReportFilter): Report {
  const articleIds = isSet(filter.articleIds) ? new Set(filter.articleIds) : null;
  const claimGroups = report.claimGroups.flatMap((g) => {
    if (articleIds && !g.claims.some((c) => articleIds.has(c.articleId))) return [];
    const narrowed = narrowDiscrepancies(g, filter);
    return narrowed && inScope(narrowed, filter.scope) ? [narrowed] : [];
  });
  return { ...report, claimGroups };
}
