// Clustering quality against gold labels: pairwise and B-cubed precision/recall/F1.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): Prf {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** `gold[i]` and `predicted[i]` are cluster labels of item i. */
export function scorePairwise(gold: string[], predicted: string[]): Prf {
  const both = countBy(gold.map((g, i) => `${g}\u0000${predicted[i]}`));
  const tp = [...both.values()].reduce((s, n) => s + pairs(n), 0);
  const goldPairs = [...countBy(gold).values()].reduce((s, n) => s + pairs(n), 0);
  const predPairs = [...countBy(predicted).values()].reduce((s, n) => s + pairs(n), 0);
  return prf(predPairs === 0 ? 1 : tp / predPairs, goldPairs === 0 ? 1 : tp / goldPairs);
}

export function scoreBcubed(gold: string[], predicted: string[]): Prf {
  const both = countBy(gold.map((g, i) => `${g}\u0000${predicted[i]}`));
  const goldSize = countBy(gold);
  const predSize = countBy(predicted);
  let p = 0;
  let r = 0;
  gold.forEach((g, i) => {
    const pr = predicted[i] as string;
    const overlap = both.get(`${g}\u0000${pr}`) as number;
    p += overlap / (predSize.get(pr) as number);
    r += overlap / (goldSize.get(g) as number);
  });
  return prf(p / gold.length, r / gold.length);
}

/** Turns clusters of indices into one label per item. */
export function labelClusters(clusters: number[][], n: number): string[] {
  const labels = new Array<string>(n).fill("");
  clusters.forEach((c, k) => c.forEach((i) => (labels[i] = String(k))));
  return labels;
}
