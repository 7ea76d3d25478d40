// This engine against another checkout of it, in one process, runs interleaved (ABBA): on a shared
// host the neighbours' load then falls on both alike, where separate processes minutes apart
// measure the neighbours as much as the code. Reports CPU time (user + system) per run.
// Usage: node --expose-gc --max-old-space-size=6000 --import tsx/esm bench/speed-ab.ts <other packages/analysis dir> [articles=1000] [rounds=2]
// (a checkout of the previous commit: mkdir /tmp/base && git archive HEAD packages/analysis | tar -x -C /tmp/base,
// then link /tmp/base/packages/analysis/node_modules to this package's node_modules)
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analyze } from "../src/analyze.ts";
import { generateCorpus, loadSeedSentences } from "./corpus-generate.ts";

const otherDir = process.argv[2];
if (!otherDir) throw new Error("usage: speed-ab.ts <other packages/analysis dir> [articles] [rounds]");
const size = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 2);
const other = (await import(pathToFileURL(resolve(otherDir, "src/analyze.ts")).href)) as { analyze: typeof analyze };
const engines = { other: other.analyze, this: analyze };
const corpus = generateCorpus(size, loadSeedSentences(join(import.meta.dirname, "..", "..", "..", "seeds")));
for (const run of Object.values(engines)) run(corpus.slice(0, 2)); // models and vectors loaded outside the timing

const cpu: Record<keyof typeof engines, number[]> = { other: [], this: [] };
const groups: Record<keyof typeof engines, number> = { other: 0, this: 0 };
for (let round = 0; round < rounds; round++) {
  for (const name of ["other", "this", "this", "other"] as const) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.cpuUsage();
    groups[name] = engines[name](corpus).groups.length;
    const used = process.cpuUsage(start);
    cpu[name].push(Math.round((used.user + used.system) / 1000));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (const name of ["other", "this"] as const) {
  console.log(JSON.stringify({ engine: name, articles: size, groups: groups[name], cpuMedianMs: median(cpu[name]), cpuMs: cpu[name] }));
}
