import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { lockGroupForChange } from "../concurrency/lock-group.ts";
import { decideGroup } from "../verdict/decide-group.ts";
import { loadGroupBasis, verdictStateSelect, withStates } from "../verdict/group-basis.ts";
import type { VerdictLabel } from "../verdict/record-verdict.ts";
import { getRequiredAgreement } from "./required-agreement.ts";

export interface SettleInput {
  groupId: string;
  label: VerdictLabel;
  note: string;
  expectedVersion?: number;
}

/**
 * An admin settles a group its reviewers disagree on: a settling verdict decides it. The reviewers'
 * own verdicts stay as they are, so the agreement figures still show that they disagreed.
 */
export async function settleGroup(db: Db, { workspaceId, adminId, ...input }: SettleInput & { workspaceId: string; adminId: string }) {
  const requiredAgreement = await getRequiredAgreement(db, workspaceId);
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, { workspaceId, groupId: input.groupId, expectedVersion: input.expectedVersion });
    const basis = await loadGroupBasis(tx, input.groupId);
    const verdicts = await tx.verdict.findMany({
      where: { groupId: input.groupId, retractedAt: null, discrepancyKey: null },
      select: {
        id: true,
        reviewerId: true,
        label: true,
        note: true,
        createdAt: true,
        retractedAt: true,
        settles: true,
        ...verdictStateSelect,
        reviewer: { select: { name: true } },
      },
    });
    const decision = decideGroup(withStates(verdicts, basis), requiredAgreement);
    if (decision.settlement?.state === "current") {
      const by = decision.settlement.reviewer.name;
      throw new DomainError(
        "CONFLICT",
        `This group changed since you opened it: ${by} already settled it as "${decision.settlement.label}". Reload to see the change.`,
      );
    }
    if (decision.status !== "disagreement")
      throw new DomainError("INVALID_INPUT", "The reviewers of this group do not disagree (any more): there is nothing to settle.");
    const verdict = await tx.verdict.create({
      data: {
        workspaceId,
        groupId: input.groupId,
        reviewerId: adminId,
        label: input.label,
        note: input.note,
        settles: true,
        basis: JSON.stringify(basis),
      },
      select: { id: true, label: true, note: true, createdAt: true },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: adminId,
      action: "verdict.settle",
      targetType: "group",
      targetId: input.groupId,
      details: {
        label: input.label,
        note: input.note,
        verdictId: verdict.id,
        disagreeing: decision.standing.map((v) => ({ reviewer: v.reviewer.name, label: v.label })),
      },
    });
    return verdict;
  });
}
