import type { Db } from "@crosscheck/db";
import type { Report, ReportClaimGroup, ReportDiscrepancy, ReportVerdict, VerdictLabel } from "@crosscheck/report";
import { z } from "zod";
import { firstClaim } from "../group/first-claim.ts";
import { headingOf } from "../group/group-heading.ts";
import { severityRank } from "../group/severity-rank.ts";

const discrepancyValues = z.array(z.object({ claimId: z.string(), text: z.string(), start: z.number().optional(), end: z.number().optional(), normalized: z.unknown().optional() }));

function toVerdict(v: { label: string; note: string; createdAt: Date; reviewer: { name: string } }): ReportVerdict {
  return { label: v.label as VerdictLabel, note: v.note, reviewer: v.reviewer.name, decidedAt: v.createdAt.toISOString() };
}

/** The whole workspace as the report model every format is rendered from (verdicts included). */
export async function buildWorkspaceReport(db: Db, workspace: { id: string; name: string }, now = new Date()): Promise<Report> {
  const [articles, entities, groups, mentions] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: workspace.id, laterVersions: { none: {} } },
      orderBy: { sourceName: "asc" },
      select: { id: true, sourceName: true, title: true, outlet: true, author: true, url: true, publishedAt: true, text: true },
    }),
    db.entity.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { canonical: "asc" },
      select: { id: true, type: true, canonical: true, mentions: { orderBy: [{ articleId: "asc" }, { start: "asc" }], select: { articleId: true, claimId: true, text: true, start: true, end: true } } },
    }),
    db.claimGroup.findMany({
      where: { workspaceId: workspace.id },
      select: {
        id: true,
        label: true,
        severity: true,
        members: { select: { claim: { select: { id: true, articleId: true, text: true, start: true, end: true, article: { select: { sourceName: true } }, mentions: { where: { entityId: { not: null } }, select: { start: true, end: true, entity: { select: { canonical: true } } } } } } } },
        discrepancies: { select: { kind: true, severity: true, explanation: true, values: true, dismissed: true } },
        verdicts: { orderBy: { createdAt: "desc" }, select: { label: true, note: true, createdAt: true, retractedAt: true, reviewer: { select: { name: true } } } },
      },
    }),
    db.mention.findMany({
      where: { article: { workspaceId: workspace.id, laterVersions: { none: {} } } },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: { articleId: true, claimId: true, type: true, text: true, start: true, end: true, normalized: true },
    }),
  ]);
  const claimGroups: ReportClaimGroup[] = groups
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label))
    .map((g) => {
      const standing = g.verdicts.filter((v) => !v.retractedAt);
      return {
        id: g.id,
        label: headingOf(firstClaim(g.members), g.label),
        claims: g.members
          .map((m) => m.claim)
          .sort((a, b) => a.article.sourceName.localeCompare(b.article.sourceName) || a.start - b.start)
          .map((c) => ({ id: c.id, articleId: c.articleId, text: c.text, start: c.start, end: c.end })),
        discrepancies: g.discrepancies.map((d): ReportDiscrepancy => ({
          kind: d.kind as ReportDiscrepancy["kind"],
          severity: d.severity as ReportDiscrepancy["severity"],
          values: discrepancyValues.parse(JSON.parse(d.values)),
          explanation: d.explanation,
          dismissed: d.dismissed,
        })),
        verdict: standing[0] ? toVerdict(standing[0]) : null,
        verdictHistory: g.verdicts.map(toVerdict),
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
      mentions: e.mentions.map((m) => ({ articleId: m.articleId, ...(m.claimId ? { claimId: m.claimId } : {}), text: m.text, start: m.start, end: m.end })),
    })),
    nameVariants: entities.flatMap((e) => {
      const forms = new Map<string, { text: string; articleIds: Set<string>; count: number }>();
      for (const m of e.mentions) {
        const form = forms.get(m.text) ?? { text: m.text, articleIds: new Set<string>(), count: 0 };
        form.count++;
        form.articleIds.add(m.articleId);
        forms.set(m.text, form);
      }
      return forms.size > 1 ? [{ entityId: e.id, forms: [...forms.values()].map((f) => ({ text: f.text, articleIds: [...f.articleIds], count: f.count })) }] : [];
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
  };
}
