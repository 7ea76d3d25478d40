/**
 * Krippendorff's alpha for nominal data with any number of raters and missing ratings, computed
 * from the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability". Hand-written: the only npm package (krippendorff 0.1.0) is an unreleased
 * side project its author does not support; tested against the paper's worked example (0.743).
 */
export interface AlphaResult {
  /** units with at least two ratings (the only ones that count) */
  items: number;
  /** pairable values: ratings in those units */
  values: number;
  /** share of pairable value pairs that agree (1 − observed disagreement) */
  observed: number;
  /** null when every value is the same label: expected disagreement is zero and alpha undefined */
  alpha: number | null;
}

/** Each unit is the list of labels its raters gave (missing ratings simply left out). */
export function computeKrippendorffAlpha(units: readonly (readonly string[])[]): AlphaResult {
  const pairable = units.filter((u) => u.length >= 2);
  // o[c][k]: coincidences of labels c and k, each unit's pairs weighted 1/(m_u − 1)
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidences.set(c, row);
  };
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) for (let j = 0; j < unit.length; j++) if (i !== j) add(unit[i]!, unit[j]!, weight);
  }
  const n = pairable.reduce((sum, u) => sum + u.length, 0);
  if (n === 0) return { items: 0, values: 0, observed: 0, alpha: null };
  const marginal = new Map<string, number>();
  let agreeing = 0;
  for (const [c, row] of coincidences) {
    let total = 0;
    for (const [k, count] of row) {
      total += count;
      if (k === c) agreeing += count;
    }
    marginal.set(c, total);
  }
  const observedDisagreement = (n - agreeing) / n;
  const sumSquares = [...marginal.values()].reduce((sum, nc) => sum + nc * nc, 0);
  const expectedDisagreement = (n * n - sumSquares) / (n * (n - 1));
  const alpha = expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement;
  return { items: pairable.length, values: n, observed: 1 - observedDisagreement, alpha };
}
