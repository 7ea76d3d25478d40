import type { CoverageClaimInput, CoverageInput } from "./coverage-input.ts";

/** A claim as coverage sees it: its outlet, and the claim whose discrepancy values stand for it. */
export interface PlacedClaim extends CoverageClaimInput {
  outlet: string;
  publishedAt: string | null;
  /** itself, or for a word-for-word copy of a grouped claim (a wire copy left out of the groups), that claim */
  valuesOf: string;
}

export interface CoverageIndex {
  outlets: { name: string; articleIds: string[] }[];
  outletOfArticle: Map<string, string>;
  /** each article's claims in text order */
  claimsOfArticle: Map<string, PlacedClaim[]>;
  /** the group each claim states (copies included) */
  groupOfClaim: Map<string, string>;
  /** each group's claims, copies included, in outlet then text order */
  membersOfGroup: Map<string, PlacedClaim[]>;
  /** claim text keys said by more than one outlet */
  outletsOfText: Map<string, Set<string>>;
}

/** An outlet names itself; an article without one is known by its file or URL. */
export const outletOf = (article: { outlet: string | null; sourceName: string }) => article.outlet?.trim() || article.sourceName;

/** What a republished copy keeps of a sentence: letters and digits, lower-cased, single-spaced. */
export function claimTextKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Indexes the input once. A claim in no group whose text is word for word a grouped claim of
 * another article (the engine leaves a near-identical copy's repeated sentences out of the
 * groups, its original standing for them) states that group's fact, with that claim's values:
 * otherwise a wire copy would seem to omit every fact and say all of them alone.
 */
export function indexCoverageInput(input: CoverageInput): CoverageIndex {
  const outletOfArticle = new Map(input.articles.map((a) => [a.id, outletOf(a)]));
  const publishedAt = new Map(input.articles.map((a) => [a.id, a.publishedAt]));
  const articlesOfOutlet = new Map<string, string[]>();
  for (const a of input.articles) articlesOfOutlet.set(outletOf(a), [...(articlesOfOutlet.get(outletOf(a)) ?? []), a.id]);
  const outlets = [...articlesOfOutlet.entries()]
    .map(([name, articleIds]) => ({ name, articleIds }))
    .sort((x, y) => x.name.localeCompare(y.name, "en", { sensitivity: "base" }) || x.name.localeCompare(y.name));

  const place = (c: CoverageClaimInput, valuesOf = c.id): PlacedClaim | null => {
    const outlet = outletOfArticle.get(c.articleId);
    return outlet === undefined ? null : { ...c, outlet, publishedAt: publishedAt.get(c.articleId) ?? null, valuesOf };
  };
  const groupOfClaim = new Map<string, string>();
  const membersOfGroup = new Map<string, PlacedClaim[]>();
  const groupedByText = new Map<string, PlacedClaim>();
  for (const g of input.groups) {
    const members = g.claims.flatMap((c) => place(c) ?? []);
    membersOfGroup.set(g.id, members);
    for (const m of members) {
      groupOfClaim.set(m.id, g.id);
      groupedByText.set(claimTextKey(m.text), m);
    }
  }

  const claimsOfArticle = new Map<string, PlacedClaim[]>();
  const outletsOfText = new Map<string, Set<string>>();
  const known = new Set(input.claims.map((c) => c.id));
  const allClaims = [...input.claims, ...input.groups.flatMap((g) => g.claims.filter((c) => !known.has(c.id)))];
  for (const c of allClaims) {
    const own = place(c);
    if (!own) continue;
    const key = claimTextKey(c.text);
    const original = groupOfClaim.has(c.id) ? undefined : groupedByText.get(key);
    const placed = original && original.articleId !== c.articleId ? { ...own, valuesOf: original.id } : own;
    if (placed !== own && original) {
      const groupId = groupOfClaim.get(original.id) ?? "";
      groupOfClaim.set(c.id, groupId);
      membersOfGroup.get(groupId)?.push(placed);
    }
    claimsOfArticle.set(c.articleId, [...(claimsOfArticle.get(c.articleId) ?? []), placed]);
    if (key) outletsOfText.set(key, (outletsOfText.get(key) ?? new Set()).add(placed.outlet));
  }
  for (const list of claimsOfArticle.values()) list.sort((a, b) => a.start - b.start);
  const outletRank = new Map(outlets.map((o, i) => [o.name, i]));
  for (const list of membersOfGroup.values())
    list.sort(
      (a, b) =>
        (outletRank.get(a.outlet) ?? 0) - (outletRank.get(b.outlet) ?? 0) || a.articleId.localeCompare(b.articleId) || a.start - b.start,
    );
  return { outlets, outletOfArticle, claimsOfArticle, groupOfClaim, membersOfGroup, outletsOfText };
}
