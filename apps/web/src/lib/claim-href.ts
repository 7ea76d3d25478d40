import type { CoverageAnchor, CoverageClaimRef, ReportCoverage } from "@crosscheck/report";

/** Words enough to find a sentence, few enough to survive small differences in how it renders. */
const FRAGMENT_WORDS = 8;

/**
 * A URL text fragment (`#:~:text=`) for a claim: the browser scrolls to its first words and
 * highlights them. The article page has no anchors of its own for claims; the part before `:~:`
 * names `claim-<id>` for the day it has.
 */
export function claimFragment(claim: Pick<CoverageClaimRef, "id" | "text">): string {
  const words = (claim.text.split(/\r?\n/).find((line) => line.trim()) ?? "").trim().split(/\s+/).slice(0, FRAGMENT_WORDS).join(" ");
  // the directive's own syntax characters (",", "-", "&") must be percent-encoded inside it
  const encoded = encodeURIComponent(words).replace(/-/g, "%2D");
  return `#claim-${encodeURIComponent(claim.id)}${encoded ? `:~:text=${encoded}` : ""}`;
}

export function articleHref(slug: string, articleId: string): string {
  return `/w/${slug}/articles/${encodeURIComponent(articleId)}`;
}

/** The article at the claim. */
export function claimHref(slug: string, claim: CoverageClaimRef): string {
  return `${articleHref(slug, claim.articleId)}${claimFragment(claim)}`;
}

/** Every claim a cell shows, by id: an anchor names its claim, the neighbouring fact's cell holds its text. */
export function indexCellClaims(coverage: ReportCoverage): Map<string, CoverageClaimRef> {
  const claims = new Map<string, CoverageClaimRef>();
  for (const fact of coverage.facts) for (const cell of fact.cells) if (cell.claim) claims.set(cell.claim.id, cell.claim);
  return claims;
}

/** The article at the place a missing fact would be expected: at the outlet's claim of its neighbour, else the top. */
export function anchorHref(slug: string, anchor: CoverageAnchor, claims: Map<string, CoverageClaimRef>): string {
  const claim = anchor.claimId ? claims.get(anchor.claimId) : undefined;
  return claim ? claimHref(slug, claim) : articleHref(slug, anchor.articleId);
}

/** "expected after its claim “The bridge cost…”" */
export function describeAnchor(anchor: CoverageAnchor | null, claims: Map<string, CoverageClaimRef>): string {
  if (!anchor) return "";
  const claim = anchor.claimId ? claims.get(anchor.claimId) : undefined;
  if (!claim || anchor.position === "start") return "it states none of the facts around it: look from the top";
  const shown = claim.text.length > 70 ? `${claim.text.slice(0, 68).trimEnd()}…` : claim.text;
  return `expected ${anchor.position} its claim “${shown}”`;
}
