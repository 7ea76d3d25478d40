import type { AnalysisResult, Claim } from "@crosscheck/analysis";
import type { DbTx } from "@crosscheck/db";
import { claimRefOf } from "../verdict/verdict-basis.ts";
import { fillMissingBases, rehomeDetachedVerdicts, releaseVerdicts, type GroupRefs } from "../verdict/rehome-verdicts.ts";
import { discrepancyKeyOf, groupKeyOf } from "./group-keys.ts";

const SEVERITY_RANK = { conflict: 3, minor: 2, variant: 1 } as const;

interface OldGroup {
  id: string;
  refs: Set<string>;
}

async function loadOldGroups(tx: DbTx, workspaceId: string): Promise<OldGroup[]> {
  const groups = await tx.claimGroup.findMany({
    where: { workspaceId },
    select: { id: true, members: { select: { claim: { select: { articleId: true, start: true } } } } },
  });
  return groups.map((g) => ({ id: g.id, refs: new Set(g.members.map((m) => `${m.claim.articleId}:${m.claim.start}`)) }));
}

/**
 * Replaces the workspace's analysis with a new result in one transaction. Groups whose claims
 * are the same as before keep their row (and so their URL and verdicts). Verdicts are never
 * deleted: those of a group that is gone move to the new group holding most of the claims they
 * were given on, or stay detached for a reviewer; either way each keeps its basis, so the group
 * page and the reports can tell current verdicts from changed ones.
 */
export async function persistAnalysis(
  tx: DbTx,
  {
    workspaceId,
    result,
    dismissedKeys,
    manualLinks,
  }: { workspaceId: string; result: AnalysisResult; dismissedKeys: Set<string>; manualLinks: Set<string> },
): Promise<{ groups: number; carriedVerdicts: number; detachedVerdicts: number }> {
  const claimById = new Map<string, Claim>(result.claims.map((c) => [c.id, c]));
  const refOf = (claimId: string) => {
    const c = claimById.get(claimId);
    return c ? `${c.articleId}:${c.start}` : claimId;
  };
  await fillMissingBases(tx, workspaceId);
  const oldGroups = await loadOldGroups(tx, workspaceId);

  await tx.mention.deleteMany({ where: { article: { workspaceId } } });
  await tx.claim.deleteMany({ where: { workspaceId } });
  await tx.entity.deleteMany({ where: { workspaceId } });

  // analysis ids are unique within the run; prefixing them with the workspace makes them unique in the database
  const entityId = (id: string) => `${workspaceId}:${id}`;
  await tx.claim.createMany({
    data: result.claims.map((c) => ({
      id: c.id,
      workspaceId,
      articleId: c.articleId,
      index: c.index,
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
    })),
  });
  await tx.entity.createMany({
    data: result.entities.map((e) => ({ id: entityId(e.id), workspaceId, type: e.type, canonical: e.canonical })),
  });
  const entityOfMention = new Map<string, string>();
  for (const e of result.entities) for (const m of e.mentionIds) entityOfMention.set(m, entityId(e.id));
  await tx.mention.createMany({
    data: result.mentions.map((m) => ({
      id: m.id,
      articleId: m.articleId,
      claimId: m.claimId,
      entityId: entityOfMention.get(m.id) ?? null,
      type: m.type,
      text: m.text,
      start: m.start,
      end: m.end,
      normalized: JSON.stringify(m.normalized),
      role: m.role ?? null,
    })),
  });

  const reused = new Set<string>();
  const successors = matchOldGroups(
    oldGroups,
    result.groups.map((g) => g.claimIds.map(refOf)),
  );
  const newGroups: GroupRefs[] = [];
  for (const [index, group] of result.groups.entries()) {
    const refs = group.claimIds.map(refOf);
    const key = groupKeyOf(refs.map(splitRef));
    const severity = group.discrepancies.reduce<keyof typeof SEVERITY_RANK | null>(
      (top, d) =>
        dismissedKeys.has(discrepancyKeyOf(d, refOf)) || (top && SEVERITY_RANK[top] >= SEVERITY_RANK[d.severity]) ? top : d.severity,
      null,
    );
    const data = { workspaceId, key, label: group.label, score: group.score, severity, origin: "auto" };
    const old = successors.get(index);
    const row = old
      ? await tx.claimGroup.update({ where: { id: old.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })
      : await tx.claimGroup.create({ data, select: { id: true } });
    if (old) {
      reused.add(old.id);
      await tx.discrepancy.deleteMany({ where: { groupId: row.id } });
    }
    newGroups.push({
      id: row.id,
      refs: new Set(
        group.claimIds.flatMap((id) => {
          const c = claimById.get(id);
          return c ? [claimRefOf(c)] : [];
        }),
      ),
    });
    await tx.claimGroupMember.createMany({
      data: group.claimIds.map((claimId) => ({ groupId: row.id, claimId, origin: manualLinks.has(refOf(claimId)) ? "manual" : "auto" })),
    });
    await tx.discrepancy.createMany({
      data: group.discrepancies.map((d) => {
        const key = discrepancyKeyOf(d, refOf);
        return {
          groupId: row.id,
          kind: d.kind,
          severity: d.severity,
          explanation: d.explanation,
          values: JSON.stringify(d.values),
          key,
          dismissed: dismissedKeys.has(key),
        };
      }),
    });
  }

  const gone = oldGroups.filter((g) => !reused.has(g.id)).map((g) => g.id);
  await releaseVerdicts(tx, gone);
  await tx.claimGroup.deleteMany({ where: { id: { in: gone } } });
  const { attached, detached } = await rehomeDetachedVerdicts(tx, workspaceId, newGroups);
  return { groups: newGroups.length, carriedVerdicts: attached, detachedVerdicts: detached };
}

/**
 * Which old group each new group continues, so that its row, URL and verdicts stay: first the
 * groups with the very same claims, then a group holding most of an old group's claims (the old
 * group gained or lost some; its verdicts then show as changed, not as lost or detached).
 */
function matchOldGroups(oldGroups: OldGroup[], newRefs: string[][]): Map<number, OldGroup> {
  const matches = new Map<number, OldGroup>();
  const taken = new Set<string>();
  const oldByKey = new Map(oldGroups.map((g) => [groupKeyOf([...g.refs].map(splitRef)), g]));
  newRefs.forEach((refs, index) => {
    const old = oldByKey.get(groupKeyOf(refs.map(splitRef)));
    if (old) {
      matches.set(index, old);
      taken.add(old.id);
    }
  });
  newRefs.forEach((refs, index) => {
    if (matches.has(index)) return;
    const held = new Set(refs);
    let best: { group: OldGroup; share: number } | null = null;
    for (const old of oldGroups) {
      if (taken.has(old.id)) continue;
      const share = [...old.refs].filter((r) => held.has(r)).length / old.refs.size;
      if (share > 0.5 && share > (best?.share ?? 0)) best = { group: old, share };
    }
    if (best) {
      matches.set(index, best.group);
      taken.add(best.group.id);
    }
  });
  return matches;
}

function splitRef(ref: string): { articleId: string; start: number } {
  const at = ref.lastIndexOf(":");
  return { articleId: ref.slice(0, at), start: Number(ref.slice(at + 1)) };
}
