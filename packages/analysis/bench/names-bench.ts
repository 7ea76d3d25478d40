// Name-variant clustering benchmark: `node --import tsx/esm bench/names-bench.ts [path.tsv] [--json]`
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { clusterNames } from "../src/names/cluster-names.ts";
import {
  labelByDoubleMetaphone,
  labelByFingerprint,
  labelByNearestLevenshtein,
  labelByNgramFingerprint,
  labelBySkeletonInitial,
} from "./names-baselines.ts";
import { labelClusters, scoreBcubed, scorePairwise, type Prf } from "./names-metrics.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const path = args.find((a) => !a.startsWith("--")) ?? resolve(repoRoot, "../shared/eval-dev/names/ofac-dev.tsv");

const rows = readFileSync(path, "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim().length > 0)
  .map((l) => l.split("\t"));
const gold = rows.map((r) => r[0] as string);
const names = rows.map((r) => r[1] as string);

interface Row {
  method: string;
  pairwise: Prf;
  bcubed: Prf;
  clusters: number;
  ms: number;
}

function measure(method: string, label: () => string[]): Row {
  const t0 = performance.now();
  const predicted = label();
  const ms = performance.now() - t0;
  return {
    method,
    pairwise: scorePairwise(gold, predicted),
    bcubed: scoreBcubed(gold, predicted),
    clusters: new Set(predicted).size,
    ms: Math.round(ms),
  };
}

const results = [
  measure("baseline: surname skeleton + first initial", () => labelBySkeletonInitial(names)),
  measure("OpenRefine key collision: fingerprint", () => labelByFingerprint(names)),
  measure("OpenRefine key collision: 2-gram fingerprint", () => labelByNgramFingerprint(names)),
  measure("key collision: Double Metaphone of the fingerprint", () => labelByDoubleMetaphone(names)),
  measure("OpenRefine nearest neighbour: Levenshtein r=1", () => labelByNearestLevenshtein(names, 1)),
  measure("OpenRefine nearest neighbour: Levenshtein r=2", () => labelByNearestLevenshtein(names, 2)),
  measure("clusterNames", () => labelClusters(clusterNames(names.map((text) => ({ text, type: "person" }))), names.length)),
];

if (asJson) {
  console.log(JSON.stringify({ dataset: path, names: names.length, people: new Set(gold).size, results }, null, 2));
} else {
  const f = (x: number): string => x.toFixed(3);
  console.log(`${path}: ${names.length} names, ${new Set(gold).size} people\n`);
  console.log("| method | pair P | pair R | pair F1 | B³ P | B³ R | B³ F1 | clusters | ms |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const { pairwise: p, bcubed: b } = r;
    console.log(
      `| ${r.method} | ${f(p.precision)} | ${f(p.recall)} | ${f(p.f1)} | ${f(b.precision)} | ${f(b.recall)} | ${f(b.f1)} | ${r.clusters} | ${r.ms} |`,
    );
  }
}
