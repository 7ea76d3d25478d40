import type { DbTx } from "@crosscheck/db";
import { claimRefOf, parseBasis, shareHeld } from "./verdict-basis.ts";
import { groupBasisSelect, loadGroupBasis } from "./group-basis.ts";

export interface GroupRefs {
  id: string;
  refs: ReadonlySet<string>;
}

/** Gives every verdict of these groups that has none the basis of the group as it stands, before the group changes. */
export async function fillMissingBases(tx: DbTx, workspaceId: string): Promise<void> {
  const rows = await tx.verdict.findMany({ where: { workspaceId, basis: null, groupId: { not: null } }, select: { groupId: true } });
  for (const groupId of new Set(rows.flatMap((r) => (r.groupId ? [r.groupId] : [])))) {
    const basis = await loadGroupBasis(tx, groupId);
    if (basis) await tx.verdict.updateMany({ where: { groupId, basis: null }, data: { basis: JSON.stringify(basis) } });
  }
}

/** A group about to be deleted lets go of its verdicts instead of taking them with it. */
export async function releaseVerdicts(tx: DbTx, groupIds: string[]): Promise<number> {
  if (groupIds.length === 0) return 0;
  return (await tx.verdict.updateMany({ where: { groupId: { in: groupIds } }, data: { groupId: null } })).count;
}

async function loadGroupRefs(tx: DbTx, workspaceId: string): Promise<GroupRefs[]> {
  const groups = await tx.claimGroup.findMany({ where: { workspaceId }, select: { id: true, members: groupBasisSelect.members } });
  return groups.map((g) => ({ id: g.id, refs: new Set(g.members.map((m) => claimRefOf(m.claim))) }));
}

/**
 * Each detached verdict (retired ones aside) joins the group that now holds most of the claims it
 * was given on, if one does; the others stay detached for a reviewer to re-attach or retire. A
 * verdict is never deleted. Returns how many were attached and how many stay detached.
 */
export async function rehomeDetachedVerdicts(
  tx: DbTx,
  workspaceId: string,
  groups?: GroupRefs[],
): Promise<{ attached: number; detached: number }> {
  const detached = await tx.verdict.findMany({ where: { workspaceId, groupId: null, retiredAt: null }, select: { id: true, basis: true } });
  if (detached.length === 0) return { attached: 0, detached: 0 };
  const candidates = groups ?? (await loadGroupRefs(tx, workspaceId));
  const moves = new Map<string, string[]>();
  for (const verdict of detached) {
    const basis = parseBasis(verdict.basis);
    if (!basis) continue;
    let best: { id: string; share: number } | null = null;
    for (const g of candidates) {
      const share = shareHeld(basis, g.refs);
      if (share > (best?.share ?? 0)) best = { id: g.id, share };
    }
    // "most of its claims": strictly more than half, so a fact split in two halves stays with neither
    if (best && best.share > 0.5) moves.set(best.id, [...(moves.get(best.id) ?? []), verdict.id]);
  }
  let attached = 0;
  for (const [groupId, ids] of moves) attached += (await tx.verdict.updateMany({ where: { id: { in: ids } }, data: { groupId } })).count;
  return { attached, detached: detached.length - attached };
}
