import { findDiscrepancies, type Claim, type Entity, type Mention } from "@crosscheck/analysis";
import type { DbTx } from "@crosscheck/db";
import { discrepancyKeyOf } from "../analysis/group-keys.ts";
import { severityRank, SEVERITIES } from "../group/severity-rank.ts";
import { rehomeDetachedVerdicts, releaseVerdicts } from "../verdict/rehome-verdicts.ts";

const memberSelect = {
  claim: {
    select: {
      id: true,
      articleId: true,
      index: true,
      start: true,
      end: true,
      text: true,
      kind: true,
      mentions: {
        select: {
          id: true,
          type: true,
          text: true,
          start: true,
          end: true,
          normalized: true,
          role: true,
          entity: { select: { id: true, type: true, canonical: true } },
        },
      },
    },
  },
} as const;

type Member = {
  claim: {
    id: string;
    articleId: string;
    index: number;
    start: number;
    end: number;
    text: string;
    kind: string;
    mentions: {
      id: string;
      type: string;
      text: string;
      start: number;
      end: number;
      normalized: string;
      role: string | null;
      entity: { id: string; type: string; canonical: string } | null;
    }[];
  };
};

/**
 * Recomputes a group's discrepancies after a reviewer changed its claims by hand, so the page
 * is right at once without re-running the whole analysis. A group left with one article is removed;
 * its verdicts stay, and join a group holding most of their claims or wait, detached, for a reviewer.
 */
export async function refreshGroup(tx: DbTx, workspaceId: string, groupId: string): Promise<void> {
  const group = await tx.claimGroup.findUnique({ where: { id: groupId }, select: { members: { select: memberSelect } } });
  if (!group) return;
  // a group exists to compare articles: like the analysis, keep none that spans a single article
  if (new Set(group.members.map((m) => m.claim.articleId)).size < 2) {
    await releaseVerdicts(tx, [groupId]);
    await tx.claimGroup.delete({ where: { id: groupId } });
  } else {
    await refreshDiscrepancies(tx, groupId, group.members);
  }
  // claims moved by hand may give a detached verdict's fact a group again
  await rehomeDetachedVerdicts(tx, workspaceId);
}

async function refreshDiscrepancies(tx: DbTx, groupId: string, members: Member[]): Promise<void> {
  const group = { members };
  const claims: Claim[] = group.members.map(({ claim }) => ({
    id: claim.id,
    articleId: claim.articleId,
    index: claim.index,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    kind: claim.kind === "headline" ? "headline" : "sentence",
  }));
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const entityOfMention = new Map<string, Entity>();
  for (const { claim } of group.members) {
    for (const m of claim.mentions) {
      mentions.push({
        id: m.id,
        articleId: claim.articleId,
        claimId: claim.id,
        type: m.type as Mention["type"],
        text: m.text,
        start: m.start,
        end: m.end,
        normalized: JSON.parse(m.normalized) as Mention["normalized"],
        role: m.role,
      });
      if (!m.entity) continue;
      const entity = entities.get(m.entity.id) ?? {
        id: m.entity.id,
        type: m.entity.type as Entity["type"],
        canonical: m.entity.canonical,
        mentionIds: [],
        forms: [],
      };
      entity.mentionIds.push(m.id);
      const form = entity.forms.find((f) => f.text === m.text);
      if (form) form.count++;
      else entity.forms.push({ text: m.text, articleIds: [claim.articleId], count: 1 });
      entities.set(entity.id, entity);
      entityOfMention.set(m.id, entity);
    }
  }
  const refOf = (claimId: string) => {
    const c = claims.find((x) => x.id === claimId);
    return c ? `${c.articleId}:${c.start}` : claimId;
  };
  const dismissed = new Set(
    (await tx.discrepancy.findMany({ where: { groupId, dismissed: true }, select: { key: true } })).map((d) => d.key),
  );
  const discrepancies = findDiscrepancies(claims, mentions, entityOfMention);
  await tx.discrepancy.deleteMany({ where: { groupId } });
  await tx.discrepancy.createMany({
    data: discrepancies.map((d) => {
      const key = discrepancyKeyOf(d, refOf);
      return {
        groupId,
        kind: d.kind,
        severity: d.severity,
        explanation: d.explanation,
        values: JSON.stringify(d.values),
        key,
        dismissed: dismissed.has(key),
      };
    }),
  });
  const live = discrepancies.filter((d) => !dismissed.has(discrepancyKeyOf(d, refOf)));
  const top = live.map((d) => d.severity).sort((a, b) => severityRank(a) - severityRank(b))[0] ?? null;
  await tx.claimGroup.update({
    where: { id: groupId },
    data: { severity: top && SEVERITIES.includes(top) ? top : null, version: { increment: 1 } },
    select: { id: true },
  });
}
