import { clusterNames } from "./cluster-names.ts";

export interface NameLineCluster {
  canonical: string;
  forms: string[];
}

/**
 * For `crosscheck names`: one name per line in, clusters out. `forms` are the distinct spellings in
 * order of first appearance; `canonical` is the most frequent one, ties going to the fullest
 * (most words, then longest), then to the earliest.
 */
export function clusterNameLines(lines: string[]): NameLineCluster[] {
  const names = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  return clusterNames(names.map((text) => ({ text }))).map((cluster) => {
    const texts = cluster.map((i) => names[i] as string);
    const forms = [...new Set(texts)];
    const count = (f: string): number => texts.filter((t) => t === f).length;
    const words = (f: string): number => f.split(/[\s,]+/).filter(Boolean).length;
    const canonical = forms.reduce((best, f) => {
      const d = count(f) - count(best) || words(f) - words(best) || f.length - best.length;
      return d > 0 ? f : best;
    });
    return { canonical, forms };
  });
}
