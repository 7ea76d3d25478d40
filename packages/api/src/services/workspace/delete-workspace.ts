import type { Db } from "@crosscheck/db";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

/**
 * Deletes a workspace and everything in it (the database cascades). Its own audit trail goes with
 * it, so the deletion itself is recorded outside any workspace.
 */
export async function deleteWorkspace(db: Db, workspace: { id: string; slug: string; name: string }, actorId: string) {
  return db.$transaction(async (tx) => {
    const articles = await tx.article.count({ where: { workspaceId: workspace.id } });
    await tx.workspace.delete({ where: { id: workspace.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId: null,
      reviewerId: actorId,
      action: "workspace.delete",
      targetType: "workspace",
      targetId: workspace.id,
      details: { slug: workspace.slug, name: workspace.name, articles },
    });
    return { deleted: workspace.slug };
  });
}
