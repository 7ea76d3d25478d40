import type { CoverageCell, CoverageFact, ReportCoverage } from "@crosscheck/report";
import type { DISCREPANCY_KINDS, SEVERITIES } from "./discrepancy-kinds";

// The coverage page's filters and sorting, pure so they are tested without a browser.

export const CELL_FILTERS = {
  differs: "states it differently",
  absent: "does not state it",
  omitted: "leaves it out (most state it)",
  agrees: "states it as most do",
  alone: "alone states it",
} as const;
export type CellFilter = keyof typeof CELL_FILTERS;

export const FACT_SORTS = {
  severity: "Most severe first",
  "most-outlets": "Most outlets first",
  "fewest-outlets": "Fewest outlets first",
  "first-reported": "First reported first",
  label: "Fact (A–Z)",
  outlet: "Chosen outlet: differs, omits, then states",
} as const;
export type FactSort = keyof typeof FACT_SORTS;

export interface CoverageFilters {
  query: string;
  /** "" for every outlet; a name puts the cell filter on that outlet's column */
  outlet: string;
  cell: CellFilter | "";
  kind: (typeof DISCREPANCY_KINDS)[number] | "";
  severity: (typeof SEVERITIES)[number] | "";
  sort: FactSort;
}

export const NO_COVERAGE_FILTERS: CoverageFilters = { query: "", outlet: "", cell: "", kind: "", severity: "", sort: "severity" };

const SEVERITY_RANK: Record<string, number> = { conflict: 0, minor: 1, variant: 2 };
const rank = (s: string | null) => (s ? (SEVERITY_RANK[s] ?? 3) : 3);
const OUTLET_RANK: Record<CoverageCell["state"], number> = { differs: 0, absent: 1, agrees: 2 };

export const isMost = (statedBy: number, outletCount: number) => statedBy >= 2 && statedBy * 2 > outletCount;

function cellMatches(cell: CoverageCell, fact: CoverageFact, filter: CellFilter, outletCount: number): boolean {
  if (filter === "omitted") return cell.state === "absent" && isMost(fact.statedBy, outletCount);
  if (filter === "alone") return cell.state !== "absent" && fact.statedBy === 1;
  return cell.state === filter;
}

/** The facts the filters let through, in the chosen order. */
export function selectFacts(coverage: ReportCoverage, f: CoverageFilters): CoverageFact[] {
  const query = f.query.trim().toLowerCase();
  const column = f.outlet ? coverage.outlets.findIndex((o) => o.name === f.outlet) : -1;
  const cellsOf = (fact: CoverageFact) => (column >= 0 ? fact.cells.slice(column, column + 1) : fact.cells);
  const kept = coverage.facts.filter((fact) => {
    if (query && !fact.label.toLowerCase().includes(query) && !fact.cells.some((c) => c.claim?.text.toLowerCase().includes(query)))
      return false;
    const cells = cellsOf(fact);
    if (f.cell && !cells.some((c) => cellMatches(c, fact, f.cell as CellFilter, coverage.outlets.length))) return false;
    if (f.kind && !fact.kinds.includes(f.kind)) return false;
    if (f.severity && fact.severity !== f.severity && !fact.cells.some((c) => c.severity === f.severity)) return false;
    return true;
  });
  const byLabel = (a: CoverageFact, b: CoverageFact) => a.label.localeCompare(b.label);
  const compare: Record<FactSort, (a: CoverageFact, b: CoverageFact) => number> = {
    severity: (a, b) => rank(a.severity) - rank(b.severity) || b.statedBy - a.statedBy || byLabel(a, b),
    "most-outlets": (a, b) => b.statedBy - a.statedBy || rank(a.severity) - rank(b.severity) || byLabel(a, b),
    "fewest-outlets": (a, b) => a.statedBy - b.statedBy || rank(a.severity) - rank(b.severity) || byLabel(a, b),
    "first-reported": (a, b) =>
      (a.firstReport?.publishedAt ?? "\uffff").localeCompare(b.firstReport?.publishedAt ?? "\uffff") || byLabel(a, b),
    label: byLabel,
    outlet: (a, b) => {
      const [x, y] = [a.cells[column], b.cells[column]];
      if (!x || !y) return rank(a.severity) - rank(b.severity) || byLabel(a, b);
      return OUTLET_RANK[x.state] - OUTLET_RANK[y.state] || rank(x.severity) - rank(y.severity) || b.statedBy - a.statedBy || byLabel(a, b);
    },
  };
  return kept.sort(compare[f.sort]);
}

/** Omissions and unique claims follow the outlet and the search box too. */
export function matchesOutletAndQuery(item: { outlet: string; text: string }, f: Pick<CoverageFilters, "outlet" | "query">): boolean {
  const query = f.query.trim().toLowerCase();
  return (!f.outlet || item.outlet === f.outlet) && (!query || item.text.toLowerCase().includes(query));
}
