import type { DiscrepancyKind, Severity } from "@crosscheck/analysis";

/** What coverage is computed from: the report's own shapes (or any with these fields), no database. */
export interface CoverageInput {
  /** current versions only */
  articles: { id: string; sourceName: string; outlet: string | null; publishedAt: string | null }[];
  groups: CoverageGroupInput[];
  /** every claim of those articles, grouped or not: the ungrouped ones are what an outlet says alone */
  claims: CoverageClaimInput[];
}

export interface CoverageClaimInput {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface CoverageGroupInput {
  id: string;
  label: string;
  claims: CoverageClaimInput[];
  discrepancies: {
    kind: DiscrepancyKind;
    severity: Severity;
    values: { claimId: string; text: string; normalized?: unknown }[];
    dismissed?: boolean;
  }[];
}
