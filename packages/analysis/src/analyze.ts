import { alignClaims } from "./align/align-claims.ts";
import { buildAlignInput } from "./align/build-align-input.ts";
import { findDiscrepancies } from "./compare/find-discrepancies.ts";
import { findDuplicateArticles } from "./duplicates/find-duplicate-articles.ts";
import { buildEntities } from "./entities/build-entities.ts";
import { extractMentions } from "./mentions/extract-mentions.ts";
import { findReferenceDate } from "./segment/find-reference-date.ts";
import { segmentClaims } from "./segment/segment-claims.ts";
import type { AnalysisResult, AnalyzeOptions, ArticleInput, Claim, ClaimGroup, ClaimRef, Entity, Mention, Severity } from "./types.ts";

const SEVERITY_RANK: Record<Severity, number> = { conflict: 0, minor: 1, variant: 2 };
const LABEL_LENGTH = 80;

function labelOf(claim: Claim | undefined): string {
  const text = claim?.text.replace(/\s+/g, " ").trim() ?? "";
  if (text.length <= LABEL_LENGTH) return text;
  const cut = text.slice(0, LABEL_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

function toClaimPairs(refs: { a: ClaimRef; b: ClaimRef }[] | undefined, claimAt: Map<string, Claim>): [string, string][] {
  return (refs ?? []).flatMap(({ a, b }) => {
    const x = claimAt.get(`${a.articleId}:${a.start}`);
    const y = claimAt.get(`${b.articleId}:${b.start}`);
    return x && y ? [[x.id, y.id] as [string, string]] : [];
  });
}

/**
 * The whole analysis: claims, mentions, entities across articles, claim groups and what differs
 * in each. Deterministic for the same input; reviewers' decisions are applied on every run.
 */
export function analyze(articles: ArticleInput[], options: AnalyzeOptions = {}): AnalysisResult {
  const progress = options.onProgress ?? (() => undefined);
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const referenceDates: Record<string, string | null> = {};
  articles.forEach((article, i) => {
    const reference = findReferenceDate(article);
    referenceDates[article.id] = reference;
    const own = segmentClaims(article);
    claims.push(...own);
    progress({ stage: "segment", done: i + 1, total: articles.length });
    mentions.push(...extractMentions(article, own, reference));
    progress({ stage: "mentions", done: i + 1, total: articles.length });
  });

  // Only names inside claims are actors of the events: a byline, a photo credit or a menu of the
  // page ("Anna White", "Government Bodies") stays a mention of the text but is no entity.
  const entities = buildEntities(
    mentions.filter((m) => m.claimId !== null),
    options.decisions,
  );
  progress({ stage: "entities", done: 1, total: 1 });
  const entityOfMention = new Map<string, Entity>();
  for (const entity of entities) for (const id of entity.mentionIds) entityOfMention.set(id, entity);

  const mentionsOfClaim = new Map<string, Mention[]>();
  for (const m of mentions) if (m.claimId) mentionsOfClaim.set(m.claimId, [...(mentionsOfClaim.get(m.claimId) ?? []), m]);
  const claimAt = new Map(claims.map((c) => [`${c.articleId}:${c.start}`, c]));
  const mustLink = toClaimPairs(options.decisions?.claimLinks, claimAt);
  const cannotLink = toClaimPairs(options.decisions?.claimUnlinks, claimAt);
  // A copy's repeated sentences would only group with their own originals and, hundreds of copies
  // over, push every word of the story past the candidate index's frequency cut-off; the original
  // stands for them. A claim a reviewer linked or unlinked by hand stays: their decision wins.
  const { duplicates, repeatedClaimIds } = findDuplicateArticles(claims);
  const decided = new Set([...mustLink, ...cannotLink].flat());
  const aligned = alignClaims(
    claims
      .filter((claim) => !repeatedClaimIds.has(claim.id) || decided.has(claim.id))
      .map((claim) => buildAlignInput(claim, mentionsOfClaim.get(claim.id) ?? [], (m) => entityOfMention.get(m.id))),
    { mustLink, cannotLink },
  );
  progress({ stage: "align", done: 1, total: 1 });

  // a run without groups still reports the last stage, so a progress bar can finish
  if (aligned.length === 0) progress({ stage: "compare", done: 0, total: 0 });
  const order = new Map(claims.map((c, i) => [c.id, i]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const groups = aligned.map((group, i) => {
    const claimIds = [...group.claimIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const members = claimIds.flatMap((id) => claimById.get(id) ?? []);
    const discrepancies = findDiscrepancies(
      members,
      claimIds.flatMap((id) => mentionsOfClaim.get(id) ?? []),
      entityOfMention,
    );
    progress({ stage: "compare", done: i + 1, total: aligned.length });
    return { claimIds, score: group.score, discrepancies, label: labelOf(members[0]) };
  });
  const rank = (g: (typeof groups)[number]) => Math.min(3, ...g.discrepancies.map((d) => SEVERITY_RANK[d.severity]));
  groups.sort((a, b) => rank(a) - rank(b) || (order.get(a.claimIds[0] ?? "") ?? 0) - (order.get(b.claimIds[0] ?? "") ?? 0));
  const result: ClaimGroup[] = groups.map((g, i) => ({ id: `g${i + 1}`, ...g }));
  return { claims, mentions, entities, groups: result, referenceDates, ...(duplicates.length > 0 ? { duplicates } : {}) };
}
