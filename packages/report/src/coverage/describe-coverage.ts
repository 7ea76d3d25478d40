import { formatDate } from "../report-lookups.ts";
import type { CoverageCell, CoverageFact, ReportCoverage } from "./coverage-types.ts";

// Plain-text wording shared by the Markdown, HTML and CSV renderings, so they read alike.

export const COVERAGE_STATE_TEXT = { agrees: "stated", differs: "stated differently", absent: "not stated" } as const;

/** "stated differently (conflict: person; “Ebrahim Raisi”)" */
export function describeCell(cell: CoverageCell): string {
  if (cell.state !== "differs") return COVERAGE_STATE_TEXT[cell.state];
  const values = cell.values.length ? `; ${cell.values.map((v) => `“${v}”`).join(", ")}` : "";
  return `${COVERAGE_STATE_TEXT.differs} (${cell.severity ?? "?"}: ${cell.kinds.join(", ")}${values})`;
}

export function describeFirstReport(fact: CoverageFact): string {
  const first = fact.firstReport;
  if (!first) return "unknown (no dated article)";
  const tie = first.tiedWith.length ? ` (same time: ${first.tiedWith.join(", ")})` : "";
  return `${first.outlet}, ${formatDate(first.publishedAt)}${tie}`;
}

export function describeChanges(fact: CoverageFact): string {
  if (!fact.firstReport) return "—";
  if (fact.laterChanges.length === 0) return "no";
  return fact.laterChanges.map((c) => `${c.kind}: “${c.from}” → “${c.to}” (${c.outlet}, ${formatDate(c.publishedAt)})`).join("; ");
}

/** The outlets a fact's cells put in one state, with the detail of how each differs. */
export function outletsIn(fact: CoverageFact, state: CoverageCell["state"]): string {
  const cells = fact.cells.filter((c) => c.state === state);
  if (cells.length === 0) return "—";
  return cells.map((c) => (state === "differs" ? `${c.outlet} (${c.severity ?? "?"}: ${c.kinds.join(", ")})` : c.outlet)).join(", ");
}

export function countFacts(coverage: ReportCoverage): string {
  const n = coverage.facts.length;
  return `${coverage.outlets.length} outlet${coverage.outlets.length === 1 ? "" : "s"}, ${n} fact${n === 1 ? "" : "s"} (claim groups), ${coverage.omissions.length} omission${coverage.omissions.length === 1 ? "" : "s"}, ${coverage.uniqueClaims.length} unique claim${coverage.uniqueClaims.length === 1 ? "" : "s"}`;
}

export const COVERAGE_EXPLANATION =
  "A fact is stated when the outlet gives the majority's values, stated differently when it gives another (or the outlets are split), " +
  "omitted when more than half of the outlets (two at least) state it and this one does not; a unique claim is one no other outlet states.";
