import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { PENDING } from "./pending-invitation.ts";

export interface Invitee {
  id: string;
  email?: string | null;
  isLocal: boolean;
}

/**
 * Marks an invitation sent to the invitee's address answered, if it still is pending. One
 * conditional update: of two answers racing (or an answer racing a revocation) exactly one counts.
 * Someone else's invitation looks like one that does not exist.
 */
async function answerPending(
  tx: DbTx,
  { invitee, invitationId, answer }: { invitee: Invitee; invitationId: string; answer: "acceptedAt" | "declinedAt" },
) {
  const email = invitee.isLocal ? null : invitee.email?.toLowerCase();
  const invitation = email
    ? await tx.invitation.findFirst({
        where: { id: invitationId, email, ...PENDING },
        select: { id: true, workspaceId: true, email: true, role: true },
      })
    : null;
  const { count } = invitation
    ? await tx.invitation.updateMany({
        where: { id: invitation.id, ...PENDING },
        data: answer === "acceptedAt" ? { acceptedAt: new Date() } : { declinedAt: new Date() },
      })
    : { count: 0 };
  if (!invitation || count !== 1) throw new DomainError("NOT_FOUND", "This invitation is no longer open: it was answered or withdrawn.");
  return invitation;
}

/** Accepting makes the invitee a member with the invited role; a member already keeps the role they have. */
export async function acceptInvitation(db: Db, invitee: Invitee, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await answerPending(tx, { invitee, invitationId, answer: "acceptedAt" });
    const { workspaceId, email, role } = invitation;
    const member = await tx.membership.findUnique({
      where: { workspaceId_reviewerId: { workspaceId, reviewerId: invitee.id } },
      select: { role: true },
    });
    if (!member) await tx.membership.create({ data: { workspaceId, reviewerId: invitee.id, role }, select: { role: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: invitee.id,
      action: "invitation.accept",
      targetType: "invitation",
      targetId: invitation.id,
      details: { email, role: member?.role ?? role },
    });
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true } });
    return { workspace: workspace.slug, role: member?.role ?? role };
  });
}

/**
 * Declining closes the invitation. The trail records it without naming who declined: someone who
 * never joined the workspace keeps their name (and whether they have an account) from its members.
 */
export async function declineInvitation(db: Db, invitee: Invitee, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await answerPending(tx, { invitee, invitationId, answer: "declinedAt" });
    await recordAuditEvent(tx, {
      workspaceId: invitation.workspaceId,
      reviewerId: null,
      action: "invitation.decline",
      targetType: "invitation",
      targetId: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return { declined: invitation.id };
  });
}
