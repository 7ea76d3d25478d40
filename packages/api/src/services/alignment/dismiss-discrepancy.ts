import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordDecision } from "./record-decision.ts";
import { refreshGroup } from "./refresh-group.ts";

/** Marks a discrepancy the engine got wrong as dismissed (or restores it); re-runs keep the choice. */
export async function setDiscrepancyDismissed(db: Db, workspaceId: string, reviewerId: string, discrepancyId: string, dismissed: boolean) {
  return db.$transaction(async (tx) => {
    const discrepancy = await tx.discrepancy.findFirst({ where: { id: discrepancyId, group: { workspaceId } }, select: { id: true, key: true, groupId: true } });
    if (!discrepancy) throw new DomainError("NOT_FOUND", "No such discrepancy in this workspace.");
    await recordDecision(tx, workspaceId, reviewerId, dismissed ? "discrepancy-dismiss" : "discrepancy-restore", { key: discrepancy.key });
    await tx.discrepancy.updateMany({ where: { groupId: discrepancy.groupId, key: discrepancy.key }, data: { dismissed } });
    await refreshGroup(tx, workspaceId, discrepancy.groupId);
    return { dismissed };
  });
}
