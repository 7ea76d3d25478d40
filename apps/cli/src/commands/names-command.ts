import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { clusterNameLines } from "@crosscheck/analysis";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function registerNamesCommand(program: Command): void {
  program
    .command("names")
    .description("cluster name spellings, one name per line (FILE or standard input); prints one JSON line per cluster")
    .argument("[file]", "a text file of names, one per line; standard input when absent")
    .action(async (file: string | undefined) => {
      const text = file ? await readFile(file, "utf8") : await readStdin();
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length === 0) throw new Error("no names given: pass a file with one name per line, or pipe them in");
      for (const cluster of clusterNameLines(lines)) process.stdout.write(`${JSON.stringify(cluster)}\n`);
    });
}
