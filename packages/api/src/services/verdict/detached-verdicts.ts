import type { Db, DbTx } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { parseBasis } from "./verdict-basis.ts";

export interface DetachedFilter {
  query?: string;
  reviewerId?: string;
}

const articleIdOf = (ref: string) => ref.slice(0, ref.lastIndexOf(":", ref.lastIndexOf(":") - 1));

/**
 * Verdicts whose claims no group holds by a majority any more (a re-analysis or a hand fix broke
 * their group up), with the claims they were given on, newest first; retired and undone ones aside.
 */
export async function listDetachedVerdicts(db: Db, workspaceId: string, filter: DetachedFilter = {}) {
  const rows = await db.verdict.findMany({
    where: {
      workspaceId,
      groupId: null,
      retiredAt: null,
      retractedAt: null,
      ...(filter.reviewerId ? { reviewerId: filter.reviewerId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      label: true,
      note: true,
      createdAt: true,
      settles: true,
      discrepancyKey: true,
      basis: true,
      reviewer: { select: { id: true, name: true } },
    },
  });
  const articleIds = new Set(rows.flatMap((r) => parseBasis(r.basis)?.claims.map((c) => articleIdOf(c.ref)) ?? []));
  const articles = new Map(
    (
      await db.article.findMany({
        where: { workspaceId, id: { in: [...articleIds] } },
        select: { id: true, title: true, outlet: true, sourceName: true },
      })
    ).map((a) => [a.id, a]),
  );
  const query = filter.query?.toLowerCase();
  return rows
    .map((r) => {
      const basis = parseBasis(r.basis);
      return {
        id: r.id,
        label: r.label,
        note: r.note,
        createdAt: r.createdAt,
        settles: r.settles,
        reviewer: r.reviewer.name,
        reviewerId: r.reviewer.id,
        onDiscrepancy: basis?.discrepancies.find((d) => d.key === r.discrepancyKey) ?? null,
        claims: (basis?.claims ?? []).map((c) => {
          const article = articles.get(articleIdOf(c.ref));
          return { text: c.text, source: article ? (article.outlet ?? article.sourceName) : "an article no longer in the workspace" };
        }),
      };
    })
    .filter((v) => !query || v.note.toLowerCase().includes(query) || v.claims.some((c) => c.text.toLowerCase().includes(query)));
}

async function findDetached(db: DbTx, workspaceId: string, verdictId: string) {
  const verdict = await db.verdict.findFirst({
    where: { id: verdictId, workspaceId },
    select: { id: true, groupId: true, retiredAt: true, label: true },
  });
  if (!verdict) throw new DomainError("NOT_FOUND", "No such verdict in this workspace.");
  if (verdict.groupId || verdict.retiredAt)
    throw new DomainError("CONFLICT", "This verdict is no longer detached (someone re-attached or retired it). Reload to see the change.");
  return verdict;
}

/** A reviewer puts a detached verdict on the group that now holds its fact; the group page then shows what changed since it was given. */
export async function reattachVerdict(
  db: Db,
  { workspaceId, actorId, ...input }: { workspaceId: string; actorId: string; verdictId: string; groupId: string },
) {
  return db.$transaction(async (tx) => {
    const verdict = await findDetached(tx, workspaceId, input.verdictId);
    const group = await tx.claimGroup.findFirst({ where: { id: input.groupId, workspaceId }, select: { id: true } });
    if (!group) throw new DomainError("NOT_FOUND", "No such claim group in this workspace.");
    await tx.verdict.update({ where: { id: verdict.id }, data: { groupId: group.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "verdict.reattach",
      targetType: "group",
      targetId: group.id,
      details: { verdictId: verdict.id, label: verdict.label },
    });
    return { groupId: group.id };
  });
}

/** A detached verdict that applies to no fact any more is retired: kept for the history, listed no longer. */
export async function retireVerdict(
  db: Db,
  { workspaceId, actorId, ...input }: { workspaceId: string; actorId: string; verdictId: string },
) {
  return db.$transaction(async (tx) => {
    const verdict = await findDetached(tx, workspaceId, input.verdictId);
    await tx.verdict.update({ where: { id: verdict.id }, data: { retiredAt: new Date() }, select: { id: true } });
    await recordAuditEvent(tx, {
      workspaceId,
      reviewerId: actorId,
      action: "verdict.retire",
      targetType: "verdict",
      targetId: verdict.id,
      details: { label: verdict.label },
    });
    return { retired: verdict.id };
  });
}
