import type { DbTx } from "@crosscheck/db";
import type { z } from "zod";
import { decisionPayloads, type DecisionKind } from "../analysis/load-decisions.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

/** Stores a hand-made decision (replayed by every re-analysis) and its audit event. */
export async function recordDecision<K extends DecisionKind>(
  tx: DbTx,
  decision: {
    workspaceId: string;
    reviewerId: string;
    kind: K;
    payload: z.infer<(typeof decisionPayloads)[K]>;
    /** the group the decision changes, so its audit trail (and conflict messages) can name it */
    groupId?: string;
  },
): Promise<void> {
  const { workspaceId, reviewerId, kind, payload, groupId } = decision;
  const valid = decisionPayloads[kind].parse(payload);
  await tx.manualDecision.create({ data: { workspaceId, reviewerId, kind, payload: JSON.stringify(valid) }, select: { id: true } });
  await recordAuditEvent(tx, {
    workspaceId,
    reviewerId,
    action: `decision.${kind}`,
    ...(groupId ? { targetType: "group", targetId: groupId } : {}),
    details: valid as Record<string, unknown>,
  });
}
