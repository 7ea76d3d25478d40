// Lists the gold pairs clusterNames splits and the pairs it wrongly joins: `node --import tsx/esm bench/names-errors.ts [path]`
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { clusterNames } from "../src/names/cluster-names.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const path = process.argv[2] ?? resolve(repoRoot, "../shared/eval-dev/names/ofac-dev.tsv");
const rows = readFileSync(path, "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => l.split("\t"));
const names = rows.map((r) => r[1] as string);
const gold = rows.map((r) => r[0] as string);
const clusters = clusterNames(names.map((text) => ({ text, type: "person" })));
const pred = new Array<number>(names.length);
clusters.forEach((c, k) => c.forEach((i) => (pred[i] = k)));

const byGold = new Map<string, number[]>();
gold.forEach((g, i) => byGold.set(g, [...(byGold.get(g) ?? []), i]));
console.log("## split gold clusters");
for (const [g, members] of byGold) {
  const parts = new Map<number, string[]>();
  for (const i of members) parts.set(pred[i] as number, [...(parts.get(pred[i] as number) ?? []), names[i] as string]);
  if (parts.size > 1) console.log(g, [...parts.values()].map((p) => p.join(" / ")).join("  ||  "));
}
console.log("## mixed predicted clusters");
for (const c of clusters) {
  const gs = new Set(c.map((i) => gold[i]));
  if (gs.size > 1) console.log(c.map((i) => `${names[i]} [${gold[i]}]`).join(" / "));
}
