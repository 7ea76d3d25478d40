// One measurement in a fresh process, so peak memory belongs to this size alone.
// Usage: node --import tsx/esm bench/speed-run-one.ts <articles> [repeats]
import { join } from "node:path";
import { analyze } from "../src/analyze.ts";
import { generateCorpus, loadSeedSentences } from "./corpus-generate.ts";

const size = Number(process.argv[2] ?? 10);
const repeats = Number(process.argv[3] ?? 1);
const corpus = generateCorpus(size, loadSeedSentences(join(import.meta.dirname, "..", "..", "..", "seeds")));
const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
analyze(corpus.slice(0, 2)); // load the word vectors and models once, outside the timing
const times: number[] = [];
// CPU time of the process during each run: on a shared host wall time measures the neighbours too
const cpuTimes: number[] = [];
let claims = 0;
let groups = 0;
// heap in use right after a run, before it can be collected: close to the run's peak heap
let heapMb = 0;
for (let r = 0; r < repeats; r++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = analyze(corpus);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  heapMb = Math.max(heapMb, Math.round(process.memoryUsage().heapUsed / 2 ** 20));
  claims = result.claims.length;
  groups = result.groups.length;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0;
console.log(
  JSON.stringify({
    articles: size,
    words,
    claims,
    groups,
    medianMs: Math.round(median),
    cpuMedianMs: Math.round(cpuMedian),
    runs: repeats,
    heapMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
