import type { Db } from "@crosscheck/db";
import { getRequiredAgreement } from "../curation/required-agreement.ts";
import { standingVerdictsOf } from "../verdict/decide-group.ts";
import { summarizeAgreement, type RatedUnit } from "./summarize-agreement.ts";

export const DISCREPANCY_KINDS = ["date", "number", "name-spelling", "person", "place", "organization", "wording"] as const;

/**
 * Agreement between reviewers over a workspace's groups: each reviewer's standing verdict is their
 * rating (settling verdicts are an admin's ruling, not a rating, so they are left out).
 */
export async function loadAgreement(db: Db, workspaceId: string) {
  const groups = await db.claimGroup.findMany({
    where: { workspaceId },
    select: {
      discrepancies: { where: { dismissed: false }, select: { kind: true } },
      verdicts: { where: { retractedAt: null, settles: false }, select: { id: true, reviewerId: true, label: true, note: true, createdAt: true, retractedAt: true, settles: true } },
    },
  });
  const units: RatedUnit[] = groups.map((g) => ({
    kinds: [...new Set(g.discrepancies.map((d) => d.kind))],
    ratings: new Map(standingVerdictsOf(g.verdicts).map((v) => [v.reviewerId, v.label])),
  }));
  const { rows, pairs } = summarizeAgreement(units, DISCREPANCY_KINDS);
  const reviewerIds = [...new Set(units.flatMap((u) => [...u.ratings.keys()]))];
  const reviewers = await db.reviewer.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const ratedBy = (id: string) => units.filter((u) => u.ratings.has(id)).length;
  return {
    requiredAgreement: await getRequiredAgreement(db, workspaceId),
    reviewers: reviewers.map((r) => ({ ...r, rated: ratedBy(r.id) })),
    rows,
    pairs,
  };
}
