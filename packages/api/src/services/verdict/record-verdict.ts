import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { lockGroupForChange } from "../group/lock-group.ts";

export const VERDICT_LABELS = ["consistent", "variant", "discrepancy", "contradiction", "unverifiable"] as const;
export type VerdictLabel = (typeof VERDICT_LABELS)[number];

export interface VerdictInput {
  groupId: string;
  label: VerdictLabel;
  note: string;
  /** the group version the reviewer saw; a newer one means its claims or discrepancies changed meanwhile */
  expectedVersion?: number;
  /** the caller's own verdict in force when they opened the group (null: none); another tab may have changed it */
  expectedVerdictId?: string | null;
}

const latestOwnVerdict = (tx: DbTx, groupId: string, reviewerId: string) =>
  tx.verdict.findFirst({ where: { groupId, reviewerId, retractedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, label: true } });

/** The same reviewer in two tabs: the later writer must see what the earlier one did first. */
async function checkOwnVerdict(tx: DbTx, groupId: string, reviewerId: string, expected: string | null | undefined) {
  if (expected === undefined) return;
  const mine = await latestOwnVerdict(tx, groupId, reviewerId);
  if ((mine?.id ?? null) === expected) return;
  const now = mine ? `it is now "${mine.label}"` : "you have no verdict on it now";
  throw new DomainError("CONFLICT", `This group changed since you opened it: you changed your own verdict in another tab or window (${now}). Reload to see the change.`);
}

/**
 * Verdicts are appended, never overwritten. Each reviewer's latest is their standing verdict;
 * verdicts of different reviewers are independent, so one reviewer's verdict never makes
 * another's stale (it does not bump the group version, which tracks what is being judged).
 */
export async function recordVerdict(db: Db, workspaceId: string, reviewerId: string, input: VerdictInput, settles = false) {
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, workspaceId, input.groupId, input.expectedVersion);
    await checkOwnVerdict(tx, input.groupId, reviewerId, input.expectedVerdictId);
    const verdict = await tx.verdict.create({
      data: { groupId: input.groupId, reviewerId, label: input.label, note: input.note, settles },
      select: { id: true, label: true, note: true, createdAt: true, group: { select: { version: true } } },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: settles ? "verdict.settle" : "verdict.record",
      targetType: "group",
      targetId: input.groupId,
      details: { label: input.label, note: input.note, verdictId: verdict.id },
    });
    return { id: verdict.id, label: verdict.label, note: verdict.note, createdAt: verdict.createdAt, version: verdict.group.version };
  });
}

/** Undo: the reviewer's latest verdict in force on the group is marked retracted, never deleted. */
export async function undoLastVerdict(db: Db, workspaceId: string, reviewerId: string, groupId: string, expectedVerdictId?: string) {
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, workspaceId, groupId);
    const last = await latestOwnVerdict(tx, groupId, reviewerId);
    if (!last) throw new DomainError("NOT_FOUND", "There is no verdict of yours on this group to undo.");
    await checkOwnVerdict(tx, groupId, reviewerId, expectedVerdictId);
    await tx.verdict.update({ where: { id: last.id }, data: { retractedAt: new Date() }, select: { id: true } });
    await recordAuditEvent(tx, { workspaceId, reviewerId, action: "verdict.undo", targetType: "group", targetId: groupId, details: { label: last.label, verdictId: last.id } });
    return { undone: last.label };
  });
}
