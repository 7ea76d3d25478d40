import type { DbTx } from "@crosscheck/db";

export interface AuditInput {
  workspaceId: string | null;
  reviewerId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Append-only: audit events are written inside the transaction of the change they describe. */
export async function recordAuditEvent(tx: DbTx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      reviewerId: event.reviewerId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: JSON.stringify(event.details ?? {}),
    },
    select: { id: true },
  });
}
