import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

export const VERDICT_LABELS = ["consistent", "variant", "discrepancy", "contradiction", "unverifiable"] as const;
export type VerdictLabel = (typeof VERDICT_LABELS)[number];

export interface VerdictInput {
  groupId: string;
  label: VerdictLabel;
  note: string;
  /** the group version the reviewer saw; a newer one means someone else changed it meanwhile */
  expectedVersion?: number;
}

/** Verdicts are appended, never overwritten: the latest is the group's verdict, the rest its history. */
export async function recordVerdict(db: Db, workspaceId: string, reviewerId: string, input: VerdictInput) {
  return db.$transaction(async (tx) => {
    const group = await tx.claimGroup.findFirst({ where: { id: input.groupId, workspaceId }, select: { id: true, version: true } });
    if (!group) throw new DomainError("NOT_FOUND", "No such claim group in this workspace.");
    if (input.expectedVersion !== undefined) {
      const bumped = await tx.claimGroup.updateMany({ where: { id: group.id, version: input.expectedVersion }, data: { version: { increment: 1 } } });
      if (bumped.count === 0) throw new DomainError("CONFLICT", "Someone else changed this group while you were looking at it. Reload to see their change, then record your verdict again.");
    } else {
      await tx.claimGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } }, select: { id: true } });
    }
    const verdict = await tx.verdict.create({
      data: { groupId: group.id, reviewerId, label: input.label, note: input.note },
      select: { id: true, label: true, note: true, createdAt: true, group: { select: { version: true } } },
    });
    await recordAuditEvent(tx, { workspaceId, reviewerId, action: "verdict.record", targetType: "group", targetId: group.id, details: { label: input.label, note: input.note } });
    return { id: verdict.id, label: verdict.label, note: verdict.note, createdAt: verdict.createdAt, version: verdict.group.version };
  });
}

/** Undo: the reviewer's latest standing verdict on the group is marked retracted, never deleted. */
export async function undoLastVerdict(db: Db, workspaceId: string, reviewerId: string, groupId: string) {
  return db.$transaction(async (tx) => {
    const last = await tx.verdict.findFirst({
      where: { groupId, reviewerId, retractedAt: null, group: { workspaceId } },
      orderBy: { createdAt: "desc" },
      select: { id: true, label: true },
    });
    if (!last) throw new DomainError("NOT_FOUND", "There is no verdict of yours on this group to undo.");
    await tx.verdict.update({ where: { id: last.id }, data: { retractedAt: new Date() }, select: { id: true } });
    await tx.claimGroup.update({ where: { id: groupId }, data: { version: { increment: 1 } }, select: { id: true } });
    await recordAuditEvent(tx, { workspaceId, reviewerId, action: "verdict.undo", targetType: "group", targetId: groupId, details: { label: last.label } });
    return { undone: last.label };
  });
}
