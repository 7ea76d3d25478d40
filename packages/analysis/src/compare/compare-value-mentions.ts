import { compareDates } from "../dates/compare-dates.ts";
import { compareNumbers } from "../numbers/compare-numbers.ts";
import type { Discrepancy, Mention } from "../types.ts";
import { asDate, asNumber, partitionAgreeing, spansArticles, discrepancyValueOf, type ClaimContext } from "./claim-context.ts";

interface Item {
  context: ClaimContext;
  mentions: Mention[];
}

function describeDate(m: Mention): string {
  const v = asDate(m);
  return v.start === v.end ? `${m.text} (${v.start})` : `${m.text} (${v.start} – ${v.end})`;
}

function buildDiscrepancy(kind: "date" | "number", classes: Item[][], describe: (m: Mention) => string): Discrepancy {
  const values = classes.flatMap((c) => c.map((item) => discrepancyValueOf(item.context, item.mentions[0]!)));
  const distinct = classes.map((c) => describe(c[0]!.mentions[0]!));
  return { kind, severity: "conflict", values, explanation: `The ${kind}s disagree: ${distinct.join(" vs ")}.` };
}

/**
 * Claims whose dates cannot describe the same time: each claim's dates are compared by meaning
 * ("mid-March" fits "13 March", "July 2023" does not fit "August 2023"); a claim agrees with
 * another when any of its dates fits any of the other's.
 */
export function findDateConflicts(contexts: ClaimContext[]): Discrepancy[] {
  const items: Item[] = contexts.filter((c) => c.dates.length > 0).map((context) => ({ context, mentions: context.dates }));
  const agree = (a: Item, b: Item) =>
    a.mentions.some((x) => b.mentions.some((y) => ["same", "compatible", "unknown"].includes(compareDates(asDate(x), asDate(y)))));
  const classes = partitionAgreeing(items, agree);
  return spansArticles(classes) ? [buildDiscrepancy("date", classes, describeDate)] : [];
}

/**
 * Numbers of the same unit that cannot be the same quantity: "two-day" vs "three-day" conflicts,
 * "more than 30 years" vs "Thirty years" does not. One discrepancy per unit.
 */
export function findNumberConflicts(contexts: ClaimContext[]): Discrepancy[] {
  const byUnit = new Map<string, Item[]>();
  for (const context of contexts) {
    const perUnit = new Map<string, Mention[]>();
    // a bare number has no unit to say what it counts, so it is not compared
    for (const m of context.numbers.filter((n) => asNumber(n).unit)) {
      const unit = asNumber(m).unit ?? "";
      perUnit.set(unit, [...(perUnit.get(unit) ?? []), m]);
    }
    for (const [unit, mentions] of perUnit) byUnit.set(unit, [...(byUnit.get(unit) ?? []), { context, mentions }]);
  }
  const found: Discrepancy[] = [];
  for (const items of byUnit.values()) {
    const agree = (a: Item, b: Item) =>
      a.mentions.some((x) => b.mentions.some((y) => compareNumbers(asNumber(x), asNumber(y)) !== "conflict"));
    const classes = partitionAgreeing(items, agree);
    if (spansArticles(classes)) found.push(buildDiscrepancy("number", classes, (m) => m.text));
  }
  return found;
}
