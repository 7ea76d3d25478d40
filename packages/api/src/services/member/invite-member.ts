import type { Db } from "@crosscheck/db";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { parseEmailAddress } from "../auth/parse-email-address.ts";
import type { WorkspaceRoleName } from "./find-workspace-role.ts";
import { invitationSavedMessage, PENDING } from "./pending-invitation.ts";

export interface NewInvitation {
  workspaceId: string;
  actorId: string;
  email: string;
  role: WorkspaceRoleName;
}

/**
 * Invites an email address to the workspace with a role; the person joins only by accepting it,
 * signed in with that address. No account or membership is looked up here, so the answer (and
 * its timing) is the same for every address. Inviting an address again while an invitation is
 * pending keeps that one, with the role asked for last.
 */
export async function inviteMember(db: Db, invitation: NewInvitation) {
  const { workspaceId, actorId, role } = invitation;
  const email = parseEmailAddress(invitation.email);
  const answer = { email, role, message: invitationSavedMessage(email) };
  return db.$transaction(async (tx) => {
    const pending = await tx.invitation.findFirst({
      where: { workspaceId, email, ...PENDING },
      orderBy: { createdAt: "desc" },
      select: { id: true, role: true },
    });
    if (pending?.role === role) return answer;
    const saved = pending
      ? await tx.invitation.update({ where: { id: pending.id }, data: { role, invitedById: actorId }, select: { id: true } })
      : await tx.invitation.create({ data: { workspaceId, email, role, invitedById: actorId }, select: { id: true } });
    const details = pending ? { email, role, previousRole: pending.role } : { email, role };
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "invitation.create",
      targetType: "invitation",
      targetId: saved.id,
      details,
    });
    return answer;
  });
}
