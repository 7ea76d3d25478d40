// A corpus of copies: N copies of one seed article (the 2025 Minsk summit) beside two other reports
// of the same event. Before copies were collapsed, every word of the story was past the candidate
// index's frequency cut-off and the copies formed no claim group at all.
// Usage: node --import tsx/esm bench/duplicates-bench.ts [copies=300] [repeats=3]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze.ts";
import type { ArticleInput } from "../src/types.ts";

const copies = Number(process.argv[2] ?? 300);
const repeats = Number(process.argv[3] ?? 3);
const seeds = join(import.meta.dirname, "..", "..", "..", "seeds");
const read = (prefix: string): ArticleInput => {
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  return { id: prefix, text: readFileSync(join(seeds, file), "utf8") };
};
const summit = read("002");
const corpus = [...Array.from({ length: copies }, (_, i) => ({ ...summit, id: `copy-${i}` })), read("003"), read("004")];
analyze(corpus.slice(-2)); // load the word vectors and models once, outside the timing
const times: number[] = [];
const cpuTimes: number[] = [];
let result = analyze([]);
for (let r = 0; r < repeats; r++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  result = analyze(corpus);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const articleOf = new Map(result.claims.map((c) => [c.id, c.articleId]));
const withCopy = result.groups.filter((g) => g.claimIds.some((id) => articleOf.get(id)?.startsWith("copy-"))).length;
console.log(
  JSON.stringify({
    copies,
    claims: result.claims.length,
    groups: result.groups.length,
    groupsWithACopy: withCopy,
    duplicates: result.duplicates?.length ?? 0,
    medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    cpuMedianMs: Math.round(cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0),
    runs: repeats,
  }),
);
