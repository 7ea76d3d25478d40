import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { lockGroupForChange } from "../concurrency/lock-group.ts";
import { groupKeyOf } from "../analysis/group-keys.ts";
import { recordDecision } from "./record-decision.ts";
import { refreshGroup } from "./refresh-group.ts";

type Ref = { articleId: string; start: number };

async function loadClaim(tx: DbTx, workspaceId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: {
      id: true,
      articleId: true,
      start: true,
      groups: {
        select: {
          groupId: true,
          group: { select: { members: { select: { claim: { select: { id: true, articleId: true, start: true } } } } } },
        },
      },
    },
  });
  if (!claim) throw new DomainError("NOT_FOUND", "No such claim in this workspace.");
  const membership = claim.groups[0];
  return {
    id: claim.id,
    ref: { articleId: claim.articleId, start: claim.start },
    groupId: membership?.groupId ?? null,
    peers: (membership?.group.members ?? []).map((m) => m.claim).filter((c) => c.id !== claim.id),
  };
}

async function detach(
  tx: DbTx,
  { workspaceId, reviewerId, claim }: { workspaceId: string; reviewerId: string; claim: Awaited<ReturnType<typeof loadClaim>> },
) {
  if (!claim.groupId) return;
  for (const peer of claim.peers)
    await recordDecision(tx, {
      workspaceId,
      reviewerId,
      kind: "claim-unlink",
      payload: { a: claim.ref, b: { articleId: peer.articleId, start: peer.start } },
      groupId: claim.groupId,
    });
  await tx.claimGroupMember.delete({ where: { groupId_claimId: { groupId: claim.groupId, claimId: claim.id } } });
  await refreshGroup(tx, workspaceId, claim.groupId);
}

/**
 * Moves a claim into another group (or out of any group when toGroupId is null). `expectedVersion`
 * is the version of the group the reviewer is looking at (by default the claim's own group).
 */
export async function moveClaim(
  db: Db,
  {
    workspaceId,
    reviewerId,
    claimId,
    toGroupId,
    expected,
  }: {
    workspaceId: string;
    reviewerId: string;
    claimId: string;
    toGroupId: string | null;
    expected?: { groupId?: string; version: number };
  },
) {
  return db.$transaction(async (tx) => {
    if (expected) {
      const viewed =
        expected.groupId ??
        (await tx.claimGroupMember.findFirst({ where: { claimId, claim: { workspaceId } }, select: { groupId: true } }))?.groupId;
      if (viewed) await lockGroupForChange(tx, { workspaceId, groupId: viewed, expectedVersion: expected.version });
    }
    const claim = await loadClaim(tx, workspaceId, claimId);
    if (claim.groupId === toGroupId) return { groupId: toGroupId };
    let target: { id: string; members: { claim: { articleId: string; start: number } }[] } | null = null;
    if (toGroupId) {
      target = await tx.claimGroup.findFirst({
        where: { id: toGroupId, workspaceId },
        select: { id: true, members: { select: { claim: { select: { articleId: true, start: true } } } } },
      });
      if (!target) throw new DomainError("NOT_FOUND", "No such claim group in this workspace.");
    }
    await detach(tx, { workspaceId, reviewerId, claim });
    if (!target) return { groupId: null };
    for (const m of target.members)
      await recordDecision(tx, { workspaceId, reviewerId, kind: "claim-link", payload: { a: claim.ref, b: m.claim }, groupId: target.id });
    await tx.claimGroupMember.create({ data: { groupId: target.id, claimId: claim.id, origin: "manual" } });
    await refreshGroup(tx, workspaceId, target.id);
    return { groupId: target.id };
  });
}

/** Links two claims the engine did not group: the second joins the first one's group, or both form a new group. */
export async function linkClaims(
  db: Db,
  {
    workspaceId,
    reviewerId,
    claimId,
    otherClaimId,
    expectedVersion,
  }: { workspaceId: string; reviewerId: string; claimId: string; otherClaimId: string; expectedVersion?: number },
) {
  if (claimId === otherClaimId) throw new DomainError("INVALID_INPUT", "A claim cannot be linked to itself.");
  const first = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { groups: { select: { groupId: true } } } });
  if (!first) throw new DomainError("NOT_FOUND", "No such claim in this workspace.");
  const existing = first.groups[0]?.groupId;
  if (existing)
    return moveClaim(db, {
      workspaceId,
      reviewerId,
      claimId: otherClaimId,
      toGroupId: existing,
      ...(expectedVersion === undefined ? {} : { expected: { groupId: existing, version: expectedVersion } }),
    });
  return db.$transaction(async (tx) => {
    const a = await loadClaim(tx, workspaceId, claimId);
    const b = await loadClaim(tx, workspaceId, otherClaimId);
    await detach(tx, { workspaceId, reviewerId, claim: b });
    await recordDecision(tx, { workspaceId, reviewerId, kind: "claim-link", payload: { a: a.ref, b: b.ref } });
    const group = await tx.claimGroup.create({
      data: { workspaceId, key: groupKeyOf([a.ref, b.ref] as Ref[]), label: "Linked by hand", origin: "manual" },
      select: { id: true },
    });
    await tx.claimGroupMember.createMany({ data: [a.id, b.id].map((id) => ({ groupId: group.id, claimId: id, origin: "manual" })) });
    await refreshGroup(tx, workspaceId, group.id);
    return { groupId: group.id };
  });
}
