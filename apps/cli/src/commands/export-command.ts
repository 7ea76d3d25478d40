import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { buildWorkspaceReport, findWorkspaceBySlug } from "@crosscheck/api/services";
import { renderReport, REPORT_FORMATS, type ReportFilter } from "@crosscheck/report";
import { withDb } from "./with-db.ts";

interface ExportOptions {
  workspace: string;
  format: string;
  out?: string;
  scope: string;
  kind: string[];
  severity: string[];
  article: string[];
  siteUrl: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export a workspace's discrepancy report, with verdicts and notes")
    .requiredOption("-w, --workspace <slug>", "the workspace")
    .option("-f, --format <format>", `one of ${REPORT_FORMATS.join(", ")}`, "json")
    .option("-o, --out <file>", "write to this file instead of standard output (required for pdf)")
    .option("--scope <scope>", "all, discrepancies or reviewed", "all")
    .option("--kind <kind>", "only this discrepancy kind (repeatable)", collect, [])
    .option("--severity <severity>", "only this severity (repeatable)", collect, [])
    .option("--article <id>", "only groups with a claim from this article (repeatable)", collect, [])
    .option("--site-url <url>", "where the workbench is served, for ClaimReview urls", "http://localhost:3000")
    .action(async (options: ExportOptions) => {
      const format = options.format as (typeof REPORT_FORMATS)[number];
      if (!REPORT_FORMATS.includes(format)) throw new Error(`unknown format "${options.format}"; use one of ${REPORT_FORMATS.join(", ")}`);
      if (!["all", "discrepancies", "reviewed"].includes(options.scope))
        throw new Error(`unknown scope "${options.scope}"; use all, discrepancies or reviewed`);
      if (format === "pdf" && !options.out) throw new Error("a PDF goes to a file: add --out report.pdf");
      const filter = {
        scope: options.scope,
        ...(options.kind.length ? { kinds: options.kind } : {}),
        ...(options.severity.length ? { severities: options.severity } : {}),
        ...(options.article.length ? { articleIds: options.article } : {}),
      } as ReportFilter;
      const report = await withDb(async (db) => buildWorkspaceReport(db, await findWorkspaceBySlug(db, options.workspace)));
      const rendered = await renderReport(report, format, {
        filter,
        claimReview: { siteUrl: `${options.siteUrl.replace(/\/$/, "")}/w/${options.workspace}`, author: { name: "Crosscheck" } },
      });
      if (options.out) {
        await writeFile(options.out, rendered.body);
        process.stderr.write(`wrote ${options.out} (${rendered.contentType})\n`);
      } else process.stdout.write(rendered.body);
    });
}
