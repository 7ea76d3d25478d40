import type { Db } from "@crosscheck/db";
import type { DecisionStatus } from "../verdict/decide-group.ts";
import { groupBasisSelect } from "../verdict/group-basis.ts";
import { judgeGroup, verdictSelect } from "../verdict/judge-group.ts";
import { needsRecheck } from "./list-groups.ts";

/** How many of a workspace's groups are decided, undecided, in disagreement and waiting for a re-check: the queue's progress. */
export async function countDecisions(
  db: Db,
  workspaceId: string,
  requiredAgreement: number,
): Promise<Record<DecisionStatus, number> & { total: number; recheck: number }> {
  const groups = await db.claimGroup.findMany({
    where: { workspaceId },
    select: { ...groupBasisSelect, verdicts: { where: { retractedAt: null }, select: verdictSelect } },
  });
  const counts = { total: groups.length, undecided: 0, decided: 0, disagreement: 0, recheck: 0 };
  for (const g of groups) {
    const judgement = judgeGroup(g, requiredAgreement);
    counts[judgement.group.status]++;
    if (needsRecheck(judgement)) counts.recheck++;
  }
  return counts;
}
