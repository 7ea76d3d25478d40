import type { Command } from "commander";
import { ensureLocalReviewer, ensureWorkspace, importSources, readImportSource, runAnalysis } from "@crosscheck/api/services";
import { readSources, type SourceOutcome } from "@crosscheck/ingest";
import { withDb } from "./with-db.ts";

interface ImportOptions {
  workspace: string;
  name?: string;
  analyze: boolean;
}

const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

/** Files and folders are read from disk; URLs are fetched through the same checks as the web UI's. */
async function readInputs(inputs: string[]): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = [];
  for (const input of inputs) {
    if (!isUrl(input)) {
      outcomes.push(...(await readSources([input])));
      continue;
    }
    process.stderr.write(`fetching ${input}\n`);
    const read = await readImportSource({ kind: "url", url: input });
    outcomes.push(
      read.ok ? { ok: true, draft: read.parsed.draft, encoding: { name: read.parsed.encoding, basis: read.parsed.encodingBasis } } : read,
    );
  }
  // text that was not UTF-8 is read only on a declared charset or a confident detection: say which
  for (const outcome of outcomes) {
    if (outcome.ok && outcome.encoding && outcome.encoding.name !== "UTF-8") {
      process.stderr.write(`converted ${outcome.draft.sourceName}: from ${outcome.encoding.name} (${outcome.encoding.basis})\n`);
    }
  }
  return outcomes;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import articles (text, Markdown or saved web pages, folders of them, or URLs) into a workspace")
    .argument("<paths...>", "files, folders or http(s) URLs; a manifest.json beside the files supplies their metadata")
    .requiredOption("-w, --workspace <name>", "the workspace to import into (created if missing)")
    .option("--name <display name>", "the workspace's display name")
    .option("--no-analyze", "import only; do not re-run the analysis of the workspace")
    .action(async (paths: string[], options: ImportOptions) => {
      const outcomes = await readInputs(paths);
      const summary = await withDb(async (db) => {
        const workspace = await ensureWorkspace(db, options.workspace, options.name);
        const reviewer = await ensureLocalReviewer(db);
        const imported = await importSources(db, workspace.id, outcomes, reviewer.id, (done, total, sourceName) => {
          process.stderr.write(`[${done}/${total}] ${sourceName}\n`);
        });
        const analysed = await db.analysisRun.count({ where: { workspaceId: workspace.id, status: "done" } });
        // a re-import that adds nothing leaves a finished analysis as it is (idempotent starts)
        if (options.analyze && (imported.imported.length > 0 || analysed === 0)) {
          const result = await runAnalysis(db, workspace.id, reviewer.id, (e) => {
            if (e.done === e.total) process.stderr.write(`analysis: ${e.stage} ${e.done}/${e.total}\n`);
          });
          process.stdout.write(
            `analysed ${result.articles} articles: ${result.claims} claims, ${result.entities} entities, ${result.groups} claim groups, ${result.discrepancies} discrepancies\n`,
          );
        }
        return imported;
      });
      for (const article of summary.imported) {
        process.stdout.write(`imported  ${article.sourceName}  "${article.title}"${article.previousVersionId ? " (a new version)" : ""}\n`);
      }
      for (const item of summary.duplicates) process.stdout.write(`duplicate ${item.reason}\n`);
      for (const item of summary.refused) process.stderr.write(`refused   ${item.reason}\n`);
      process.stdout.write(
        `${summary.imported.length} imported, ${summary.duplicates.length} already present, ${summary.refused.length} refused\n`,
      );
      if (summary.refused.length > 0) process.exitCode = 1;
    });
}
