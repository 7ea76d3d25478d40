import type { DiscrepancyKind, Severity } from "@crosscheck/analysis";
import { partitionValues } from "./agree-values.ts";
import type { CoverageGroupInput } from "./coverage-input.ts";
import type { CoverageCell, CoverageClaimRef } from "./coverage-types.ts";
import type { PlacedClaim } from "./index-coverage-input.ts";

const SEVERITY_RANK: Record<Severity, number> = { conflict: 0, minor: 1, variant: 2 };

export const higherSeverity = (a: Severity | null, b: Severity | null): Severity | null =>
  !a ? b : !b ? a : SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;

/** One active discrepancy of a fact, its values sorted into classes of agreeing values. */
export interface JudgedDiscrepancy {
  kind: DiscrepancyKind;
  severity: Severity;
  /** the class of the value each claim (copies included) gives */
  classesOfClaim: Map<string, Set<number>>;
  textOfClass: string[];
  /** the class more outlets give than any other; null on a tie */
  majority: number | null;
}

export interface JudgedFact {
  /** expectedAt is left null, for the caller to fill in */
  cells: CoverageCell[];
  discrepancies: JudgedDiscrepancy[];
  severity: Severity | null;
  kinds: DiscrepancyKind[];
}

export const toClaimRef = (c: PlacedClaim): CoverageClaimRef => ({
  id: c.id,
  articleId: c.articleId,
  start: c.start,
  end: c.end,
  text: c.text,
});

function judgeDiscrepancy(d: CoverageGroupInput["discrepancies"][number], holdersOf: Map<string, PlacedClaim[]>): JudgedDiscrepancy {
  const held = d.values.filter((v) => (holdersOf.get(v.claimId) ?? []).length > 0);
  const classes = partitionValues(d.kind, held);
  const classesOfClaim = new Map<string, Set<number>>();
  const outletsOfClass = classes.map((values, i) => {
    const outlets = new Set<string>();
    for (const v of values) {
      for (const claim of holdersOf.get(v.claimId) ?? []) {
        outlets.add(claim.outlet);
        classesOfClaim.set(claim.id, (classesOfClaim.get(claim.id) ?? new Set()).add(i));
      }
    }
    return outlets.size;
  });
  const most = Math.max(0, ...outletsOfClass);
  const leaders = outletsOfClass.flatMap((n, i) => (n === most ? [i] : []));
  return {
    kind: d.kind,
    severity: d.severity,
    classesOfClaim,
    textOfClass: classes.map((c) => c[0]?.text ?? ""),
    majority: leaders.length === 1 ? (leaders[0] ?? null) : null,
  };
}

/**
 * Each outlet's cell of one fact. An outlet differs in a discrepancy when it gives a value outside
 * the majority's class, or any value at all when no value has a majority (a tie of two outlets is
 * two sides, not one right and one wrong). Outlets that give no value in it agree: they state the
 * fact without the contested detail. Dismissed discrepancies do not count.
 */
export function judgeFact(group: CoverageGroupInput, members: PlacedClaim[], outlets: string[]): JudgedFact {
  const holdersOf = new Map<string, PlacedClaim[]>();
  for (const m of members) holdersOf.set(m.valuesOf, [...(holdersOf.get(m.valuesOf) ?? []), m]);
  const discrepancies = group.discrepancies.filter((d) => !d.dismissed).map((d) => judgeDiscrepancy(d, holdersOf));
  const ownOf = new Map<string, PlacedClaim[]>();
  for (const m of members) ownOf.set(m.outlet, [...(ownOf.get(m.outlet) ?? []), m]);
  const cells = outlets.map((outlet): CoverageCell => {
    const own = ownOf.get(outlet) ?? [];
    if (own.length === 0) return { outlet, state: "absent", severity: null, kinds: [], values: [], claim: null, expectedAt: null };
    let severity: Severity | null = null;
    const kinds = new Set<DiscrepancyKind>();
    const values = new Set<string>();
    let differing: PlacedClaim | undefined;
    for (const d of discrepancies) {
      for (const claim of own) {
        const off = [...(d.classesOfClaim.get(claim.id) ?? [])].filter((c) => c !== d.majority);
        if (off.length === 0) continue;
        severity = higherSeverity(severity, d.severity);
        kinds.add(d.kind);
        for (const c of off) values.add(d.textOfClass[c] ?? "");
        differing ??= claim;
      }
    }
    const claim = differing ?? own[0];
    return {
      outlet,
      state: severity ? "differs" : "agrees",
      severity,
      kinds: [...kinds],
      values: [...values],
      claim: claim ? toClaimRef(claim) : null,
      expectedAt: null,
    };
  });
  return {
    cells,
    discrepancies,
    severity: discrepancies.reduce<Severity | null>((s, d) => higherSeverity(s, d.severity), null),
    kinds: [...new Set(discrepancies.map((d) => d.kind))],
  };
}
