import type { Claim, Discrepancy, Entity, Mention } from "../types.ts";
import { buildClaimContexts } from "./claim-context.ts";
import { findDifferentPeople, findSlotDifferences, findSpellingVariants } from "./compare-name-mentions.ts";
import { findDateConflicts, findNumberConflicts } from "./compare-value-mentions.ts";
import { findWordingContrasts } from "./find-wording-contrasts.ts";

const RANK = { conflict: 0, minor: 1, variant: 2 } as const;

/**
 * What differs between the claims of one group, typed as in crosscheck.report.v1. Value offsets
 * (`start`, `end`) are into each claim's own text.
 */
export function findDiscrepancies(claims: Claim[], mentions: Mention[], entityOfMention: Map<string, Entity>): Discrepancy[] {
  const contexts = buildClaimContexts(claims, mentions);
  return [
    ...findDateConflicts(contexts),
    ...findNumberConflicts(contexts),
    ...findDifferentPeople(contexts, entityOfMention),
    ...findSlotDifferences(contexts, entityOfMention, "place"),
    ...findSlotDifferences(contexts, entityOfMention, "organization"),
    ...findWordingContrasts(contexts),
    ...findSpellingVariants(contexts, entityOfMention),
  ].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
