import { nameSource } from "./name-source";

interface ValueSource {
  id: string;
  article: { outlet: string | null; sourceName: string };
}

/**
 * A discrepancy's values as a reviewer reads them: each distinct wording once, with the sources
 * that use it. The engine keeps one value per claim, so a spelling repeated in six claims of one
 * article would otherwise be listed six times.
 */
export function summarizeValues(values: { claimId: string; text: string }[], claims: ValueSource[]): string {
  const sourceOf = new Map(claims.map((c) => [c.id, nameSource(c.article)]));
  const sourcesByText = new Map<string, Set<string>>();
  for (const value of values) {
    const sources = sourcesByText.get(value.text) ?? new Set<string>();
    const source = sourceOf.get(value.claimId);
    if (source) sources.add(source);
    sourcesByText.set(value.text, sources);
  }
  return [...sourcesByText].map(([text, sources]) => (sources.size ? `“${text}” in ${[...sources].join(", ")}` : `“${text}”`)).join(" vs ");
}
