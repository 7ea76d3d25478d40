// The contract of the analysis package: plain data in, plain data out.
// Every offset is a UTF-16 index into the article text (JavaScript string index), end exclusive.

export interface ArticleInput {
  id: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  /** ISO date or date-time as known from metadata; the dateline in the text is used when absent. */
  publishedAt?: string | null;
}

export type ClaimKind = "sentence" | "headline";

export interface Claim {
  id: string;
  articleId: string;
  /** 0-based position among the article's claims */
  index: number;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
}

export type EntityType = "person" | "place" | "organization";
export type MentionType = EntityType | "date" | "number";

export type DatePrecision = "day" | "part-of-month" | "month" | "season" | "year" | "range" | "unknown";

/** A date as an inclusive interval of ISO calendar dates (YYYY-MM-DD). */
export interface DateValue {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

export type NumberApprox = "exact" | "about" | "more-than" | "less-than" | "at-least" | "at-most";

export interface NumberValue {
  /** the stated value (a multiplier "fivefold" is 5, a fraction "a third" is 0.333…) */
  value: number;
  /** the interval the wording allows: "more than 30" is [30, +inf) → min 30, max null */
  min: number | null;
  max: number | null;
  /** "years", "hours", "day", "times" (multipliers), "fraction", "percent", "USD", … or null */
  unit: string | null;
  approx: NumberApprox;
}

export interface NameValue {
  /** the form with titles and possessives removed, e.g. "Alexander Lukashenko" */
  name: string;
  /** for a person named with a role: the country the role serves ("Iranian Foreign Minister" → "Iran") */
  roleCountry?: string;
}

export interface Mention {
  id: string;
  articleId: string;
  claimId: string | null;
  type: MentionType;
  text: string;
  start: number;
  end: number;
  normalized: DateValue | NumberValue | NameValue;
  /** for people: a role or title stated next to the name ("President", "Foreign Minister") */
  role?: string | null;
}

export interface EntityForm {
  text: string;
  articleIds: string[];
  count: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  canonical: string;
  mentionIds: string[];
  forms: EntityForm[];
}

export type DiscrepancyKind = "date" | "number" | "name-spelling" | "person" | "place" | "organization" | "wording";

export type Severity = "variant" | "minor" | "conflict";

export interface DiscrepancyValue {
  claimId: string;
  text: string;
  start?: number;
  end?: number;
  normalized?: unknown;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  severity: Severity;
  values: DiscrepancyValue[];
  explanation: string;
}

export interface ClaimGroup {
  id: string;
  label: string;
  claimIds: string[];
  /** mean pairwise similarity of the members, 0..1 */
  score: number;
  discrepancies: Discrepancy[];
}

/** An article whose claims are (nearly) all, word for word, those of an earlier article of the run. */
export interface DuplicateArticle {
  articleId: string;
  /** the earliest article of the run it copies, the one whose claims stand for both in the groups */
  duplicateOf: string;
  /** every claim of each is a claim of the other */
  identical: boolean;
  /** the share of claims the two have in common, relative to the article with more claims (0.8..1) */
  overlap: number;
}

export interface AnalysisResult {
  claims: Claim[];
  mentions: Mention[];
  entities: Entity[];
  groups: ClaimGroup[];
  /** the reference date each article's relative dates were resolved against, or null when unknown */
  referenceDates: Record<string, string | null>;
  /**
   * Near-identical copies (wire copies, a story filed twice); present only when there are any.
   * A copy's claims that repeat its original are left out of the claim groups.
   */
  duplicates?: DuplicateArticle[];
}

/** Decisions a reviewer made by hand, applied on every re-run so they survive it. */
export interface ManualDecisions {
  /** surface forms (lower-cased) that must end up in one entity */
  entityMerges?: string[][];
  /** surface forms split out of whatever entity they would join */
  entitySplits?: string[];
  /** canonical spelling chosen for the entity containing the form */
  canonicalForms?: { form: string; canonical: string }[];
  /** claims (by article id and claim start offset) that must share a group */
  claimLinks?: { a: ClaimRef; b: ClaimRef }[];
  /** claims that must not share a group */
  claimUnlinks?: { a: ClaimRef; b: ClaimRef }[];
}

export interface ClaimRef {
  articleId: string;
  start: number;
}

export interface ProgressEvent {
  stage: "segment" | "mentions" | "entities" | "align" | "compare";
  done: number;
  total: number;
}

export interface AnalyzeOptions {
  decisions?: ManualDecisions;
  onProgress?: (event: ProgressEvent) => void;
}
