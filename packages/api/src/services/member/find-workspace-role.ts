import type { Db } from "@crosscheck/db";

export const WORKSPACE_ROLES = ["viewer", "reviewer", "admin"] as const;
export type WorkspaceRoleName = (typeof WORKSPACE_ROLES)[number];

export function roleRank(role: string): number {
  return WORKSPACE_ROLES.indexOf(role as WorkspaceRoleName);
}

interface Caller {
  id: string;
  isLocal: boolean;
  isAdmin?: boolean;
}

/**
 * The caller's role in a workspace, or null when the workspace does not exist or the caller is
 * not a member (the two look alike, so guessing slugs reveals nothing). The local reviewer of the
 * single-user mode and server admins act as admin of every workspace.
 */
export async function findWorkspaceRole(db: Db, caller: Caller, slug: string): Promise<{ workspaceId: string; role: WorkspaceRoleName } | null> {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, memberships: { where: { reviewerId: caller.id }, select: { role: true } } },
  });
  if (!workspace) return null;
  if (caller.isLocal || caller.isAdmin) return { workspaceId: workspace.id, role: "admin" };
  const role = workspace.memberships[0]?.role;
  return role && roleRank(role) >= 0 ? { workspaceId: workspace.id, role: role as WorkspaceRoleName } : null;
}
