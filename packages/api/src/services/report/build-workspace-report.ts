import type { Db } from "@crosscheck/db";
import {
  buildCoverage,
  type Report,
  type ReportClaimGroup,
  type ReportDiscrepancy,
  type ReportVerdict,
  type VerdictLabel,
} from "@crosscheck/report";
import { z } from "zod";
import { firstClaim } from "../group/first-claim.ts";
import { headingOf } from "../group/group-heading.ts";
import { severityRank } from "../group/severity-rank.ts";
import { getRequiredAgreement } from "../curation/required-agreement.ts";
import { loadCoverageClaims } from "../coverage/load-coverage-claims.ts";
import type { GroupDecision } from "../verdict/decide-group.ts";
import { judgeGroup, verdictSelect, type GroupJudgement, type StatedVerdict } from "../verdict/judge-group.ts";
import { parseBasis } from "../verdict/verdict-basis.ts";
import { headedClaimSelect } from "../group/group-select.ts";

const nullableVerdict = (v: StatedVerdict | null) => (v ? toVerdict(v) : null);

const discrepancyValues = z.array(
  z.object({
    claimId: z.string(),
    text: z.string(),
    start: z.number().optional(),
    end: z.number().optional(),
    normalized: z.unknown().optional(),
  }),
);

function toVerdict(v: StatedVerdict): ReportVerdict {
  return {
    label: v.label as VerdictLabel,
    note: v.note,
    reviewer: v.reviewer.name,
    decidedAt: v.createdAt.toISOString(),
    ...(v.state === "changed" || v.state === "current" ? { state: v.state } : {}),
    ...(v.change
      ? {
          change: {
            addedClaims: v.change.addedClaims.length,
            removedClaims: v.change.removedClaims.length,
            addedDiscrepancies: v.change.addedDiscrepancies.map(describeBasisDiscrepancy),
            removedDiscrepancies: v.change.removedDiscrepancies.map(describeBasisDiscrepancy),
          },
        }
      : {}),
    ...(v.discrepancyKey ? { discrepancyKey: v.discrepancyKey } : {}),
  };
}

const describeBasisDiscrepancy = (d: { kind: string; values: string[] }) => `${d.kind}: ${d.values.join(" / ")}`;

/** The verdict that stands for a group (or one discrepancy): a current settlement, else the latest standing verdict. */
function standingOf(decision: GroupDecision<StatedVerdict> | undefined): StatedVerdict | null {
  if (!decision) return null;
  if (decision.settlement?.state === "current") return decision.settlement;
  return decision.standing[0] ?? decision.settlement;
}

/** A discrepancy's own verdict, else the group's if it was given with this discrepancy in view: never one given before it appeared. */
function verdictCovering(key: string, judgement: GroupJudgement, groupVerdict: StatedVerdict | null): StatedVerdict | null {
  const own = standingOf(judgement.discrepancies.get(key));
  if (own) return own;
  if (!groupVerdict) return null;
  const basis = parseBasis(groupVerdict.basis);
  return !basis || basis.discrepancies.some((d) => d.key === key) ? groupVerdict : null;
}

/** The whole workspace as the report model every format is rendered from (verdicts included). */
export async function buildWorkspaceReport(db: Db, workspace: { id: string; name: string }, now = new Date()): Promise<Report> {
  const requiredAgreement = await getRequiredAgreement(db, workspace.id);
  const [articles, entities, groups, mentions, claims] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: workspace.id, laterVersions: { none: {} } },
      orderBy: { sourceName: "asc" },
      select: { id: true, sourceName: true, title: true, outlet: true, author: true, url: true, publishedAt: true, text: true },
    }),
    db.entity.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { canonical: "asc" },
      select: {
        id: true,
        type: true,
        canonical: true,
        mentions: {
          orderBy: [{ articleId: "asc" }, { start: "asc" }],
          select: { articleId: true, claimId: true, text: true, start: true, end: true },
        },
      },
    }),
    db.claimGroup.findMany({
      where: { workspaceId: workspace.id },
      select: {
        id: true,
        label: true,
        severity: true,
        members: {
          select: {
            claim: { select: headedClaimSelect },
          },
        },
        discrepancies: { select: { kind: true, severity: true, explanation: true, values: true, dismissed: true, key: true } },
        verdicts: { orderBy: { createdAt: "desc" }, select: verdictSelect },
      },
    }),
    db.mention.findMany({
      where: { article: { workspaceId: workspace.id, laterVersions: { none: {} } } },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: { articleId: true, claimId: true, type: true, text: true, start: true, end: true, normalized: true },
    }),
    loadCoverageClaims(db, workspace.id),
  ]);
  const claimGroups: ReportClaimGroup[] = groups
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label))
    .map((g) => {
      const judgement = judgeGroup(g, requiredAgreement);
      const groupVerdict = standingOf(judgement.group);
      return {
        id: g.id,
        label: headingOf(firstClaim(g.members), g.label),
        claims: g.members
          .map((m) => m.claim)
          .sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start)
          .map((c) => ({ id: c.id, articleId: c.articleId, text: c.text, start: c.start, end: c.end })),
        discrepancies: g.discrepancies.map(
          (d): ReportDiscrepancy => ({
            kind: d.kind as ReportDiscrepancy["kind"],
            severity: d.severity as ReportDiscrepancy["severity"],
            values: discrepancyValues.parse(JSON.parse(d.values)),
            explanation: d.explanation,
            dismissed: d.dismissed,
            key: d.key,
            verdict: nullableVerdict(verdictCovering(d.key, judgement, groupVerdict)),
          }),
        ),
        verdict: nullableVerdict(groupVerdict),
        verdictHistory: judgement.verdicts.map(toVerdict),
      };
    });
  return {
    schema: "crosscheck.report.v1",
    generatedAt: now.toISOString(),
    workspace: { id: workspace.id, name: workspace.name },
    articles,
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type as "person" | "place" | "organization",
      canonical: e.canonical,
      mentions: e.mentions.map((m) => ({
        articleId: m.articleId,
        ...(m.claimId ? { claimId: m.claimId } : {}),
        text: m.text,
        start: m.start,
        end: m.end,
      })),
    })),
    nameVariants: entities.flatMap((e) => {
      const forms = new Map<string, { text: string; articleIds: Set<string>; count: number }>();
      for (const m of e.mentions) {
        const form = forms.get(m.text) ?? { text: m.text, articleIds: new Set<string>(), count: 0 };
        form.count++;
        form.articleIds.add(m.articleId);
        forms.set(m.text, form);
      }
      return forms.size > 1
        ? [{ entityId: e.id, forms: [...forms.values()].map((f) => ({ text: f.text, articleIds: [...f.articleIds], count: f.count })) }]
        : [];
    }),
    claimGroups,
    mentions: mentions.map((m) => ({
      articleId: m.articleId,
      ...(m.claimId ? { claimId: m.claimId } : {}),
      type: m.type as "date" | "number" | "person" | "place" | "organization",
      text: m.text,
      start: m.start,
      end: m.end,
      normalized: JSON.parse(m.normalized) as unknown,
    })),
    coverage: buildCoverage({ articles, groups: claimGroups, claims }),
  };
}
