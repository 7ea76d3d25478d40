import { escapeHtml } from "../escape-html.ts";
import type { CoverageFact, ReportCoverage } from "./coverage-types.ts";
import { countFacts, COVERAGE_EXPLANATION, describeChanges, describeFirstReport } from "./describe-coverage.ts";

const td = (text: string | number, className = "") => `<td${className ? ` class="${className}"` : ""}>${escapeHtml(String(text))}</td>`;
const th = (names: string[]) => `<thead><tr>${names.map((n) => `<th scope="col">${escapeHtml(n)}</th>`).join("")}</tr></thead>`;

function differing(fact: CoverageFact): string {
  const cells = fact.cells.filter((c) => c.state === "differs");
  if (cells.length === 0) return "—";
  return cells
    .map(
      (c) =>
        `<span class="severity-${escapeHtml(c.severity ?? "")}">${escapeHtml(`${c.outlet} (${c.severity ?? "?"}: ${c.kinds.join(", ")})`)}</span>`,
    )
    .join(", ");
}

function absent(fact: CoverageFact): string {
  return escapeHtml(
    fact.cells
      .filter((c) => c.state === "absent")
      .map((c) => c.outlet)
      .join(", ") || "—",
  );
}

/** The coverage section of the printable report: the same tables as the Markdown, every text escaped. */
export function renderCoverageHtml(coverage: ReportCoverage): string {
  const outlets = coverage.outlets
    .map(
      (o) =>
        `<tr>${td(o.name)}${[o.articleIds.length, o.stated, o.agreeing, o.differing, o.notStated, o.omitted, o.unique, o.firstReports].map((n) => td(n)).join("")}</tr>`,
    )
    .join("\n");
  const facts = coverage.facts
    .map(
      (f) =>
        `<tr>${td(f.label)}${td(`${f.statedBy} of ${coverage.outlets.length}`)}<td>${differing(f)}</td><td>${absent(f)}</td>${td(describeFirstReport(f))}${td(describeChanges(f))}</tr>`,
    )
    .join("\n");
  const omissions = coverage.omissions
    .map((m) => `<tr>${td(m.outlet)}${td(m.label)}${td(`${m.statedBy} of ${m.outletCount}`)}</tr>`)
    .join("\n");
  const unique = coverage.outlets
    .map((o) => {
      const own = coverage.uniqueClaims.filter((u) => u.outlet === o.name);
      return own.length
        ? `<h4>${escapeHtml(o.name)} (${own.length})</h4>\n<ul>${own.map((u) => `<li>${escapeHtml(u.text)}</li>`).join("\n")}</ul>`
        : "";
    })
    .join("\n");
  return `<section class="coverage" id="coverage"><h2>Coverage</h2>
<p class="meta">${escapeHtml(countFacts(coverage))}. ${escapeHtml(COVERAGE_EXPLANATION)}</p>
<h3>Coverage by outlet</h3>
<table>${th(["Outlet", "Articles", "Stated", "Agreeing", "Differing", "Not stated", "Omitted", "Unique", "First to report"])}<tbody>
${outlets}
</tbody></table>
<h3>Coverage by fact</h3>
${coverage.facts.length ? `<table>${th(["Fact", "Stated by", "Stated differently by", "Not stated by", "First reported", "Value changed later"])}<tbody>\n${facts}\n</tbody></table>` : `<p class="meta">No claim groups.</p>`}
<h3>Omissions</h3>
${coverage.omissions.length ? `<table>${th(["Outlet", "Leaves out", "Stated by"])}<tbody>\n${omissions}\n</tbody></table>` : `<p class="meta">No outlet leaves out a fact most outlets state.</p>`}
<h3>Unique claims</h3>
${unique || `<p class="meta">No outlet states anything the others do not.</p>`}
</section>`;
}
