import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { PENDING } from "./pending-invitation.ts";

/** An admin withdraws a pending invitation; one already answered cannot be withdrawn. */
export async function revokeInvitation(
  db: Db,
  { workspaceId, actorId, invitationId }: { workspaceId: string; actorId: string; invitationId: string },
) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, workspaceId, ...PENDING },
      select: { id: true, email: true, role: true },
    });
    const { count } = invitation
      ? await tx.invitation.updateMany({ where: { id: invitation.id, ...PENDING }, data: { revokedAt: new Date() } })
      : { count: 0 };
    if (!invitation || count !== 1)
      throw new DomainError("NOT_FOUND", "No such pending invitation in this workspace (it may have been answered meanwhile).");
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return { revoked: invitation.id };
  });
}
