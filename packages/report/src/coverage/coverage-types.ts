import type { DiscrepancyKind, Severity } from "@crosscheck/analysis";

// Coverage: fact by fact (a claim group holds one fact), what each outlet stated, left out or said
// differently. An outlet is an article's outlet, else its source name; only current versions count.

/** agrees: states the fact with the majority's values; differs: states it with another value; absent: does not state it */
export type CoverageState = "agrees" | "differs" | "absent";

export interface ReportCoverage {
  /** in name order; every fact's cells follow this order */
  outlets: CoverageOutlet[];
  facts: CoverageFact[];
  /** a fact more than half the outlets state (two at least), left out by one */
  omissions: CoverageOmission[];
  /** what only one outlet states: its claims in no group, and groups of its articles alone */
  uniqueClaims: CoverageUniqueClaim[];
}

export interface CoverageOutlet {
  name: string;
  articleIds: string[];
  /** facts it states (agreeing + differing) */
  stated: number;
  agreeing: number;
  differing: number;
  /** facts it does not state */
  notStated: number;
  /** of those, the ones most outlets state: its omissions */
  omitted: number;
  unique: number;
  /** facts it reported before any other outlet (by publication time) */
  firstReports: number;
}

export interface CoverageClaimRef {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Where a fact an outlet leaves out would be expected in its article: at its claim of the nearest
 * fact it does state (that fact's cell for the outlet holds the claim's text).
 */
export interface CoverageAnchor {
  articleId: string;
  /** the outlet's claim of the neighbouring fact; null when it states none of the fact's neighbours */
  claimId: string | null;
  /** the missing fact comes after or before that claim; "start" when there is no such claim */
  position: "after" | "before" | "start";
  neighbourGroupId: string | null;
}

export interface CoverageCell {
  outlet: string;
  state: CoverageState;
  /** the highest severity among the discrepancies it differs in */
  severity: Severity | null;
  kinds: DiscrepancyKind[];
  /** the values it gives that are not the majority's */
  values: string[];
  /** its claim of the fact (the first, when it states it more than once) */
  claim: CoverageClaimRef | null;
  /** absent only: where the fact would be expected */
  expectedAt: CoverageAnchor | null;
}

export interface CoverageFirstReport {
  outlet: string;
  articleId: string;
  claimId: string;
  publishedAt: string;
  /** other outlets published at the very same time */
  tiedWith: string[];
}

/** A later report that gives another value than the first report did. */
export interface CoverageChange {
  kind: DiscrepancyKind;
  from: string;
  to: string;
  outlet: string;
  articleId: string;
  claimId: string;
  publishedAt: string;
}

export interface CoverageFact {
  groupId: string;
  label: string;
  /** how many outlets state it */
  statedBy: number;
  /** the highest severity of its active (not dismissed) discrepancies */
  severity: Severity | null;
  kinds: DiscrepancyKind[];
  /** per active discrepancy, the value most outlets give; null when no value has a majority */
  majorityValues: { kind: DiscrepancyKind; text: string | null }[];
  cells: CoverageCell[];
  /** the outlet whose article stating it was published first; null when none is dated */
  firstReport: CoverageFirstReport | null;
  laterChanges: CoverageChange[];
}

export interface CoverageOmission {
  groupId: string;
  label: string;
  outlet: string;
  statedBy: number;
  outletCount: number;
  severity: Severity | null;
  expectedAt: CoverageAnchor | null;
}

export interface CoverageUniqueClaim {
  outlet: string;
  articleId: string;
  claimId: string;
  text: string;
  start: number;
  end: number;
  /** set when the claim is in a group that only this outlet's articles state */
  groupId: string | null;
}
