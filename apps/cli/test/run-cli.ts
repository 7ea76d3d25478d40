import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
export const repoRoot = join(import.meta.dirname, "..", "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `crosscheck` command as a user would, against the given database. */
export async function runCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  const child = execFileAsync(process.execPath, ["--import", "tsx/esm", join(repoRoot, "apps/cli/src/main.ts"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

export function tempSqliteUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), "crosscheck-cli-")), "cli.db")}`;
}
