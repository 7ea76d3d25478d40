import { renderCoverageHtml } from "./coverage/render-coverage-html.ts";
import { describeVerdictChange } from "./describe-verdict-state.ts";
import type { DiffPart } from "@crosscheck/analysis";
import { escapeHtml } from "./escape-html.ts";
import { highlightGroupClaims } from "./highlight-group-claims.ts";
import { capitalizeLabel, describeSource, formatDate, indexArticles } from "./report-lookups.ts";
import { REPORT_CSS } from "./report-styles.ts";
import type { Report, ReportArticle, ReportClaimGroup, ReportVerdict } from "./report-types.ts";
import { summarizeReport } from "./summarize-report.ts";

// No script may run and nothing may load, even if some text slipped past escaping.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function renderPart(p: DiffPart): string {
  const text = escapeHtml(p.value);
  const cls = p.op === "equal" ? "" : ` class="diff"`;
  if (p.marked) return `<mark${cls}>${text}</mark>`;
  return cls ? `<span${cls}>${text}</span>` : text;
}

function renderSummary(report: Report): string {
  const s = summarizeReport(report);
  const counts = (rows: [string, number][]) => rows.map(([k, n]) => `${escapeHtml(k)} ${n}`).join(", ") || "none";
  const articles = report.articles
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.outlet ?? "—")}</td><td>${escapeHtml(formatDate(a.publishedAt))}</td><td>${escapeHtml(a.title)}</td><td>${escapeHtml(a.sourceName)}</td></tr>`,
    )
    .join("\n");
  const verdicts: [string, number][] = [
    ...s.byVerdict,
    ...(s.unreviewedCount ? [["not reviewed", s.unreviewedCount] as [string, number]] : []),
  ];
  return `<section class="summary"><h2>Summary</h2>
<ul class="counts"><li><strong>${s.articleCount}</strong> articles</li><li><strong>${s.groupCount}</strong> claim groups</li><li><strong>${s.discrepancyCount}</strong> discrepancies${s.dismissedCount ? ` (${s.dismissedCount} dismissed)` : ""}</li></ul>
<table><thead><tr><th>Outlet</th><th>Published</th><th>Title</th><th>Source</th></tr></thead><tbody>
${articles}
</tbody></table>
<ul class="counts"><li>By kind: ${counts(s.byKind)}</li><li>By severity: ${counts(s.bySeverity)}</li><li>Verdicts: ${counts(verdicts)}</li></ul>
<p class="legend"><mark>Bold on yellow</mark>: a discrepancy value. <span class="diff">Blue</span>: words the other source lacks (compared with the first source of the group).</p>
</section>`;
}

const changeNotice = (v: ReportVerdict) => {
  const change = describeVerdictChange(v);
  return change ? `<p class="changed">${escapeHtml(change)}</p>` : "";
};

/** A discrepancy's own verdict, given on it alone (the group's verdict is shown once, below). */
const ownVerdict = (v: ReportVerdict | null | undefined) =>
  v?.discrepancyKey
    ? ` <span class="own-verdict">Verdict: ${escapeHtml(capitalizeLabel(v.label))} — ${escapeHtml(v.reviewer)}${v.state === "changed" ? " (changed since, awaiting re-check)" : ""}</span>`
    : "";

function renderGroup(group: ReportClaimGroup, articles: Map<string, ReportArticle>): string {
  const claims = highlightGroupClaims(group)
    .map((c) => {
      const a = articles.get(c.articleId);
      return `<figure class="claim"><figcaption>${escapeHtml(describeSource(a))} · ${escapeHtml(formatDate(a?.publishedAt))}</figcaption><blockquote>${c.parts.map(renderPart).join("")}</blockquote></figure>`;
    })
    .join("\n");
  const discrepancies = group.discrepancies.length
    ? `<ul class="discrepancies">${group.discrepancies
        .map(
          (d) =>
            `<li class="${d.dismissed ? "dismissed" : ""}"><span class="tag severity-${escapeHtml(d.severity)}">${escapeHtml(d.kind)} · ${escapeHtml(d.severity)}${d.dismissed ? " · dismissed" : ""}</span>: ${escapeHtml(d.explanation)}${ownVerdict(d.verdict)}</li>`,
        )
        .join("\n")}</ul>`
    : `<p class="meta">No discrepancies found.</p>`;
  const v = group.verdict;
  const verdict = v
    ? `<div class="verdict verdict-${escapeHtml(v.label)}"><strong>Verdict: ${escapeHtml(capitalizeLabel(v.label))}</strong> <span class="reviewer">— ${escapeHtml(v.reviewer)}, ${escapeHtml(formatDate(v.decidedAt))}</span>${v.note ? `<p class="note">${escapeHtml(v.note)}</p>` : ""}${changeNotice(v)}</div>`
    : `<p class="meta">Not reviewed yet.</p>`;
  return `<article class="group" id="group-${escapeHtml(group.id)}"><h3>${escapeHtml(group.label || group.id)}</h3>
<div class="claims">
${claims}
</div>
${discrepancies}
${verdict}
</article>`;
}

/** A self-contained printable page: no scripts, no external assets, every piece of article text escaped. */
export function renderHtmlReport(report: Report): string {
  const articles = indexArticles(report);
  const title = report.workspace ? `Crosscheck report: ${report.workspace.name}` : "Crosscheck report";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="meta">Generated ${escapeHtml(report.generatedAt)}</p></header>
${renderSummary(report)}
<section class="groups"><h2>Claim groups</h2>
${report.claimGroups.map((g) => renderGroup(g, articles)).join("\n")}
</section>
${report.coverage ? renderCoverageHtml(report.coverage) : ""}
</body>
</html>
`;
}
