import type { ReportVerdict } from "./report-types.ts";

/**
 * A changed verdict said in words: it was given before the group gained or lost claims or
 * discrepancies, so a reader must not take it for a judgement of what the group holds now.
 */
export function describeVerdictChange(v: ReportVerdict): string | null {
  if (v.state !== "changed") return null;
  const c = v.change;
  const parts = c
    ? [
        c.addedClaims ? `${c.addedClaims} claim${c.addedClaims === 1 ? "" : "s"} added` : "",
        c.removedClaims ? `${c.removedClaims} claim${c.removedClaims === 1 ? "" : "s"} removed` : "",
        ...c.addedDiscrepancies.map((d) => `new discrepancy (${d})`),
        ...c.removedDiscrepancies.map((d) => `discrepancy gone (${d})`),
      ].filter(Boolean)
    : [];
  return `Changed since this verdict, awaiting re-check${parts.length ? `: ${parts.join("; ")}` : ""}.`;
}
