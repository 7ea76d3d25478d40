import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { analyze, type ArticleInput, type DuplicateArticle } from "@crosscheck/analysis";
import { readSources } from "@crosscheck/ingest";
import { buildReportFromAnalysis, renderJsonReport, type ReportArticle } from "@crosscheck/report";

/** Copies named on standard error; the report lists them all. */
const DUPLICATES_SHOWN = 10;

interface AnalyzeOptions {
  format: string;
  out?: string;
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command("analyze")
    .description("analyse articles and print the discrepancy report (crosscheck.report.v1), without a database")
    .argument("<paths...>", "files or folders; a manifest.json beside the files supplies their metadata")
    .option("-f, --format <format>", "report format: json", "json")
    .option("-o, --out <file>", "write the report to this file instead of standard output")
    .action(async (paths: string[], options: AnalyzeOptions) => {
      if (options.format !== "json")
        throw new Error(
          `unknown format "${options.format}"; analyze writes json (the other formats come from a workspace: crosscheck export)`,
        );
      const outcomes = await readSources(paths);
      const articles: ReportArticle[] = [];
      for (const outcome of outcomes) {
        if (!outcome.ok) {
          process.stderr.write(`refused   ${outcome.error.message}\n`);
          continue;
        }
        const { draft } = outcome;
        if (articles.some((a) => a.id === draft.sourceName)) {
          process.stderr.write(`refused   ${draft.sourceName}: another file of the same name is already in this run\n`);
          continue;
        }
        articles.push({
          id: draft.sourceName,
          sourceName: draft.sourceName,
          title: draft.title,
          outlet: draft.outlet,
          author: draft.author,
          url: draft.url,
          publishedAt: draft.publishedAt,
          text: draft.text,
        });
      }
      if (articles.length === 0) throw new Error("no article could be read; nothing to analyse");
      const inputs: ArticleInput[] = articles.map((a) => ({
        id: a.id,
        text: a.text,
        title: a.title,
        outlet: a.outlet,
        publishedAt: a.publishedAt,
      }));
      const result = analyze(inputs, {
        onProgress: (e) => {
          if (e.done === e.total) process.stderr.write(`${e.stage}: ${e.done}/${e.total}\n`);
        },
      });
      if (result.duplicates) process.stderr.write(describeDuplicates(result.duplicates));
      const json = renderJsonReport(buildReportFromAnalysis(articles, result));
      if (options.out) {
        await writeFile(options.out, json);
        process.stderr.write(
          `wrote ${options.out}: ${articles.length} articles, ${result.groups.length} claim groups, ${result.groups.reduce((n, g) => n + g.discrepancies.length, 0)} discrepancies\n`,
        );
      } else process.stdout.write(json);
      if (articles.length < outcomes.length) process.exitCode = 1;
    });
}

/** A warning: copies add nothing to compare, and their repeated claims are missing from the groups. */
function describeDuplicates(duplicates: DuplicateArticle[]): string {
  const lines = duplicates
    .slice(0, DUPLICATES_SHOWN)
    .map((d) => `  ${d.articleId} ${d.identical ? "is a copy of" : "is a near-identical copy of"} ${d.duplicateOf}\n`);
  const more =
    duplicates.length > DUPLICATES_SHOWN ? `  … and ${duplicates.length - DUPLICATES_SHOWN} more (see "duplicates" in the report)\n` : "";
  return `warning: ${duplicates.length} ${duplicates.length === 1 ? "article duplicates" : "articles duplicate"} another; only the original's claims are grouped:\n${lines.join("")}${more}`;
}
