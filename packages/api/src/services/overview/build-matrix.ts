import type { Db } from "@crosscheck/db";
import { z } from "zod";
import { firstClaim } from "../group/first-claim.ts";
import { headingOf } from "../group/group-heading.ts";
import { severityRank } from "../group/severity-rank.ts";
import { headedClaimSelect } from "../group/group-select.ts";

const valueClaims = z.array(z.object({ claimId: z.string() }));

export type CellState = "absent" | "agrees" | "differs";

/**
 * Claim groups by articles: whether each article reports the group's fact, and whether its
 * claim takes part in a (not dismissed) discrepancy, with the highest severity it is part of.
 */
export async function buildMatrix(db: Db, workspaceId: string) {
  const [articles, groups] = await Promise.all([
    db.article.findMany({
      where: { workspaceId, laterVersions: { none: {} } },
      orderBy: [{ sourceName: "asc" }],
      select: { id: true, title: true, outlet: true, sourceName: true },
    }),
    db.claimGroup.findMany({
      where: { workspaceId },
      select: {
        id: true,
        label: true,
        severity: true,
        members: {
          select: {
            claim: { select: headedClaimSelect },
          },
        },
        discrepancies: { where: { dismissed: false }, select: { severity: true, values: true } },
      },
    }),
  ]);
  const rows = groups
    .map((g) => {
      const articleOfClaim = new Map(g.members.map((m) => [m.claim.id, m.claim.articleId]));
      const severityOfArticle = new Map<string, string>();
      for (const d of g.discrepancies) {
        for (const v of valueClaims.parse(JSON.parse(d.values))) {
          const articleId = articleOfClaim.get(v.claimId);
          if (!articleId) continue;
          const prior = severityOfArticle.get(articleId);
          if (!prior || severityRank(d.severity) < severityRank(prior)) severityOfArticle.set(articleId, d.severity);
        }
      }
      const present = new Set(articleOfClaim.values());
      return {
        groupId: g.id,
        label: headingOf(firstClaim(g.members), g.label),
        severity: g.severity,
        cells: articles.map((a) => ({
          articleId: a.id,
          state: (present.has(a.id) ? (severityOfArticle.has(a.id) ? "differs" : "agrees") : "absent") as CellState,
          severity: severityOfArticle.get(a.id) ?? null,
        })),
      };
    })
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label));
  return { articles, rows };
}
