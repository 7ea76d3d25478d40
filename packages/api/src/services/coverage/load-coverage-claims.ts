import type { Db } from "@crosscheck/db";
import type { CoverageClaimInput } from "@crosscheck/report";

/**
 * Every claim of the workspace's current articles, grouped or not: coverage reads an outlet's
 * ungrouped claims as what it says alone, and a claim's neighbours as where a missing fact belongs.
 */
export async function loadCoverageClaims(db: Db, workspaceId: string): Promise<CoverageClaimInput[]> {
  return db.claim.findMany({
    where: { workspaceId, article: { laterVersions: { none: {} } } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    select: { id: true, articleId: true, start: true, end: true, text: true },
  });
}
