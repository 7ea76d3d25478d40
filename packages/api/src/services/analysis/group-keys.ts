import type { Discrepancy } from "@crosscheck/analysis";

/** A group's identity across re-runs: the positions of its claims, not their database ids. */
export function groupKeyOf(refs: { articleId: string; start: number }[]): string {
  return refs
    .map((r) => `${r.articleId}:${r.start}`)
    .sort()
    .join("|");
}

/** A discrepancy's identity across re-runs, so a dismissal sticks: its kind and the values' positions. */
export function discrepancyKeyOf(d: Discrepancy, refOf: (claimId: string) => string): string {
  const values = d.values.map((v) => `${refOf(v.claimId)}#${v.text.toLowerCase()}`).sort();
  return `${d.kind}|${values.join("|")}`;
}
