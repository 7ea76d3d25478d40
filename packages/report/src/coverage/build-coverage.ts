import type { CoverageInput } from "./coverage-input.ts";
import type { CoverageFact, CoverageOmission, CoverageOutlet, ReportCoverage } from "./coverage-types.ts";
import { findExpectedPlaces, orderNeighbours } from "./find-expected-place.ts";
import { findFirstReport } from "./find-first-report.ts";
import { findUniqueClaims } from "./find-unique-claims.ts";
import { indexCoverageInput } from "./index-coverage-input.ts";
import { judgeFact } from "./judge-fact.ts";

/** A fact "most outlets state": more than half of them, and two at least (one outlet alone is a unique claim). */
export function isMostOutlets(statedBy: number, outletCount: number): boolean {
  return statedBy >= 2 && statedBy * 2 > outletCount;
}

/**
 * Fact by fact (claim group by claim group, in the order given), what each outlet states, states
 * differently or leaves out; the omissions and unique claims that follow; and each outlet's
 * figures. Pure: the CLI's `analyze`, the workspace export and the workbench all call this.
 */
export function buildCoverage(input: CoverageInput): ReportCoverage {
  const index = indexCoverageInput(input);
  const outletNames = index.outlets.map((o) => o.name);
  const statedByOf = new Map(input.groups.map((g) => [g.id, [...new Set((index.membersOfGroup.get(g.id) ?? []).map((m) => m.outlet))]]));
  const firstArticles = new Map(index.outlets.map((o) => [o.name, o.articleIds[0]]));
  const firstArticleOf = (outlet: string) => firstArticles.get(outlet);

  // every fact is judged first: a missing fact's place is read off its neighbours' cells
  const judgedFacts = input.groups.map((group) => {
    const members = index.membersOfGroup.get(group.id) ?? [];
    return { group, members, judged: judgeFact(group, members, outletNames), statedBy: statedByOf.get(group.id)?.length ?? 0 };
  });
  const shownClaims = new Map(
    judgedFacts.map(({ group, judged }) => [
      group.id,
      new Map(judged.cells.flatMap((c) => (c.claim ? [[c.outlet, c.claim] as const] : []))),
    ]),
  );
  const claimsOfGroup = (groupId: string) => shownClaims.get(groupId);

  const omissions: CoverageOmission[] = [];
  const facts = judgedFacts.map(({ group, members, judged, statedBy }): CoverageFact => {
    const absent = statedBy > 0 ? judged.cells.flatMap((c) => (c.state === "absent" ? [c.outlet] : [])) : [];
    const places = absent.length
      ? findExpectedPlaces(orderNeighbours(index, group.id), absent, claimsOfGroup, firstArticleOf)
      : new Map<string, null>();
    const cells = judged.cells;
    // filled in place: a large workspace has hundreds of thousands of cells, and copies of them cost seconds
    for (const cell of cells) {
      cell.expectedAt = places.get(cell.outlet) ?? null;
      if (cell.state === "absent" && isMostOutlets(statedBy, outletNames.length)) {
        omissions.push({
          groupId: group.id,
          label: group.label,
          outlet: cell.outlet,
          statedBy,
          outletCount: outletNames.length,
          severity: judged.severity,
          expectedAt: cell.expectedAt,
        });
      }
    }
    return {
      groupId: group.id,
      label: group.label,
      statedBy,
      severity: judged.severity,
      kinds: judged.kinds,
      majorityValues: judged.discrepancies.map((d) => ({
        kind: d.kind,
        text: d.majority === null ? null : (d.textOfClass[d.majority] ?? null),
      })),
      cells,
      ...findFirstReport(members, judged.discrepancies),
    };
  });
  // the most widely stated omissions first: those are the surest to matter
  omissions.sort((a, b) => b.statedBy - a.statedBy || a.outlet.localeCompare(b.outlet) || a.label.localeCompare(b.label));
  const uniqueClaims = findUniqueClaims(index, statedByOf);

  const outlets = index.outlets.map((o, i): CoverageOutlet => {
    const cells = facts.map((f) => f.cells[i]);
    const count = (state: string) => cells.filter((c) => c?.state === state).length;
    return {
      name: o.name,
      articleIds: o.articleIds,
      stated: count("agrees") + count("differs"),
      agreeing: count("agrees"),
      differing: count("differs"),
      notStated: count("absent"),
      omitted: omissions.filter((m) => m.outlet === o.name).length,
      unique: uniqueClaims.filter((u) => u.outlet === o.name).length,
      firstReports: facts.filter((f) => f.firstReport?.outlet === o.name).length,
    };
  });
  return { outlets, facts, omissions, uniqueClaims };
}
