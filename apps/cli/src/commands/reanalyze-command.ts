import type { Command } from "commander";
import { ensureLocalReviewer, findWorkspaceBySlug, runAnalysis } from "@crosscheck/api/services";
import { withDb } from "./with-db.ts";

/**
 * Re-runs the analysis of a stored workspace, replaying reviewers' decisions: after an analysis
 * was interrupted (the stored result is then the previous complete one), or after the engine changed.
 */
export function registerReanalyzeCommand(program: Command): void {
  program
    .command("reanalyze")
    .description("re-run the analysis of a workspace's articles (reviewers' decisions are kept)")
    .requiredOption("-w, --workspace <slug>", "the workspace to analyse")
    .action(async (options: { workspace: string }) => {
      await withDb(async (db) => {
        const workspace = await findWorkspaceBySlug(db, options.workspace);
        const reviewer = await ensureLocalReviewer(db);
        const result = await runAnalysis(db, workspace.id, reviewer.id, (e) => {
          process.stderr.write(`analysis: ${e.stage} ${e.done}/${e.total}\n`);
        });
        process.stdout.write(
          `analysed ${result.articles} articles: ${result.claims} claims, ${result.entities} entities, ${result.groups} claim groups, ${result.discrepancies} discrepancies\n`,
        );
      });
    });
}
