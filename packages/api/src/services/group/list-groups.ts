import type { Db } from "@crosscheck/db";
import type { DecisionStatus } from "../verdict/decide-group.ts";
import { judgeGroup, toPlainVerdict, verdictSelect, type GroupJudgement, type StatedVerdict } from "../verdict/judge-group.ts";
import { firstClaim } from "./first-claim.ts";
import { groupCoreSelect } from "./group-select.ts";
import { headingOf } from "./group-heading.ts";
import { severityRank } from "./severity-rank.ts";

export interface GroupFilter {
  kind?: string;
  severity?: string;
  /** reviewed/unreviewed: any standing verdict or none; recheck: a verdict to confirm since the group changed; the others: the group's decision status */
  status?: "reviewed" | "unreviewed" | "recheck" | DecisionStatus;
  articleId?: string;
  entityId?: string;
  query?: string;
}

const groupSelect = {
  ...groupCoreSelect,
  discrepancies: { select: { id: true, kind: true, severity: true, explanation: true, dismissed: true, key: true, values: true } },
  verdicts: { where: { retractedAt: null }, orderBy: { createdAt: "desc" as const }, select: verdictSelect },
} as const;

export async function listGroups(
  db: Db,
  { workspaceId, filter = {}, requiredAgreement = 1 }: { workspaceId: string; filter?: GroupFilter; requiredAgreement?: number },
) {
  const rows = await db.claimGroup.findMany({
    where: {
      workspaceId,
      ...(filter.kind || filter.severity
        ? {
            discrepancies: {
              some: {
                dismissed: false,
                ...(filter.kind ? { kind: filter.kind } : {}),
                ...(filter.severity ? { severity: filter.severity } : {}),
              },
            },
          }
        : {}),
      ...(filter.status === "reviewed"
        ? { verdicts: { some: { retractedAt: null } } }
        : filter.status === "unreviewed"
          ? { verdicts: { none: { retractedAt: null } } }
          : {}),
      ...(filter.status === "disagreement" ? { verdicts: { some: { retractedAt: null } } } : {}),
      ...(filter.articleId ? { members: { some: { claim: { articleId: filter.articleId } } } } : {}),
      ...(filter.entityId ? { members: { some: { claim: { mentions: { some: { entityId: filter.entityId } } } } } } : {}),
      ...(filter.query
        ? { OR: [{ label: { contains: filter.query } }, { members: { some: { claim: { text: { contains: filter.query } } } } }] }
        : {}),
    },
    select: groupSelect,
  });
  return rows
    .map((g) => ({ ...g, judgement: judgeGroup(g, requiredAgreement) }))
    .filter((g) => matchesStatus(filter.status, g.judgement))
    .map((g) => ({
      id: g.id,
      label: headingOf(firstClaim(g.members), g.label),
      severity: g.severity,
      score: g.score,
      origin: g.origin,
      version: g.version,
      claims: g.members
        .map(({ claim: { mentions: _m, ...claim }, origin }) => ({ ...claim, origin }))
        .sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start),
      discrepancies: g.discrepancies.map(({ key: _k, values: _v, ...d }) => d),
      verdict: latestOnGroup(g.judgement.verdicts),
      status: g.judgement.group.status,
      decidedLabel: g.judgement.group.label,
      standing: g.judgement.group.standing.map(toPlainVerdict),
      settlement: g.judgement.group.settlement ? toPlainVerdict(g.judgement.group.settlement) : null,
      recheck: needsRecheck(g.judgement),
    }))
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        b.discrepancies.length - a.discrepancies.length ||
        a.label.localeCompare(b.label),
    );
}

function latestOnGroup(verdicts: StatedVerdict[]) {
  const v = verdicts.find((x) => !x.discrepancyKey);
  return v ? { label: v.label, note: v.note, createdAt: v.createdAt, reviewer: v.reviewer.name, state: v.state } : null;
}

/** A verdict on the group or on one of its discrepancies waits for a reviewer to confirm it. */
export function needsRecheck(judgement: GroupJudgement): boolean {
  return judgement.group.recheck || [...judgement.discrepancies.values()].some((d) => d.recheck);
}

function matchesStatus(status: GroupFilter["status"], judgement: GroupJudgement): boolean {
  if (!status || status === "reviewed" || status === "unreviewed") return true;
  if (status === "recheck") return needsRecheck(judgement);
  return judgement.group.status === status;
}
