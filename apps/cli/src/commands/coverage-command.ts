import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { buildWorkspaceReport, findWorkspaceBySlug } from "@crosscheck/api/services";
import { COVERAGE_FORMATS, isCoverageFormat, renderCoverage } from "@crosscheck/report";
import { withDb } from "./with-db.ts";

interface CoverageOptions {
  workspace: string;
  format: string;
  out?: string;
}

export function registerCoverageCommand(program: Command): void {
  program
    .command("coverage")
    .description("fact by fact, which outlet states, leaves out or says differently each fact; each outlet's omissions and unique claims")
    .requiredOption("-w, --workspace <slug>", "the workspace")
    .option("-f, --format <format>", `one of ${COVERAGE_FORMATS.join(", ")}`, "json")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .action(async (options: CoverageOptions) => {
      if (!isCoverageFormat(options.format))
        throw new Error(`unknown format "${options.format}"; use one of ${COVERAGE_FORMATS.join(", ")}`);
      const format = options.format;
      // the report carries the coverage, computed by the same function as the workbench's view
      const report = await withDb(async (db) => buildWorkspaceReport(db, await findWorkspaceBySlug(db, options.workspace)));
      if (!report.coverage) throw new Error("the report has no coverage");
      const rendered = renderCoverage(report.coverage, format, {
        generatedAt: report.generatedAt,
        ...(report.workspace ? { workspace: report.workspace } : {}),
      });
      if (options.out) {
        await writeFile(options.out, rendered.body);
        process.stderr.write(`wrote ${options.out} (${rendered.contentType})\n`);
      } else process.stdout.write(rendered.body);
    });
}
