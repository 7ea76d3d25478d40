import type { CoverageChange, CoverageFirstReport } from "./coverage-types.ts";
import type { PlacedClaim } from "./index-coverage-input.ts";
import type { JudgedDiscrepancy } from "./judge-fact.ts";

/**
 * The outlet that reported a fact first, by its article's publication time (ISO strings, compared
 * as written: a date without a time sorts before the times of that day), and every later report
 * that gives another value than the first one did. Undated articles are neither first nor later.
 */
export function findFirstReport(
  members: PlacedClaim[],
  discrepancies: JudgedDiscrepancy[],
): { firstReport: CoverageFirstReport | null; laterChanges: CoverageChange[] } {
  const dated = members.filter((m): m is PlacedClaim & { publishedAt: string } => m.publishedAt !== null && m.publishedAt !== "");
  const earliest = dated.reduce<string | null>((min, m) => (min === null || m.publishedAt < min ? m.publishedAt : min), null);
  const first = dated.find((m) => m.publishedAt === earliest);
  if (!first || earliest === null) return { firstReport: null, laterChanges: [] };
  const tiedWith = [...new Set(dated.filter((m) => m.publishedAt === earliest && m.outlet !== first.outlet).map((m) => m.outlet))];
  const firstClaims = members.filter((m) => m.articleId === first.articleId);
  const laterChanges: CoverageChange[] = [];
  const seen = new Set<string>();
  for (const d of discrepancies) {
    const firstClasses = new Set(firstClaims.flatMap((c) => [...(d.classesOfClaim.get(c.id) ?? [])]));
    const from = [...firstClasses][0];
    if (from === undefined) continue;
    for (const m of dated) {
      if (m.publishedAt <= earliest) continue;
      for (const c of d.classesOfClaim.get(m.id) ?? []) {
        const key = `${d.kind}\u0000${m.outlet}\u0000${c}`;
        if (firstClasses.has(c) || seen.has(key)) continue;
        seen.add(key);
        laterChanges.push({
          kind: d.kind,
          from: d.textOfClass[from] ?? "",
          to: d.textOfClass[c] ?? "",
          outlet: m.outlet,
          articleId: m.articleId,
          claimId: m.id,
          publishedAt: m.publishedAt,
        });
      }
    }
  }
  laterChanges.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.outlet.localeCompare(b.outlet));
  return {
    firstReport: { outlet: first.outlet, articleId: first.articleId, claimId: first.id, publishedAt: earliest, tiedWith },
    laterChanges,
  };
}
