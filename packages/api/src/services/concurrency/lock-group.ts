import type { DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";

/**
 * Optimistic concurrency for a change to one group. The conditional UPDATE both checks the version
 * the writer saw and takes the row lock (PostgreSQL; SQLite serialises transactions anyway), so of
 * several writers holding the same version exactly one gets through and the others are told.
 */
export async function lockGroupForChange(
  tx: DbTx,
  { workspaceId, groupId, expectedVersion }: { workspaceId: string; groupId: string; expectedVersion?: number | undefined },
): Promise<void> {
  const where = { id: groupId, workspaceId, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) };
  const { count } = await tx.claimGroup.updateMany({ where, data: { updatedAt: new Date() } });
  if (count === 1) return;
  const group = await tx.claimGroup.findFirst({ where: { id: groupId, workspaceId }, select: { id: true } });
  if (!group)
    throw new DomainError(
      "NOT_FOUND",
      "This claim group no longer exists in this workspace (it may have been split or merged). Reload the queue.",
    );
  throw new DomainError(
    "CONFLICT",
    `This group changed since you opened it: ${await describeLatestChange(tx, workspaceId, groupId)}. Reload to see the change.`,
  );
}

const ACTION_WORDS: Record<string, string> = {
  "verdict.record": "recorded a verdict",
  "verdict.undo": "undid a verdict",
  "verdict.settle": "settled the disagreement",
  "verdict.confirm": "confirmed a verdict after a change",
  "verdict.reattach": "re-attached a detached verdict",
  "decision.discrepancy-dismiss": "dismissed a discrepancy",
  "decision.discrepancy-restore": "restored a discrepancy",
  "decision.claim-link": "added a claim",
  "decision.claim-unlink": "moved a claim out",
};

/** Who last changed the group and how, from the audit trail, for the later writer's message. */
export async function describeLatestChange(tx: DbTx, workspaceId: string, groupId: string): Promise<string> {
  const event = await tx.auditEvent.findFirst({
    where: { workspaceId, targetType: "group", targetId: groupId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, createdAt: true, reviewer: { select: { name: true } } },
  });
  if (!event) return "its claims or discrepancies were changed";
  const who = event.reviewer?.name ?? "the analysis";
  return `${who} ${ACTION_WORDS[event.action] ?? event.action} at ${event.createdAt.toISOString().slice(11, 16)} UTC`;
}
