import type { Db } from "@crosscheck/db";
import { decideGroup, type DecisionStatus } from "../verdict/decide-group.ts";
import { firstClaim } from "./first-claim.ts";
import { groupCoreSelect } from "./group-select.ts";
import { headingOf } from "./group-heading.ts";
import { severityRank } from "./severity-rank.ts";

export interface GroupFilter {
  kind?: string;
  severity?: string;
  /** reviewed/unreviewed: any standing verdict or none; the others: the group's decision status */
  status?: "reviewed" | "unreviewed" | DecisionStatus;
  articleId?: string;
  entityId?: string;
  query?: string;
}

const groupSelect = {
  ...groupCoreSelect,
  discrepancies: { select: { id: true, kind: true, severity: true, explanation: true, dismissed: true } },
  verdicts: {
    where: { retractedAt: null },
    orderBy: { createdAt: "desc" as const },
    select: { id: true, reviewerId: true, label: true, note: true, createdAt: true, retractedAt: true, settles: true, reviewer: { select: { name: true } } },
  },
} as const;

export async function listGroups(db: Db, workspaceId: string, filter: GroupFilter = {}, requiredAgreement = 1) {
  const rows = await db.claimGroup.findMany({
    where: {
      workspaceId,
      ...(filter.kind || filter.severity
        ? { discrepancies: { some: { dismissed: false, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.severity ? { severity: filter.severity } : {}) } } }
        : {}),
      ...(filter.status === "reviewed" ? { verdicts: { some: { retractedAt: null } } } : filter.status === "unreviewed" ? { verdicts: { none: { retractedAt: null } } } : {}),
      ...(filter.status === "disagreement" ? { verdicts: { some: { retractedAt: null } } } : {}),
      ...(filter.articleId ? { members: { some: { claim: { articleId: filter.articleId } } } } : {}),
      ...(filter.entityId ? { members: { some: { claim: { mentions: { some: { entityId: filter.entityId } } } } } } : {}),
      ...(filter.query ? { OR: [{ label: { contains: filter.query } }, { members: { some: { claim: { text: { contains: filter.query } } } } }] } : {}),
    },
    select: groupSelect,
  });
  return rows
    .map((g) => ({ ...g, decision: decideGroup(g.verdicts, requiredAgreement) }))
    .filter((g) => !filter.status || filter.status === "reviewed" || filter.status === "unreviewed" || g.decision.status === filter.status)
    .map((g) => ({
      id: g.id,
      label: headingOf(firstClaim(g.members), g.label),
      severity: g.severity,
      score: g.score,
      origin: g.origin,
      version: g.version,
      claims: g.members.map(({ claim: { mentions: _m, ...claim }, origin }) => ({ ...claim, origin })).sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start),
      discrepancies: g.discrepancies,
      verdict: g.verdicts[0] ? { label: g.verdicts[0].label, note: g.verdicts[0].note, createdAt: g.verdicts[0].createdAt, reviewer: g.verdicts[0].reviewer.name } : null,
      status: g.decision.status,
      decidedLabel: g.decision.label,
      standing: g.decision.standing.map((v) => ({ reviewerId: v.reviewerId, reviewer: v.reviewer.name, label: v.label, note: v.note, createdAt: v.createdAt })),
      settlement: g.decision.settlement ? { reviewer: g.decision.settlement.reviewer.name, label: g.decision.settlement.label, note: g.decision.settlement.note, createdAt: g.decision.settlement.createdAt } : null,
    }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.discrepancies.length - a.discrepancies.length || a.label.localeCompare(b.label));
}
