// Speed of the whole engine on synthetic corpora of ~600-word articles.
// Usage: node --import tsx/esm bench/speed-bench.ts [--sizes 10,100,1000,5000] [--json]
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const sizesArg = process.argv.indexOf("--sizes");
const sizes = (sizesArg > 0 ? (process.argv[sizesArg + 1] ?? "") : "10,100,1000,5000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const rows: {
  articles: number;
  words: number;
  claims: number;
  groups: number;
  medianMs: number;
  runs: number;
  heapMb: number;
  peakRssMb: number;
}[] = [];
for (const size of sizes) {
  const repeats = size <= 100 ? 5 : size <= 1000 ? 3 : 1;
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx/esm", join(import.meta.dirname, "speed-run-one.ts"), String(size), String(repeats)],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  rows.push(JSON.parse(out.trim().split("\n").at(-1) ?? "{}"));
  process.stderr.write(`${size} articles done\n`);
}

/** Least-squares slope of log(time) against log(size): 1 is linear growth, 2 quadratic. */
function growthExponent(points: { articles: number; medianMs: number }[]): number {
  const xs = points.map((p) => Math.log(p.articles));
  const ys = points.map((p) => Math.log(Math.max(1, p.medianMs)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den ? num / den : NaN;
}

const large = rows.filter((r) => r.articles >= 100);
const exponent = growthExponent(large.length >= 2 ? large : rows);
if (process.argv.includes("--json")) console.log(JSON.stringify({ rows, exponent }));
else {
  console.log("| articles | words | claims | groups | median time | runs | heap after run | peak RSS |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.articles} | ${r.words} | ${r.claims} | ${r.groups} | ${(r.medianMs / 1000).toFixed(2)} s | ${r.runs} | ${r.heapMb} MB | ${r.peakRssMb} MB |`,
    );
  console.log(`\ngrowth exponent (log time vs log articles, sizes ≥ 100): ${exponent.toFixed(2)}`);
}
