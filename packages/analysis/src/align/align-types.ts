import type { DateValue, NumberValue } from "../types.ts";

export interface AlignInput {
  id: string;
  articleId: string;
  text: string;
  entityIds?: string[];
  dates?: DateValue[];
  numbers?: NumberValue[];
  /**
   * Where the claim says its event happened ("place") and who fills each role tied to a country
   * ("Iran’s president"), as entity ids; with `names`, the ids of every name in the claim. Two
   * claims that disagree on two of these slots report different events and never share a group.
   */
  eventSlots?: Record<string, string>;
  names?: string[];
}

export interface AlignOptions {
  /** minimum similarity (0..1) for two claims to share a group */
  threshold?: number;
  /** pairs of claim ids a reviewer linked by hand: always in one group */
  mustLink?: [string, string][];
  /** pairs of claim ids a reviewer unlinked by hand: never in one group */
  cannotLink?: [string, string][];
  /**
   * true (default): restatements of the fact in the same article join at the ordinary threshold,
   * as event coreference benchmarks count every sentence mentioning the event; the UI shows the
   * first claim of an article in its column and the others below it.
   * false: a second claim of an article already in a group needs a clearly higher similarity, so
   * groups stay near one claim per article.
   */
  allowSameArticle?: boolean;
}

export interface AlignedGroup {
  claimIds: string[];
  /** mean pairwise similarity of the members, 0..1 */
  score: number;
}
