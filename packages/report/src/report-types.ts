import type { DiscrepancyKind, EntityType, MentionType, Severity } from "@crosscheck/analysis";

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
}

export interface ReportVerdict {
  label: VerdictLabel;
  note: string;
  reviewer: string;
  decidedAt: string;
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
}
