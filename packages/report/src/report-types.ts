import type { DiscrepancyKind, EntityType, MentionType, Severity } from "@crosscheck/analysis";
import type { ReportCoverage } from "./coverage/coverage-types.ts";

// The report model every format is rendered from (crosscheck.report.v1 and its extensions).

export type VerdictLabel = "consistent" | "variant" | "discrepancy" | "contradiction" | "unverifiable";

export interface ReportArticle {
  id: string;
  sourceName: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
}

export interface ReportEntity {
  id: string;
  type: EntityType;
  canonical: string;
  mentions: { articleId: string; claimId?: string; text: string; start: number; end: number }[];
}

export interface ReportNameVariant {
  entityId: string;
  forms: { text: string; articleIds: string[]; count: number }[];
}

export interface ReportDiscrepancy {
  kind: DiscrepancyKind;
  severity: Severity;
  values: { claimId: string; text: string; start?: number; end?: number; normalized?: unknown }[];
  explanation: string;
  dismissed?: boolean;
  /** its stable identity across re-analyses (kind and the values' positions) */
  key?: string;
  /** the verdict that covers this discrepancy: its own, else the group's when that was given with this discrepancy in view */
  verdict?: ReportVerdict | null;
}

export interface ReportVerdict {
  label: VerdictLabel;
  note: string;
  reviewer: string;
  decidedAt: string;
  /** current: given on what the group holds now; changed: the group gained or lost claims or discrepancies since, and the verdict awaits a re-check */
  state?: "current" | "changed";
  /** what changed since the verdict, when it did */
  change?: { addedClaims: number; removedClaims: number; addedDiscrepancies: string[]; removedDiscrepancies: string[] };
  /** a verdict on one discrepancy (its key) rather than the whole group */
  discrepancyKey?: string;
}

export interface ReportClaimGroup {
  id: string;
  label: string;
  claims: { id: string; articleId: string; text: string; start: number; end: number }[];
  discrepancies: ReportDiscrepancy[];
  verdict: ReportVerdict | null;
  verdictHistory?: ReportVerdict[];
}

export interface ReportMention {
  articleId: string;
  claimId?: string;
  type: MentionType;
  text: string;
  start: number;
  end: number;
  normalized?: unknown;
}

export interface Report {
  schema: "crosscheck.report.v1";
  generatedAt: string;
  workspace?: { id: string; name: string };
  articles: ReportArticle[];
  entities: ReportEntity[];
  nameVariants: ReportNameVariant[];
  claimGroups: ReportClaimGroup[];
  mentions: ReportMention[];
  /** near-identical articles of the run (present only when there are any): each copy and the article it copies */
  duplicates?: ReportDuplicate[];
  /** fact by fact, which outlet states, leaves out or contradicts it (always the whole workspace) */
  coverage?: ReportCoverage;
}

export interface ReportDuplicate {
  articleId: string;
  duplicateOf: string;
  identical: boolean;
  overlap: number;
}
