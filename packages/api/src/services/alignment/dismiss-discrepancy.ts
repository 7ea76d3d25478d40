import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { lockGroupForChange } from "../concurrency/lock-group.ts";
import { recordDecision } from "./record-decision.ts";
import { refreshGroup } from "./refresh-group.ts";

/** Marks a discrepancy the engine got wrong as dismissed (or restores it); re-runs keep the choice. */
export async function setDiscrepancyDismissed(
  db: Db,
  {
    workspaceId,
    reviewerId,
    discrepancyId,
    dismissed,
    expected,
  }: {
    workspaceId: string;
    reviewerId: string;
    discrepancyId: string;
    dismissed: boolean;
    expected?: { groupId: string; version: number };
  },
) {
  return db.$transaction(async (tx) => {
    // the version first: a change to the group recomputes its discrepancies (new ids), and the
    // later writer must hear that the group changed, not that the discrepancy vanished
    if (expected) await lockGroupForChange(tx, { workspaceId, groupId: expected.groupId, expectedVersion: expected.version });
    const discrepancy = await tx.discrepancy.findFirst({
      where: { id: discrepancyId, group: { workspaceId } },
      select: { id: true, key: true, groupId: true },
    });
    if (!discrepancy) throw new DomainError("NOT_FOUND", "No such discrepancy in this workspace.");
    if (!expected) await lockGroupForChange(tx, { workspaceId, groupId: discrepancy.groupId });
    else if (expected.groupId !== discrepancy.groupId) throw new DomainError("NOT_FOUND", "No such discrepancy in this group.");
    await recordDecision(tx, {
      workspaceId,
      reviewerId,
      kind: dismissed ? "discrepancy-dismiss" : "discrepancy-restore",
      payload: { key: discrepancy.key },
      groupId: discrepancy.groupId,
    });
    await tx.discrepancy.updateMany({ where: { groupId: discrepancy.groupId, key: discrepancy.key }, data: { dismissed } });
    await refreshGroup(tx, workspaceId, discrepancy.groupId);
    return { dismissed };
  });
}
