import { escapeMarkdown } from "./escape-markdown.ts";
import { renderCoverageMarkdown } from "./coverage/render-coverage-markdown.ts";
import { describeVerdictChange } from "./describe-verdict-state.ts";
import { capitalizeLabel, describeSource, findValueSpans, formatDate, indexArticles, splitAtSpans } from "./report-lookups.ts";
import type { Report, ReportArticle, ReportClaimGroup } from "./report-types.ts";
import { summarizeReport } from "./summarize-report.ts";

/** One line of a table cell: newlines would end the row. */
function escapeCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*\r?\n\s*/g, " "));
}

/**
 * Bold markers must hug non-space text or CommonMark ignores them, so white space at a value's
 * edges is moved outside the `**`.
 */
function emphasise(value: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(value);
  const [, lead = "", core = "", trail = ""] = match ?? [];
  return core ? `${lead}**${escapeMarkdown(core)}**${trail}` : value;
}

function quoteClaim(group: ReportClaimGroup, claim: ReportClaimGroup["claims"][number]): string {
  const body = splitAtSpans(claim.text, findValueSpans(group, claim.id))
    .map((p) => (p.marked ? emphasise(p.value) : escapeMarkdown(p.value)))
    .join("");
  return body
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : ">"))
    .join("\n");
}

function renderSummary(report: Report): string[] {
  const s = summarizeReport(report);
  const lines = [
    "## Summary",
    "",
    `${s.articleCount} articles compared, ${s.groupCount} claim groups, ${s.discrepancyCount} discrepancies` +
      (s.dismissedCount ? ` (${s.dismissedCount} dismissed)` : "") +
      ".",
    "",
  ];
  lines.push("| Source | Outlet | Published | Title |", "| --- | --- | --- | --- |");
  for (const a of report.articles) {
    lines.push(`| ${escapeCell(a.sourceName)} | ${escapeCell(a.outlet ?? "—")} | ${formatDate(a.publishedAt)} | ${escapeCell(a.title)} |`);
  }
  const list = (title: string, rows: [string, number][]) =>
    rows.length ? ["", `**${title}:** ${rows.map(([k, n]) => `${escapeMarkdown(k)} ${n}`).join(", ")}`] : [];
  lines.push(...list("Discrepancies by kind", s.byKind), ...list("Discrepancies by severity", s.bySeverity));
  lines.push(
    ...list("Verdicts", [...s.byVerdict, ...(s.unreviewedCount ? [["not reviewed", s.unreviewedCount] as [string, number]] : [])]),
  );
  return lines;
}

function renderGroup(group: ReportClaimGroup, articles: Map<string, ReportArticle>): string[] {
  const lines = [`### ${escapeMarkdown(group.label || group.id)}`, ""];
  for (const claim of group.claims) {
    const article = articles.get(claim.articleId);
    lines.push(`*${escapeMarkdown(describeSource(article))} · ${formatDate(article?.publishedAt)}*`, "", quoteClaim(group, claim), "");
  }
  if (group.discrepancies.length === 0) lines.push("No discrepancies found.", "");
  for (const d of group.discrepancies) {
    const tag = `**${escapeMarkdown(d.kind)}** (${d.severity}${d.dismissed ? ", dismissed" : ""})`;
    const own =
      d.verdict && d.verdict.discrepancyKey
        ? ` — verdict: ${capitalizeLabel(d.verdict.label)} (${escapeMarkdown(d.verdict.reviewer)}${d.verdict.state === "changed" ? ", changed since" : ""})`
        : "";
    lines.push(`- ${tag}: ${escapeMarkdown(d.explanation.replace(/\s*\r?\n\s*/g, " "))}${own}`);
  }
  if (group.discrepancies.length) lines.push("");
  if (group.verdict) {
    const v = group.verdict;
    lines.push(`**Verdict: ${capitalizeLabel(v.label)}** — ${escapeMarkdown(v.reviewer)}, ${formatDate(v.decidedAt)}`, "");
    const change = describeVerdictChange(v);
    if (change) lines.push(`> ⚠ ${escapeMarkdown(change)}`, "");
    // two trailing spaces are a hard line break: the note keeps its lines without becoming a quote
    if (v.note.trim()) lines.push(v.note.split(/\r?\n/).map(escapeMarkdown).join("  \n"), "");
  } else {
    lines.push("*Not reviewed yet.*", "");
  }
  return lines;
}

/** The report for an editor to read: a summary, then each claim group with its sources side by side. */
export function renderMarkdownReport(report: Report): string {
  const articles = indexArticles(report);
  const title = report.workspace ? `Crosscheck report: ${escapeMarkdown(report.workspace.name)}` : "Crosscheck report";
  const lines = [
    `# ${title}`,
    "",
    `Generated ${escapeMarkdown(report.generatedAt)}.`,
    "",
    ...renderSummary(report),
    "",
    "## Claim groups",
    "",
  ];
  for (const group of report.claimGroups) lines.push(...renderGroup(group, articles));
  if (report.coverage) lines.push("", "## Coverage", "", ...renderCoverageMarkdown(report.coverage));
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

export { escapeMarkdown };
