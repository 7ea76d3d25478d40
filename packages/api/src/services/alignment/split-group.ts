import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { lockGroupForChange } from "../concurrency/lock-group.ts";
import { groupKeyOf } from "../analysis/group-keys.ts";
import { recordDecision } from "./record-decision.ts";
import { refreshGroup } from "./refresh-group.ts";

/** Splits the chosen claims off into a group of their own; they stay apart from the rest on re-runs. */
export async function splitGroup(
  db: Db,
  {
    workspaceId,
    reviewerId,
    groupId,
    claimIds,
    expectedVersion,
  }: { workspaceId: string; reviewerId: string; groupId: string; claimIds: string[]; expectedVersion?: number },
) {
  return db.$transaction(async (tx) => {
    await lockGroupForChange(tx, { workspaceId, groupId, expectedVersion });
    const group = await tx.claimGroup.findFirst({
      where: { id: groupId, workspaceId },
      select: { id: true, label: true, members: { select: { claim: { select: { id: true, articleId: true, start: true } } } } },
    });
    if (!group) throw new DomainError("NOT_FOUND", "No such claim group in this workspace.");
    const chosen = new Set(claimIds);
    const moving = group.members.map((m) => m.claim).filter((c) => chosen.has(c.id));
    const staying = group.members.map((m) => m.claim).filter((c) => !chosen.has(c.id));
    if (moving.length !== chosen.size) throw new DomainError("INVALID_INPUT", "Some of the chosen claims are not in this group.");
    if (moving.length === 0 || staying.length === 0)
      throw new DomainError("INVALID_INPUT", "Choose some, but not all, of the group's claims to split off.");
    const ref = (c: { articleId: string; start: number }) => ({ articleId: c.articleId, start: c.start });
    for (const m of moving)
      for (const s of staying)
        await recordDecision(tx, { workspaceId, reviewerId, kind: "claim-unlink", payload: { a: ref(m), b: ref(s) }, groupId });
    for (let i = 1; i < moving.length; i++)
      await recordDecision(tx, { workspaceId, reviewerId, kind: "claim-link", payload: { a: ref(moving[0]!), b: ref(moving[i]!) } });
    await tx.claimGroupMember.deleteMany({ where: { groupId, claimId: { in: moving.map((c) => c.id) } } });
    let newGroupId: string | null = null;
    if (moving.length > 1) {
      const created = await tx.claimGroup.create({
        data: { workspaceId, key: groupKeyOf(moving.map(ref)), label: `${group.label} (split)`, origin: "manual" },
        select: { id: true },
      });
      newGroupId = created.id;
      await tx.claimGroupMember.createMany({ data: moving.map((c) => ({ groupId: created.id, claimId: c.id, origin: "manual" })) });
      await refreshGroup(tx, workspaceId, created.id);
    }
    await refreshGroup(tx, workspaceId, groupId);
    return { groupId: newGroupId };
  });
}
