// Every benchmark of the analysis package, one after another.
// Usage: node --import tsx/esm bench/run-all.ts [--sizes 10,100,1000]
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const sizes = process.argv.includes("--sizes") ? ["--sizes", process.argv[process.argv.indexOf("--sizes") + 1] ?? "10,100,1000"] : [];
for (const [title, script, args] of [
  ["Names (OFAC dev)", "names-bench.ts", []],
  ["Alignment (ECB+ dev)", "ecb-bench.ts", []],
  ["Speed", "speed-bench.ts", sizes],
] as const) {
  console.log(`\n## ${title}\n`);
  console.log(
    execFileSync(process.execPath, ["--import", "tsx/esm", join(import.meta.dirname, script), ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    }),
  );
}
