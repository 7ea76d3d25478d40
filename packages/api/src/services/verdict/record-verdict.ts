import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { lockGroupForChange } from "../concurrency/lock-group.ts";
import { loadGroupBasis } from "./group-basis.ts";

export const VERDICT_LABELS = ["consistent", "variant", "discrepancy", "contradiction", "unverifiable"] as const;
export type VerdictLabel = (typeof VERDICT_LABELS)[number];

export interface VerdictInput {
  groupId: string;
  label: VerdictLabel;
  note: string;
  /** a verdict on one of the group's discrepancies (its key) instead of on the whole group */
  discrepancyKey?: string | null;
  /** the verdict of one's own this one confirms after its group changed */
  confirmsId?: string;
  /** the group version the reviewer saw; a newer one means its claims or discrepancies changed meanwhile */
  expectedVersion?: number;
  /** the caller's own verdict in force when they opened the group (null: none); another tab may have changed it */
  expectedVerdictId?: string | null;
}

const latestOwnVerdict = (
  tx: DbTx,
  { groupId, reviewerId, discrepancyKey }: { groupId: string; reviewerId: string; discrepancyKey: string | null },
) =>
  tx.verdict.findFirst({
    where: { groupId, reviewerId, discrepancyKey, retractedAt: null, settles: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, label: true },
  });

/** The same reviewer in two tabs: the later writer must see what the earlier one did first. */
async function checkOwnVerdict(
  tx: DbTx,
  {
    groupId,
    reviewerId,
    discrepancyKey,
    expected,
  }: { groupId: string; reviewerId: string; discrepancyKey: string | null; expected: string | null | undefined },
) {
  if (expected === undefined) return;
  const mine = await latestOwnVerdict(tx, { groupId, reviewerId, discrepancyKey });
  if ((mine?.id ?? null) === expected) return;
  const now = mine ? `it is now "${mine.label}"` : "you have no verdict on it now";
  throw new DomainError(
    "CONFLICT",
    `This group changed since you opened it: you changed your own verdict in another tab or window (${now}). Reload to see the change.`,
  );
}

async function checkConfirmed(
  tx: DbTx,
  { groupId, reviewerId, confirmsId }: { groupId: string; reviewerId: string; confirmsId: string | undefined },
) {
  if (!confirmsId) return;
  const confirmed = await tx.verdict.findFirst({ where: { id: confirmsId, groupId, reviewerId, retractedAt: null }, select: { id: true } });
  if (!confirmed)
    throw new DomainError("NOT_FOUND", "The verdict to confirm is not one of yours on this group (any more). Reload to see the change.");
}

/**
 * Verdicts are appended, never overwritten. Each reviewer's latest is their standing verdict;
 * verdicts of different reviewers are independent, so one reviewer's verdict never makes
 * another's stale (it does not bump the group version, which tracks what is being judged).
 * Each verdict keeps the claims and discrepancies it was given on, so a later change to the
 * group shows it as changed instead of silently covering what the reviewer never saw.
 */
export async function recordVerdict(
  db: Db,
  { workspaceId, reviewerId, settles = false, ...input }: VerdictInput & { workspaceId: string; reviewerId: string; settles?: boolean },
) {
  const discrepancyKey = input.discrepancyKey ?? null;
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, { workspaceId, groupId: input.groupId, expectedVersion: input.expectedVersion });
    await checkOwnVerdict(tx, { groupId: input.groupId, reviewerId, discrepancyKey, expected: input.expectedVerdictId });
    await checkConfirmed(tx, { groupId: input.groupId, reviewerId, confirmsId: input.confirmsId });
    const basis = await loadGroupBasis(tx, input.groupId);
    if (discrepancyKey && !basis?.discrepancies.some((d) => d.key === discrepancyKey)) {
      throw new DomainError(
        "CONFLICT",
        "This group changed since you opened it: that discrepancy is no longer in it. Reload to see the change.",
      );
    }
    const verdict = await tx.verdict.create({
      data: {
        workspaceId,
        groupId: input.groupId,
        reviewerId,
        label: input.label,
        note: input.note,
        settles,
        discrepancyKey,
        basis: JSON.stringify(basis),
        confirmsId: input.confirmsId ?? null,
      },
      select: { id: true, label: true, note: true, createdAt: true, group: { select: { version: true } } },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: settles ? "verdict.settle" : input.confirmsId ? "verdict.confirm" : "verdict.record",
      targetType: "group",
      targetId: input.groupId,
      details: {
        label: input.label,
        note: input.note,
        verdictId: verdict.id,
        ...(discrepancyKey ? { discrepancyKey } : {}),
        ...(input.confirmsId ? { confirms: input.confirmsId } : {}),
      },
    });
    return { id: verdict.id, label: verdict.label, note: verdict.note, createdAt: verdict.createdAt, version: verdict.group?.version ?? 0 };
  });
}

/** Undo: the reviewer's latest verdict in force on the group (or on one discrepancy) is marked retracted, never deleted. */
export async function undoLastVerdict(
  db: Db,
  {
    workspaceId,
    reviewerId,
    ...target
  }: { workspaceId: string; reviewerId: string; groupId: string; discrepancyKey?: string | null; expectedVerdictId?: string },
) {
  const discrepancyKey = target.discrepancyKey ?? null;
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, { workspaceId, groupId: target.groupId });
    const last = await latestOwnVerdict(tx, { groupId: target.groupId, reviewerId, discrepancyKey });
    if (!last) throw new DomainError("NOT_FOUND", "There is no verdict of yours on this to undo.");
    await checkOwnVerdict(tx, { groupId: target.groupId, reviewerId, discrepancyKey, expected: target.expectedVerdictId });
    await tx.verdict.update({ where: { id: last.id }, data: { retractedAt: new Date() }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId,
      action: "verdict.undo",
      targetType: "group",
      targetId: target.groupId,
      details: { label: last.label, verdictId: last.id, ...(discrepancyKey ? { discrepancyKey } : {}) },
    });
    return { undone: last.label };
  });
}
