import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

export const MAX_REQUIRED_AGREEMENT = 5;

export async function getRequiredAgreement(db: Db, workspaceId: string): Promise<number> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { requiredAgreement: true } });
  if (!workspace) throw new DomainError("NOT_FOUND", "No such workspace.");
  return workspace.requiredAgreement;
}

/** How many agreeing reviewers decide a group; groups already settled by an admin stay decided. */
export async function setRequiredAgreement(
  db: Db,
  { workspaceId, reviewerId, requiredAgreement }: { workspaceId: string; reviewerId: string; requiredAgreement: number },
) {
  if (!Number.isInteger(requiredAgreement) || requiredAgreement < 1 || requiredAgreement > MAX_REQUIRED_AGREEMENT) {
    throw new DomainError("INVALID_INPUT", `Required agreement must be a whole number from 1 to ${MAX_REQUIRED_AGREEMENT}.`);
  }
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { requiredAgreement: true } });
    await tx.workspace.update({ where: { id: workspaceId }, data: { requiredAgreement }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: "workspace.required-agreement",
      targetType: "workspace",
      targetId: workspaceId,
      details: { from: before.requiredAgreement, to: requiredAgreement },
    });
    return { requiredAgreement };
  });
}
