import type { ArticleInput, Claim, Mention } from "../types.ts";
import { parseDates } from "../dates/parse-dates.ts";
import { parseNumbers } from "../numbers/parse-numbers.ts";
import { findNames } from "./find-names.ts";

type Draft = Omit<Mention, "id" | "articleId" | "claimId">;

/**
 * All dates, numbers and names of an article, with article offsets, the claim each
 * falls in (null for page furniture and other dropped text) and ids in text order.
 */
export function extractMentions(article: ArticleInput, claims: Claim[], referenceDate: string | null): Mention[] {
  const text = article.text;
  const dates: Draft[] = parseDates(text, referenceDate).map((d) => ({
    type: "date",
    text: d.text,
    start: d.start,
    end: d.end,
    normalized: d.value,
  }));
  // The day in "20 August" or a year already read as a date is not a quantity.
  const numbers: Draft[] = parseNumbers(text)
    .filter((n) => !dates.some((d) => d.start < n.end && n.start < d.end))
    .map((n) => ({ type: "number", text: n.text, start: n.start, end: n.end, normalized: n.value }));
  const names: Draft[] = findNames(text).map((n) => ({
    type: n.type,
    text: n.text,
    start: n.start,
    end: n.end,
    normalized: n.roleCountry ? { name: n.name, roleCountry: n.roleCountry } : { name: n.name },
    ...(n.type === "person" ? { role: n.role } : {}),
  }));
  const drafts = [...dates, ...numbers, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  return drafts.map((d, n) => ({
    id: `${article.id}:m${n}`,
    articleId: article.id,
    claimId: findClaim(sorted, d.start, d.end),
    ...d,
  }));
}

// Claims are sorted and disjoint, so a binary search finds the one holding a span.
function findClaim(claims: Claim[], start: number, end: number): string | null {
  let lo = 0;
  let hi = claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = claims[mid];
    if (!c) break;
    if (end <= c.start) hi = mid - 1;
    else if (start >= c.end) lo = mid + 1;
    else return start >= c.start && end <= c.end ? c.id : null;
  }
  return null;
}
