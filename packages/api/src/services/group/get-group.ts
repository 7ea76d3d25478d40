import { diffClaimsSideBySide } from "@crosscheck/analysis";
import type { Db } from "@crosscheck/db";
import { z } from "zod";
import { DomainError } from "../../domain-error.ts";
import type { GroupDecision } from "../verdict/decide-group.ts";
import { judgeGroup, toPlainVerdict, verdictSelect, type StatedVerdict } from "../verdict/judge-group.ts";
import { firstClaim } from "./first-claim.ts";
import { groupCoreSelect } from "./group-select.ts";
import { headingOf } from "./group-heading.ts";

const discrepancyValues = z.array(z.object({ claimId: z.string(), text: z.string(), normalized: z.unknown().optional() }));

/** Where the discrepancy values stand in a claim's text, for marking them in the diff. */
function marksIn(claimId: string, text: string, values: { claimId: string; text: string }[]) {
  return values
    .filter((v) => v.claimId === claimId && v.text)
    .flatMap((v) => {
      const start = text.indexOf(v.text);
      return start === -1 ? [] : [{ start, end: start + v.text.length }];
    });
}

export async function getGroup(
  db: Db,
  { workspaceId, groupId, requiredAgreement = 1 }: { workspaceId: string; groupId: string; requiredAgreement?: number },
) {
  const group = await db.claimGroup.findFirst({
    where: { id: groupId, workspaceId },
    select: {
      ...groupCoreSelect,
      discrepancies: { select: { id: true, kind: true, severity: true, explanation: true, values: true, dismissed: true, key: true } },
      verdicts: { orderBy: { createdAt: "desc" }, select: verdictSelect },
    },
  });
  if (!group) throw new DomainError("NOT_FOUND", "No such claim group in this workspace.");
  const heading = headingOf(firstClaim(group.members), group.label);
  const claims = group.members
    .map(({ claim: { mentions: _m, ...claim }, origin }) => ({ ...claim, origin }))
    .sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start);
  const discrepancies = group.discrepancies.map((d) => ({ ...d, values: discrepancyValues.parse(JSON.parse(d.values)) }));
  const allValues = discrepancies.filter((d) => !d.dismissed).flatMap((d) => d.values);
  const pivot = claims[0];
  // every claim is compared with the first one, so each column shows how it departs from it
  const diffs = pivot
    ? claims.slice(1).map((other) => ({
        leftClaimId: pivot.id,
        rightClaimId: other.id,
        ...diffClaimsSideBySide(pivot.text, other.text, {
          a: marksIn(pivot.id, pivot.text, allValues),
          b: marksIn(other.id, other.text, allValues),
        }),
      }))
    : [];
  const judgement = judgeGroup(group, requiredAgreement);
  return {
    id: group.id,
    label: heading,
    severity: group.severity,
    score: group.score,
    origin: group.origin,
    version: group.version,
    claims,
    discrepancies: discrepancies.map((d) => ({ ...d, decision: plainDecision(judgement.discrepancies.get(d.key)) })),
    diffs,
    verdicts: judgement.verdicts.map((v) => ({
      id: v.id,
      reviewerId: v.reviewerId,
      label: v.label,
      note: v.note,
      createdAt: v.createdAt,
      retractedAt: v.retractedAt,
      settles: v.settles,
      reviewer: v.reviewer.name,
      discrepancyKey: v.discrepancyKey,
      confirmsId: v.confirmsId,
      state: v.state,
      change: v.change,
    })),
    ...plainDecision(judgement.group),
    requiredAgreement,
  };
}

function plainDecision(decision: GroupDecision<StatedVerdict> | undefined) {
  return {
    status: decision?.status ?? "undecided",
    decidedLabel: decision?.label ?? null,
    standing: (decision?.standing ?? []).map(toPlainVerdict),
    settlement: decision?.settlement ? toPlainVerdict(decision.settlement) : null,
    recheck: decision?.recheck ?? false,
  };
}
