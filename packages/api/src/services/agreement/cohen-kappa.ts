/**
 * Cohen's kappa for two raters on nominal labels. Hand-written: no maintained npm package computes
 * it (checked the registry in 2026), and it is a few lines; tested against a textbook example.
 */
export interface KappaResult {
  /** items both raters labelled */
  items: number;
  /** share of those items on which they gave the same label */
  observed: number;
  /** agreement expected by chance from each rater's label frequencies */
  expected: number;
  /** null when chance agreement is total (both raters always use one same label): kappa is undefined */
  kappa: number | null;
}

export function computeCohenKappa(pairs: readonly (readonly [string, string])[]): KappaResult {
  const n = pairs.length;
  if (n === 0) return { items: 0, observed: 0, expected: 0, kappa: null };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === b) same++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { items: n, observed, expected, kappa };
}
