import type { CoverageClaimInput, CoverageGroupInput, CoverageInput } from "../src/coverage/coverage-input.ts";

// A bridge opening told by three outlets, written claim by claim so every offset is exact:
//   Daily A (first, 08:00): opened Monday · cost 12 million · mayor cut the ribbon · fireworks (A alone)
//   Daily B (12:00):        opened Monday · cost 15 million · mayor cut the ribbon
//   Courier C (next day):   opened Monday · cost 12 million · (no ribbon: its omission)

export const ARTICLES = [
  { id: "a1", sourceName: "daily-a.html", outlet: "Daily A", publishedAt: "2026-03-01T08:00" },
  { id: "a2", sourceName: "daily-b.html", outlet: "Daily B", publishedAt: "2026-03-01T12:00" },
  { id: "a3", sourceName: "courier-c.txt", outlet: "Courier C", publishedAt: "2026-03-02" },
];

const TEXTS: Record<string, [string, string]> = {
  c11: ["a1", "The bridge opened on Monday."],
  c12: ["a1", "It cost 12 million euros."],
  c13: ["a1", "The mayor cut the ribbon."],
  c14: ["a1", "Fireworks followed after dark."],
  c21: ["a2", "The bridge opened on Monday."],
  c22: ["a2", "It cost 15 million euros."],
  c23: ["a2", "The mayor cut the ribbon herself."],
  c31: ["a3", "The new bridge opened Monday."],
  c32: ["a3", "The bridge cost 12 million euros."],
};

/** Claims laid end to end in their article, one space apart. */
export function claimsOf(texts: Record<string, [string, string]>): CoverageClaimInput[] {
  const cursor = new Map<string, number>();
  return Object.entries(texts).map(([id, [articleId, text]]) => {
    const start = cursor.get(articleId) ?? 0;
    cursor.set(articleId, start + text.length + 1);
    return { id, articleId, start, end: start + text.length, text };
  });
}

export const CLAIMS = claimsOf(TEXTS);
export const claim = (id: string) => {
  const found = CLAIMS.find((c) => c.id === id);
  if (!found) throw new Error(`fixture: no claim ${id}`);
  return found;
};

const euros = (claimId: string, text: string, value: number) => ({
  claimId,
  text,
  normalized: { value, min: value, max: value, unit: "EUR", approx: "exact" },
});

export const GROUPS: CoverageGroupInput[] = [
  {
    id: "g2",
    label: "The bridge cost 12 million euros",
    claims: [claim("c12"), claim("c22"), claim("c32")],
    discrepancies: [
      {
        kind: "number",
        severity: "conflict",
        values: [euros("c12", "12 million euros", 12e6), euros("c22", "15 million euros", 15e6), euros("c32", "12 million euros", 12e6)],
      },
    ],
  },
  {
    id: "g1",
    label: "The bridge opened on Monday",
    claims: [claim("c11"), claim("c21"), claim("c31")],
    // a reviewer dismissed it: it must not make anyone differ
    discrepancies: [
      {
        kind: "wording",
        severity: "minor",
        values: [
          { claimId: "c11", text: "opened" },
          { claimId: "c31", text: "new" },
        ],
        dismissed: true,
      },
    ],
  },
  { id: "g3", label: "The mayor cut the ribbon", claims: [claim("c13"), claim("c23")], discrepancies: [] },
];

export const BRIDGE: CoverageInput = { articles: ARTICLES, groups: GROUPS, claims: CLAIMS };
