import type { Db } from "@crosscheck/db";
import { PENDING } from "./pending-invitation.ts";

/**
 * The workspace's pending invitations, newest first: the address and role only. Whether an
 * address has an account, and its name, shows once the person has accepted and is a member.
 */
export async function listPendingInvitations(db: Db, workspaceId: string) {
  return db.invitation.findMany({
    where: { workspaceId, ...PENDING },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, email: true, role: true, createdAt: true },
  });
}

/** The invitations waiting for a signed-in person: those sent to their account's address. */
export async function listMyInvitations(db: Db, reviewer: { email?: string | null; isLocal: boolean }) {
  // the local reviewer of single-user mode is admin of every workspace already
  if (reviewer.isLocal || !reviewer.email) return [];
  const rows = await db.invitation.findMany({
    where: { email: reviewer.email.toLowerCase(), ...PENDING },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      role: true,
      createdAt: true,
      workspace: { select: { slug: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    createdAt: r.createdAt,
    workspace: r.workspace,
    invitedBy: r.invitedBy?.name ?? null,
  }));
}
