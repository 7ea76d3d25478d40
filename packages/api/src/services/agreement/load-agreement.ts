import type { Db } from "@crosscheck/db";
import { getRequiredAgreement } from "../curation/required-agreement.ts";
import { standingVerdictsOf } from "../verdict/decide-group.ts";
import { basisOfGroupRow, groupBasisSelect, verdictStateSelect, withStates } from "../verdict/group-basis.ts";
import { summarizeAgreement, type RatedUnit } from "./summarize-agreement.ts";

export const DISCREPANCY_KINDS = ["date", "number", "name-spelling", "person", "place", "organization", "wording"] as const;

/**
 * Agreement between reviewers over a workspace's groups: each reviewer's standing verdict on the
 * whole group is their rating (settling verdicts are an admin's ruling, not a rating, so they are
 * left out), and only if it is current: a verdict given before the group changed rated other
 * content than its peers may have, so comparing the two would measure the change, not agreement.
 */
export async function loadAgreement(db: Db, workspaceId: string) {
  const groups = await db.claimGroup.findMany({
    where: { workspaceId },
    select: {
      ...groupBasisSelect,
      discrepancies: { select: { kind: true, key: true, values: true, dismissed: true } },
      verdicts: {
        where: { retractedAt: null, settles: false, discrepancyKey: null },
        select: {
          id: true,
          reviewerId: true,
          label: true,
          note: true,
          createdAt: true,
          retractedAt: true,
          settles: true,
          ...verdictStateSelect,
        },
      },
    },
  });
  let changedLeftOut = 0;
  const units: RatedUnit[] = groups.map((g) => {
    const standing = standingVerdictsOf(withStates(g.verdicts, basisOfGroupRow(g)));
    const current = standing.filter((v) => v.state === "current");
    changedLeftOut += standing.length - current.length;
    return {
      kinds: [...new Set(g.discrepancies.filter((d) => !d.dismissed).map((d) => d.kind))],
      ratings: new Map(current.map((v) => [v.reviewerId, v.label])),
    };
  });
  const { rows, pairs } = summarizeAgreement(units, DISCREPANCY_KINDS);
  const reviewerIds = [...new Set(units.flatMap((u) => [...u.ratings.keys()]))];
  const reviewers = await db.reviewer.findMany({
    where: { id: { in: reviewerIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const ratedBy = (id: string) => units.filter((u) => u.ratings.has(id)).length;
  return {
    requiredAgreement: await getRequiredAgreement(db, workspaceId),
    reviewers: reviewers.map((r) => ({ ...r, rated: ratedBy(r.id) })),
    rows,
    pairs,
    /** standing verdicts left out because their group changed since they were given */
    changedLeftOut,
  };
}
