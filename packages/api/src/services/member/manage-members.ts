import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WorkspaceRoleName } from "./find-workspace-role.ts";

const memberSelect = { role: true, createdAt: true, reviewer: { select: { id: true, name: true, email: true } } } as const;

/** The workspace's members, admins first, with search by name or email. */
export async function listMembers(db: Db, workspaceId: string, filter: { query?: string; role?: WorkspaceRoleName } = {}) {
  const rows = await db.membership.findMany({
    where: {
      workspaceId,
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.query
        ? { reviewer: { OR: [{ name: { contains: filter.query } }, { email: { contains: filter.query.toLowerCase() } }] } }
        : {}),
    },
    select: memberSelect,
  });
  const order = { admin: 0, reviewer: 1, viewer: 2 } as Record<string, number>;
  return rows
    .map((m) => ({ reviewerId: m.reviewer.id, name: m.reviewer.name, email: m.reviewer.email, role: m.role, since: m.createdAt }))
    .sort((a, b) => (order[a.role] ?? 3) - (order[b.role] ?? 3) || a.name.localeCompare(b.name));
}

async function findMember(tx: DbTx, workspaceId: string, reviewerId: string) {
  const member = await tx.membership.findUnique({
    where: { workspaceId_reviewerId: { workspaceId, reviewerId } },
    select: { role: true, reviewer: { select: { email: true } } },
  });
  if (!member) throw new DomainError("NOT_FOUND", "No such member in this workspace.");
  return member;
}

async function keepAnAdmin(tx: DbTx, workspaceId: string, leaving: { role: string }): Promise<void> {
  if (leaving.role !== "admin") return;
  const admins = await tx.membership.count({ where: { workspaceId, role: "admin" } });
  if (admins <= 1) throw new DomainError("CONFLICT", "A workspace keeps at least one admin: make someone else admin first.");
}

/** Changes a member's role; the last admin cannot be demoted. */
export async function setMemberRole(
  db: Db,
  { workspaceId, actorId, reviewerId, role }: { workspaceId: string; actorId: string; reviewerId: string; role: WorkspaceRoleName },
) {
  return db.$transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, reviewerId);
    if (member.role === role) return { reviewerId, role };
    if (role !== "admin") await keepAnAdmin(tx, workspaceId, member);
    await tx.membership.update({ where: { workspaceId_reviewerId: { workspaceId, reviewerId } }, data: { role }, select: { role: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "membership.role",
      targetType: "reviewer",
      targetId: reviewerId,
      details: { email: member.reviewer.email, from: member.role, to: role },
    });
    return { reviewerId, role };
  });
}

/** Removes a member; the last admin cannot be removed. Their verdicts and history stay. */
export async function removeMember(
  db: Db,
  { workspaceId, actorId, reviewerId }: { workspaceId: string; actorId: string; reviewerId: string },
) {
  return db.$transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, reviewerId);
    await keepAnAdmin(tx, workspaceId, member);
    await tx.membership.delete({ where: { workspaceId_reviewerId: { workspaceId, reviewerId } }, select: { role: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "membership.remove",
      targetType: "reviewer",
      targetId: reviewerId,
      details: { email: member.reviewer.email, role: member.role },
    });
    return { removed: reviewerId };
  });
}
