import type { Claim, Entity, Mention } from "../types.ts";
import type { AlignInput } from "./align-types.ts";
import { isEventPlace, roleSlotOf } from "../compare/event-slots.ts";

/**
 * What alignment sees of a claim: its text with every name written as its entity's canonical form,
 * so a spelling variant ("Lukashenka", "Aleksandr") no longer hides a shared word. Names are
 * rewritten, not added as entity terms: measured on the seeds, entity ids as extra terms made every
 * claim naming Lukashenko, Belarus or Iran look alike (a blob of ten claims). Dates stay out too:
 * as terms, a stated year made a claim lose its dateless same-fact partner, and as optional
 * evidence they lowered ECB+ F1 from 0.730 to 0.709 (BENCHMARKS.md).
 */
export function buildAlignInput(claim: Claim, mentions: Mention[], entityOf: (mention: Mention) => Entity | undefined): AlignInput {
  const input: AlignInput = { id: claim.id, articleId: claim.articleId, text: writeCanonicalNames(claim, mentions, entityOf) };
  const idOf = (m: Mention) => entityOf(m)?.id ?? `form:${m.text.toLowerCase()}`;
  const eventSlots: Record<string, string> = {};
  for (const m of mentions) {
    if (!eventSlots.place && isEventPlace(claim.text, claim.start, m)) eventSlots.place = idOf(m);
    const role = roleSlotOf(m);
    if (role && !eventSlots[role]) eventSlots[role] = idOf(m);
  }
  if (Object.keys(eventSlots).length === 0) return input;
  const names = mentions.filter((m) => m.type === "person" || m.type === "place" || m.type === "organization").map(idOf);
  return { ...input, eventSlots, names };
}

function writeCanonicalNames(claim: Claim, mentions: Mention[], entityOf: (mention: Mention) => Entity | undefined): string {
  let text = claim.text;
  // From the end backwards, so the offsets of the names still to replace stay valid.
  const names = mentions
    .filter((m) => m.type === "person" || m.type === "place" || m.type === "organization")
    .sort((a, b) => b.start - a.start);
  for (const mention of names) {
    const entity = entityOf(mention);
    if (!entity || entity.canonical === mention.text) continue;
    const start = mention.start - claim.start;
    const end = mention.end - claim.start;
    if (start < 0 || end > text.length || text.slice(start, end) !== mention.text) continue;
    // A lone surname stays a lone surname: the canonical given name would add a word the report lacks.
    const lone = entity.type === "person" && !/\s/.test(mention.text.trim());
    const canonical = lone ? (entity.canonical.split(/\s+/).at(-1) ?? entity.canonical) : entity.canonical;
    text = text.slice(0, start) + canonical + text.slice(end);
  }
  return text;
}
