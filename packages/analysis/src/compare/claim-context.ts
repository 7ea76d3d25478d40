import type { Claim, DateValue, DiscrepancyValue, Entity, Mention, NumberValue } from "../types.ts";

/** One claim with its mentions, as the comparisons need it. */
export interface ClaimContext {
  claim: Claim;
  dates: Mention[];
  numbers: Mention[];
  names: Mention[];
}

export function buildClaimContexts(claims: Claim[], mentions: Mention[]): ClaimContext[] {
  const byClaim = new Map<string, Mention[]>();
  for (const m of mentions) if (m.claimId) byClaim.set(m.claimId, [...(byClaim.get(m.claimId) ?? []), m]);
  return claims.map((claim) => {
    const own = (byClaim.get(claim.id) ?? []).sort((a, b) => a.start - b.start);
    return {
      claim,
      dates: own.filter((m) => m.type === "date" && (m.normalized as DateValue).start !== null),
      numbers: own.filter((m) => m.type === "number"),
      names: own.filter((m) => m.type === "person" || m.type === "place" || m.type === "organization"),
    };
  });
}

/** A discrepancy value: offsets are into the claim's own text (not the article's). */
export function discrepancyValueOf(context: ClaimContext, mention: Mention): DiscrepancyValue {
  return {
    claimId: context.claim.id,
    text: mention.text,
    start: mention.start - context.claim.start,
    end: mention.end - context.claim.start,
    normalized: mention.normalized,
  };
}

export function entityIdOf(mention: Mention, entityOfMention: Map<string, Entity>): string {
  return entityOfMention.get(mention.id)?.id ?? `form:${mention.text.toLowerCase()}`;
}

export function asNumber(m: Mention): NumberValue {
  return m.normalized as NumberValue;
}

export function asDate(m: Mention): DateValue {
  return m.normalized as DateValue;
}

/**
 * Splits items into classes of mutually agreeing ones: each joins the first class whose
 * representative it agrees with. Linear in the items for a handful of classes, so large groups
 * stay cheap; a discrepancy exists when the classes span more than one article.
 */
export function partitionAgreeing<T>(items: T[], agree: (a: T, b: T) => boolean): T[][] {
  const classes: T[][] = [];
  for (const item of items) {
    const home = classes.find((c) => agree(c[0]!, item));
    if (home) home.push(item);
    else classes.push([item]);
  }
  return classes;
}

/** One representative per class, so a discrepancy lists each differing value once per claim. */
export function spansArticles(classes: { context: ClaimContext }[][]): boolean {
  const articlesPerClass = classes.map((c) => new Set(c.map((x) => x.context.claim.articleId)));
  return classes.length > 1 && new Set(articlesPerClass.flatMap((s) => [...s])).size > 1;
}
