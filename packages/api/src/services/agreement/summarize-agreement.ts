import { computeCohenKappa } from "./cohen-kappa.ts";
import { computeKrippendorffAlpha } from "./krippendorff-alpha.ts";

/** One group as the agreement figures see it: its live discrepancy kinds and each reviewer's standing label. */
export interface RatedUnit {
  kinds: readonly string[];
  /** reviewerId → label */
  ratings: ReadonlyMap<string, string>;
}

export type AgreementStatistic = "cohen-kappa" | "krippendorff-alpha";

export interface AgreementRow {
  /** "overall", "none" (groups without a discrepancy) or a discrepancy kind */
  scope: string;
  /** groups in scope */
  groups: number;
  /** groups rated by at least two reviewers: the items the statistic is computed over */
  items: number;
  reviewers: number;
  /** share of agreeing ratings (pairs of ratings, for alpha) */
  observed: number | null;
  statistic: AgreementStatistic | null;
  value: number | null;
}

export interface PairRow {
  a: string;
  b: string;
  items: number;
  observed: number | null;
  kappa: number | null;
}

/** Cohen's kappa when exactly two reviewers rated the scope, Krippendorff's alpha (nominal) for more. */
export function summarizeScope(scope: string, units: readonly RatedUnit[]): AgreementRow {
  const raters = new Set(units.flatMap((u) => [...u.ratings.keys()]));
  const pairable = units.filter((u) => u.ratings.size >= 2);
  const base = { scope, groups: units.length, items: pairable.length, reviewers: raters.size };
  if (raters.size < 2 || pairable.length === 0) return { ...base, observed: null, statistic: null, value: null };
  if (raters.size === 2) {
    const result = computeCohenKappa(
      pairable.map((u) => [...u.ratings.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, label]) => label) as [string, string]),
    );
    return { ...base, observed: result.observed, statistic: "cohen-kappa", value: result.kappa };
  }
  const result = computeKrippendorffAlpha(pairable.map((u) => [...u.ratings.values()]));
  return { ...base, observed: result.observed, statistic: "krippendorff-alpha", value: result.alpha };
}

export function summarizeAgreement(units: readonly RatedUnit[], kinds: readonly string[]) {
  const rows = [
    summarizeScope("overall", units),
    summarizeScope(
      "none",
      units.filter((u) => u.kinds.length === 0),
    ),
    ...kinds.map((kind) =>
      summarizeScope(
        kind,
        units.filter((u) => u.kinds.includes(kind)),
      ),
    ),
  ];
  const raters = [...new Set(units.flatMap((u) => [...u.ratings.keys()]))].sort();
  const pairs: PairRow[] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      const a = raters[i]!;
      const b = raters[j]!;
      const both = units.flatMap((u) => (u.ratings.has(a) && u.ratings.has(b) ? [[u.ratings.get(a)!, u.ratings.get(b)!] as const] : []));
      const result = computeCohenKappa(both);
      pairs.push({ a, b, items: both.length, observed: both.length ? result.observed : null, kappa: result.kappa });
    }
  }
  return { rows, pairs };
}
