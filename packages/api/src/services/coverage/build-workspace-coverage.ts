import type { Db } from "@crosscheck/db";
import { buildCoverage, type CoverageGroupInput, type ReportCoverage } from "@crosscheck/report";
import { z } from "zod";
import { firstClaim } from "../group/first-claim.ts";
import { headingOf } from "../group/group-heading.ts";
import { severityRank } from "../group/severity-rank.ts";
import { loadCoverageClaims } from "./load-coverage-claims.ts";
import { headedClaimSelect } from "../group/group-select.ts";

const discrepancyValues = z.array(z.object({ claimId: z.string(), text: z.string(), normalized: z.unknown().optional() }));

export interface WorkspaceCoverage {
  generatedAt: string;
  workspace: { id: string; name: string };
  articles: { id: string; title: string; outlet: string | null; sourceName: string; publishedAt: string | null }[];
  coverage: ReportCoverage;
}

/**
 * The coverage of a workspace's current articles, loading only what it needs (no entities,
 * mentions or verdicts): the same computation the report's `coverage` comes from.
 */
export async function buildWorkspaceCoverage(
  db: Db,
  workspace: { id: string; name: string },
  now = new Date(),
): Promise<WorkspaceCoverage> {
  const [articles, groups, claims] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: workspace.id, laterVersions: { none: {} } },
      orderBy: { sourceName: "asc" },
      select: { id: true, title: true, outlet: true, sourceName: true, publishedAt: true },
    }),
    db.claimGroup.findMany({
      where: { workspaceId: workspace.id },
      select: {
        id: true,
        label: true,
        severity: true,
        members: {
          select: {
            claim: { select: headedClaimSelect },
          },
        },
        discrepancies: { select: { kind: true, severity: true, values: true, dismissed: true } },
      },
    }),
    loadCoverageClaims(db, workspace.id),
  ]);
  // the report's order and headings, so the two list facts alike
  const facts: CoverageGroupInput[] = groups
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label))
    .map((g) => ({
      id: g.id,
      label: headingOf(firstClaim(g.members), g.label),
      claims: g.members.map(({ claim: c }) => ({ id: c.id, articleId: c.articleId, text: c.text, start: c.start, end: c.end })),
      discrepancies: g.discrepancies.map((d) => ({
        kind: d.kind as CoverageGroupInput["discrepancies"][number]["kind"],
        severity: d.severity as CoverageGroupInput["discrepancies"][number]["severity"],
        values: discrepancyValues.parse(JSON.parse(d.values)),
        dismissed: d.dismissed,
      })),
    }));
  return {
    generatedAt: now.toISOString(),
    workspace: { id: workspace.id, name: workspace.name },
    articles,
    coverage: buildCoverage({ articles, groups: facts, claims }),
  };
}
