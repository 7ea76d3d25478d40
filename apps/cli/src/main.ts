import { Command } from "commander";
import { registerAnalyzeCommand } from "./commands/analyze-command.ts";
import { registerCoverageCommand } from "./commands/coverage-command.ts";
import { registerExportCommand } from "./commands/export-command.ts";
import { registerImportCommand } from "./commands/import-command.ts";
import { registerNamesCommand } from "./commands/names-command.ts";
import { registerReanalyzeCommand } from "./commands/reanalyze-command.ts";
import { registerUserCommands } from "./commands/user-create-command.ts";

const program = new Command()
  .name("crosscheck")
  .description("Compare reports of the same events: import articles, analyse them, export discrepancy reports.")
  .showHelpAfterError();

registerImportCommand(program);
registerAnalyzeCommand(program);
registerReanalyzeCommand(program);
registerNamesCommand(program);
registerExportCommand(program);
registerCoverageCommand(program);
registerUserCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`crosscheck: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
