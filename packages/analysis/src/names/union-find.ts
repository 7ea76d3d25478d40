/** Disjoint sets over 0..n-1 that remember their members, so a merge can be vetoed by looking at both sides. */
export class UnionFind {
  private parent: number[];
  private members: Map<number, number[]>;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }

  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  union(a: number, b: number): boolean {
    return this.unionUnless(a, b, () => false);
  }

  /** Merges the sets of a and b unless `conflict` holds for some pair across them. */
  unionUnless(a: number, b: number, conflict: (x: number, y: number) => boolean): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const ma = this.members.get(ra) ?? [];
    const mb = this.members.get(rb) ?? [];
    if (ma.some((x) => mb.some((y) => conflict(x, y)))) return false;
    const [big, small] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    this.parent[small] = big;
    this.members.set(big, [...(this.members.get(big) ?? []), ...(this.members.get(small) ?? [])]);
    this.members.delete(small);
    return true;
  }

  /** The sets, each sorted, ordered by smallest member. */
  groups(): number[][] {
    return [...this.members.values()].map((m) => [...m].sort((x, y) => x - y)).sort((x, y) => (x[0] as number) - (y[0] as number));
  }
}
