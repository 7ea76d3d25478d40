import type { Db } from "@crosscheck/db";
import { decideGroup, type DecisionStatus } from "../verdict/decide-group.ts";

/** How many of a workspace's groups are decided, undecided and in disagreement: the queue's progress. */
export async function countDecisions(db: Db, workspaceId: string, requiredAgreement: number): Promise<Record<DecisionStatus, number> & { total: number }> {
  const groups = await db.claimGroup.findMany({
    where: { workspaceId },
    select: { verdicts: { where: { retractedAt: null }, select: { id: true, reviewerId: true, label: true, note: true, createdAt: true, retractedAt: true, settles: true } } },
  });
  const counts = { total: groups.length, undecided: 0, decided: 0, disagreement: 0 };
  for (const g of groups) counts[decideGroup(g.verdicts, requiredAgreement).status]++;
  return counts;
}
