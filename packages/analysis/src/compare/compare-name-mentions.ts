import anyAscii from "any-ascii";
import type { Discrepancy, Entity, Mention, NameValue } from "../types.ts";
import { formatRoleSlot, isEventPlace } from "./event-slots.ts";
import { asDate, entityIdOf, partitionAgreeing, spansArticles, discrepancyValueOf, type ClaimContext } from "./claim-context.ts";

function tokensOf(text: string): string[] {
  return anyAscii(text)
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isAcronymOf(short: string, long: string[]): boolean {
  return (
    short.length >= 2 &&
    long.length >= 2 &&
    long
      .map((t) => t[0])
      .join("")
      .includes(short)
  );
}

/** Every word of `short` stands in `long`, or is an initial or acronym of it. */
function isCoveredBy(short: string[], long: string[]): boolean {
  if (short.length === 1 && isAcronymOf(short[0]!, long)) return true;
  return short.every((token) => long.includes(token) || (token.length === 1 && long.some((l) => l.startsWith(token))));
}

/**
 * Two forms of one entity differ in spelling unless one is the other shortened: "Lukashenka" vs
 * "Lukashenko" does, "A. Lukashenko" vs "Aleksandr Lukashenko" and "SCO" vs "Shanghai Cooperation
 * Organization" do not.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const [x, y] = [tokensOf(a), tokensOf(b)];
  return !isCoveredBy(x, y) && !isCoveredBy(y, x);
}

interface Use {
  context: ClaimContext;
  mention: Mention;
}

export function findSpellingVariants(contexts: ClaimContext[], entityOfMention: Map<string, Entity>): Discrepancy[] {
  const byEntity = new Map<string, Use[]>();
  for (const context of contexts) {
    const seen = new Set<string>();
    for (const mention of context.names) {
      const id = entityIdOf(mention, entityOfMention);
      if (seen.has(id)) continue;
      seen.add(id);
      byEntity.set(id, [...(byEntity.get(id) ?? []), { context, mention }]);
    }
  }
  const found: Discrepancy[] = [];
  for (const [id, uses] of byEntity) {
    const classes = partitionAgreeing(uses, (a, b) => !isSpellingVariant(a.mention.text, b.mention.text));
    if (!spansArticles(classes)) continue;
    const values = classes.flatMap((c) => c.map((u) => discrepancyValueOf(u.context, u.mention)));
    const canonical = entityOfMention.get(uses[0]!.mention.id)?.canonical ?? id;
    found.push({
      kind: "name-spelling",
      severity: "variant",
      values,
      explanation: `${classes.map((c) => `“${c[0]!.mention.text}”`).join(" and ")} are spellings of one name (${canonical}).`,
    });
  }
  return found;
}

/**
 * Names that fill the same slot in different claims: the same role ("Foreign Minister X" vs
 * "Foreign Minister Y"), where something happened ("in Tehran" vs "in Minsk") or who reported it
 * ("according to BelTA" vs "according to IRNA"). A claim that also names the other's choice
 * elsewhere does not contradict it.
 */
function findSlotConflicts(
  contexts: ClaimContext[],
  entityOfMention: Map<string, Entity>,
  slotOf: (context: ClaimContext) => { slot: string; mention: Mention }[],
  build: (slot: string, classes: Use[][]) => Discrepancy,
  stands: (classes: Use[][]) => boolean = () => true,
): Discrepancy[] {
  const bySlot = new Map<string, Use[]>();
  for (const context of contexts) {
    for (const { slot, mention } of slotOf(context)) bySlot.set(slot, [...(bySlot.get(slot) ?? []), { context, mention }]);
  }
  const found: Discrepancy[] = [];
  for (const [slot, uses] of bySlot) {
    const filled = new Set(uses.map((u) => entityIdOf(u.mention, entityOfMention)));
    if (filled.size < 2) continue;
    const named = (u: Use) => new Set(u.context.names.map((m) => entityIdOf(m, entityOfMention)));
    const clear = uses.filter((u) => [...filled].every((id) => id === entityIdOf(u.mention, entityOfMention) || !named(u).has(id)));
    const classes = partitionAgreeing(clear, (a, b) => entityIdOf(a.mention, entityOfMention) === entityIdOf(b.mention, entityOfMention));
    if (spansArticles(classes) && stands(classes)) found.push(build(slot, classes));
  }
  return found;
}

const nameOf = (m: Mention) => (m.normalized as NameValue).name ?? m.text;
const valuesOf = (classes: Use[][]) => classes.flatMap((c) => c.map((u) => discrepancyValueOf(u.context, u.mention)));

export function findDifferentPeople(contexts: ClaimContext[], entityOfMention: Map<string, Entity>): Discrepancy[] {
  const slots = assignRoleSlots(contexts, entityOfMention);
  return findSlotConflicts(
    contexts,
    entityOfMention,
    (c) =>
      c.names.flatMap((m) => {
        const slot = slots.get(m.id);
        return slot ? [{ slot, mention: m }] : [];
      }),
    (role, classes) => ({
      kind: "person",
      severity: "conflict",
      values: valuesOf(classes),
      explanation: `Different people are named as ${role}: ${classes.map((c) => nameOf(c[0]!.mention)).join(" vs ")}.`,
    }),
    mayOverlapInTime,
  );
}

/**
 * Offices change hands: two people named to one role contradict each other only if they could
 * hold it at the same time. When each side's claims are all dated and the two sides' dates lie a
 * year or more apart (Raisi in March 2023, Pezeshkian on 20 August 2025), they report different
 * times, not a conflict. Closer dates stay a conflict: a wrong name is likelier than a new holder.
 */
function mayOverlapInTime(classes: Use[][]): boolean {
  const spanOf = (uses: Use[]): [number, number] | null => {
    let from = Infinity;
    let to = -Infinity;
    for (const { context } of uses) {
      if (context.dates.length === 0) return null;
      for (const d of context.dates) {
        const { start, end } = asDate(d);
        from = Math.min(from, Date.parse(start ?? ""));
        to = Math.max(to, Date.parse(end ?? start ?? ""));
      }
    }
    return Number.isFinite(from) && Number.isFinite(to) ? [from, to] : null;
  };
  const spans = classes.map(spanOf);
  const apart = (a: [number, number], b: [number, number]) => Math.max(a[0] - b[1], b[0] - a[1]) >= YEAR_MS;
  return spans.some((a, i) => spans.some((b, j) => i < j && (!a || !b || !apart(a, b))));
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The slot of each person named with a role: the role and the country it serves, so "Iranian
 * Foreign Minister" and "Belarusian Foreign Minister" are two slots. A role stated without its
 * country takes the country its person has elsewhere in the group; when other claims tie the role
 * to a country and nothing ties this person to one, the mention fills no slot ("President A.
 * Lukashenko" beside "Iranian President Pezeshkian" is not a second Iranian president).
 */
function assignRoleSlots(contexts: ClaimContext[], entityOfMention: Map<string, Entity>): Map<string, string> {
  const people = contexts.flatMap((c) => c.names.filter((m) => m.type === "person" && m.role));
  const countryOf = (m: Mention) => (m.normalized as NameValue).roleCountry ?? null;
  const entityCountry = new Map<string, string>();
  const roleCountries = new Map<string, Set<string>>();
  for (const m of people) {
    const country = countryOf(m);
    if (!country) continue;
    const entity = entityIdOf(m, entityOfMention);
    if (!entityCountry.has(entity)) entityCountry.set(entity, country);
    const role = (m.role ?? "").toLowerCase();
    roleCountries.set(role, (roleCountries.get(role) ?? new Set()).add(country));
  }
  const slots = new Map<string, string>();
  for (const m of people) {
    const role = (m.role ?? "").toLowerCase();
    const known = roleCountries.get(role);
    const country = countryOf(m) ?? entityCountry.get(entityIdOf(m, entityOfMention));
    if (country || !known) slots.set(m.id, formatRoleSlot(country, role));
  }
  return slots;
}

// the source of a report, or the agent of the event ("signed by the EAEU", "hosted by the SCO")
const ORGANIZATION_CUE = /\b(?:according to|relayed by|reported by|cited by|by)\s+(?:the\s+)?$/i;

export function findSlotDifferences(
  contexts: ClaimContext[],
  entityOfMention: Map<string, Entity>,
  type: "place" | "organization",
): Discrepancy[] {
  const before = (c: ClaimContext, m: Mention) => c.claim.text.slice(Math.max(0, m.start - c.claim.start - 24), m.start - c.claim.start);
  return findSlotConflicts(
    contexts,
    entityOfMention,
    (c) =>
      c.names
        .filter(
          (m) => m.type === type && (type === "place" ? isEventPlace(c.claim.text, c.claim.start, m) : ORGANIZATION_CUE.test(before(c, m))),
        )
        .slice(0, 1)
        .map((m) => ({ slot: type, mention: m })),
    (_slot, classes) => ({
      kind: type,
      severity: "minor",
      values: valuesOf(classes),
      explanation: `${type === "place" ? "The place" : "The organisation"} differs: ${classes.map((c) => c[0]!.mention.text).join(" vs ")}.`,
    }),
  );
}
