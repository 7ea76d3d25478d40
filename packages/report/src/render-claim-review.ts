import { capitalizeLabel } from "./report-lookups.ts";
import type { Report, ReportArticle, ReportClaimGroup, VerdictLabel } from "./report-types.ts";

export interface ClaimReviewOptions {
  siteUrl: string;
  author: { name: string; url?: string; type?: "Organization" | "Person" };
}

// 1–5 as fact-checkers use it (5 = true); "unverifiable" carries no value at all.
const RATING: Record<VerdictLabel, number | null> = { consistent: 5, variant: 4, discrepancy: 3, contradiction: 1, unverifiable: null };

const MAX_CLAIM = 75;

/** Under 75 characters, cut at a word boundary with an ellipsis (Google's guidance for claimReviewed). */
export function shortenClaim(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length < MAX_CLAIM) return flat;
  const room = flat.slice(0, MAX_CLAIM - 1);
  const cut = room.lastIndexOf(" ");
  const head = (cut > 20 ? room.slice(0, cut) : room.slice(0, MAX_CLAIM - 2)).replace(/[\s,;:.–—-]+$/, "");
  return `${head}…`;
}

function timeOf(a: ReportArticle): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function describeAppearance(a: ReportArticle): Record<string, unknown> {
  return {
    "@type": a.outlet ? "NewsArticle" : "CreativeWork",
    ...(a.url ? { url: a.url } : {}),
    headline: a.title,
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
  };
}

function buildClaimReview(
  group: ReportClaimGroup,
  articles: Map<string, ReportArticle>,
  options: ClaimReviewOptions,
): Record<string, unknown> | null {
  const verdict = group.verdict;
  // a verdict given before the group changed is not published: it may not cover what the group holds now
  if (!verdict || verdict.state === "changed") return null;
  const sources = [...new Set(group.claims.map((c) => c.articleId))].flatMap((id) => articles.get(id) ?? []);
  const dated = sources.filter((a) => timeOf(a) !== Number.POSITIVE_INFINITY).sort((x, y) => timeOf(x) - timeOf(y));
  const first = dated[0];
  // the claim as first published is the one under review
  const claim = group.claims.find((c) => c.articleId === first?.id) ?? group.claims[0];
  const value = RATING[verdict.label];
  const site = options.siteUrl.replace(/\/+$/, "");
  return {
    "@type": "ClaimReview",
    url: `${site}/groups/${encodeURIComponent(group.id)}`,
    claimReviewed: shortenClaim(claim?.text ?? group.label),
    datePublished: verdict.decidedAt.slice(0, 10),
    author: {
      "@type": options.author.type ?? "Organization",
      name: options.author.name,
      ...(options.author.url ? { url: options.author.url } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: capitalizeLabel(verdict.label),
      ...(verdict.note ? { ratingExplanation: verdict.note } : {}),
      ...(value !== null ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      appearance: sources.map(describeAppearance),
      ...(first ? { firstAppearance: describeAppearance(first) } : {}),
    },
  };
}

/**
 * schema.org ClaimReview JSON-LD, one per reviewed claim group. `<` is written as \u003c so the
 * output can also sit inside a <script type="application/ld+json"> without closing it.
 */
export function renderClaimReview(report: Report, options: ClaimReviewOptions): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const graph = report.claimGroups.flatMap((g) => buildClaimReview(g, articles, options) ?? []);
  return `${JSON.stringify({ "@context": "https://schema.org", "@graph": graph }, null, 2).replace(/</g, "\\u003c")}\n`;
}
