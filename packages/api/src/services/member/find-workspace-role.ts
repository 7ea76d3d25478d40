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
export interface WorkspaceAccess {
  workspaceId: string;
  slug: string;
  name: string;
  role: WorkspaceRoleName;
}

export async function findWorkspaceRole(db: Db, caller: Caller, slug: string): Promise<WorkspaceAccess | null> {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, memberships: { where: { reviewerId: caller.id }, select: { role: true } } },
  });
  if (!workspace) return null;
  const found = { workspaceId: workspace.id, slug: workspace.slug, name: workspace.name };
  if (caller.isLocal || caller.isAdmin) return { ...found, role: "admin" };
  const role = workspace.memberships[0]?.role;
  return role && roleRank(role) >= 0 ? { ...found, role: role as WorkspaceRoleName } : null;
}
