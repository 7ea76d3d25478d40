import type { AnalysisResult } from "@crosscheck/analysis";
import { buildCoverage } from "./coverage/build-coverage.ts";
import type { Report, ReportArticle, ReportClaimGroup, ReportMention } from "./report-types.ts";

/** The report of a fresh analysis (the CLI's `analyze`): no verdicts yet. */
export function buildReportFromAnalysis(
  articles: ReportArticle[],
  result: AnalysisResult,
  options: { generatedAt?: Date; workspace?: { id: string; name: string } } = {},
): Report {
  const claimById = new Map(result.claims.map((c) => [c.id, c]));
  const mentionById = new Map(result.mentions.map((m) => [m.id, m]));
  const claimGroups: ReportClaimGroup[] = result.groups.map((g) => ({
    id: g.id,
    label: g.label,
    claims: g.claimIds.flatMap((id) => {
      const c = claimById.get(id);
      return c ? [{ id: c.id, articleId: c.articleId, text: c.text, start: c.start, end: c.end }] : [];
    }),
    discrepancies: g.discrepancies.map((d) => ({ kind: d.kind, severity: d.severity, values: d.values, explanation: d.explanation })),
    verdict: null,
  }));
  const mentions: ReportMention[] = result.mentions.map((m) => ({
    articleId: m.articleId,
    ...(m.claimId ? { claimId: m.claimId } : {}),
    type: m.type,
    text: m.text,
    start: m.start,
    end: m.end,
    normalized: m.normalized,
  }));
  return {
    schema: "crosscheck.report.v1",
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    ...(options.workspace ? { workspace: options.workspace } : {}),
    articles,
    entities: result.entities.map((e) => ({
      id: e.id,
      type: e.type,
      canonical: e.canonical,
      mentions: e.mentionIds.flatMap((id) => {
        const m = mentionById.get(id);
        return m
          ? [{ articleId: m.articleId, ...(m.claimId ? { claimId: m.claimId } : {}), text: m.text, start: m.start, end: m.end }]
          : [];
      }),
    })),
    nameVariants: result.entities.filter((e) => e.forms.length > 1).map((e) => ({ entityId: e.id, forms: e.forms })),
    claimGroups,
    mentions,
    // a copy's repeated claims are left out of the groups: say which copies there were and of what
    ...(result.duplicates ? { duplicates: result.duplicates } : {}),
    coverage: buildCoverage({ articles, groups: claimGroups, claims: result.claims }),
  };
}
