import { escapeMarkdown } from "../escape-markdown.ts";
import type { ReportCoverage } from "./coverage-types.ts";
import { countFacts, COVERAGE_EXPLANATION, describeChanges, describeFirstReport, outletsIn } from "./describe-coverage.ts";

/** One line of a table cell: a newline would end the row. */
const cell = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, " "));
const row = (cells: (string | number)[]) => `| ${cells.map((c) => (typeof c === "number" ? String(c) : cell(c))).join(" | ")} |`;
const header = (names: string[]) => [row(names), `| ${names.map(() => "---").join(" | ")} |`];

/**
 * The coverage as Markdown sections under a heading of the given level: per outlet, per fact,
 * omissions, unique claims. Every piece of article text is escaped.
 */
export function renderCoverageMarkdown(coverage: ReportCoverage, level = 2): string[] {
  const h = (n: number) => "#".repeat(level + n);
  const lines = [`${countFacts(coverage)}. ${COVERAGE_EXPLANATION}`, ""];
  lines.push(
    `${h(1)} Coverage by outlet`,
    "",
    ...header(["Outlet", "Articles", "Stated", "Agreeing", "Differing", "Not stated", "Omitted", "Unique", "First to report"]),
  );
  for (const o of coverage.outlets)
    lines.push(row([o.name, o.articleIds.length, o.stated, o.agreeing, o.differing, o.notStated, o.omitted, o.unique, o.firstReports]));
  lines.push("", `${h(1)} Coverage by fact`, "");
  if (coverage.facts.length === 0) lines.push("No claim groups.");
  else lines.push(...header(["Fact", "Stated by", "Stated differently by", "Not stated by", "First reported", "Value changed later"]));
  for (const f of coverage.facts) {
    lines.push(
      row([
        f.label,
        `${f.statedBy} of ${coverage.outlets.length}`,
        outletsIn(f, "differs"),
        outletsIn(f, "absent"),
        describeFirstReport(f),
        describeChanges(f),
      ]),
    );
  }
  lines.push("", `${h(1)} Omissions`, "");
  if (coverage.omissions.length === 0) lines.push("No outlet leaves out a fact most outlets state.");
  else lines.push(...header(["Outlet", "Leaves out", "Stated by"]));
  for (const m of coverage.omissions) lines.push(row([m.outlet, m.label, `${m.statedBy} of ${m.outletCount}`]));
  lines.push("", `${h(1)} Unique claims`, "");
  if (coverage.uniqueClaims.length === 0) lines.push("No outlet states anything the others do not.");
  for (const o of coverage.outlets) {
    const own = coverage.uniqueClaims.filter((u) => u.outlet === o.name);
    if (own.length === 0) continue;
    lines.push(`${h(2)} ${escapeMarkdown(o.name)} (${own.length})`, "", ...own.map((u) => `- ${cell(u.text)}`), "");
  }
  return lines;
}

/** The coverage on its own, as `crosscheck coverage --format md` prints it. */
export function renderCoverageDocument(coverage: ReportCoverage, options: { title?: string; generatedAt?: string } = {}): string {
  const lines = [
    `# ${escapeMarkdown(options.title ?? "Coverage")}`,
    "",
    ...(options.generatedAt ? [`Generated ${escapeMarkdown(options.generatedAt)}.`, ""] : []),
    ...renderCoverageMarkdown(coverage, 1),
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
