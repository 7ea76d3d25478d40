// ECB+ cross-document alignment benchmark (see /work/shared/eval-dev/README.md).
// Run: node --import tsx/esm bench/ecb-bench.ts [dir] [--json]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignClaims, DEFAULT_ALIGN_THRESHOLD } from "../src/align/align-claims.ts";
import { buildAlignInput } from "../src/align/build-align-input.ts";
import type { AlignInput } from "../src/align/align-types.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { findReferenceDate } from "../src/segment/find-reference-date.ts";
import { buildEntities } from "../src/entities/build-entities.ts";
import type { Claim, Entity, Mention } from "../src/types.ts";

interface Sentence {
  key: string;
  doc: string;
  text: string;
  chains: Set<string>;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  crossNegatives: number;
  crossMerged: number;
}

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const dir = args.find((a) => !a.startsWith("--")) ?? fileURLToPath(new URL("../../../../shared/eval-dev/ecbplus", import.meta.url));

function loadTopics(): Map<string, Sentence[]> {
  const sentences = new Map<string, Sentence>();
  const tokens = new Map<string, string[]>();
  for (const line of readFileSync(`${dir}/dev_text.txt`, "utf8").split("\n")) {
    const [doc, sent, , token] = line.split("\t");
    if (!doc || sent === undefined || token === undefined) continue;
    const key = `${doc}#${sent}`;
    if (!tokens.has(key)) tokens.set(key, []);
    tokens.get(key)?.push(token);
  }
  for (const [key, words] of tokens) {
    const doc = key.split("#")[0] ?? "";
    const text = words
      .join(" ")
      .replace(/ ([.,;:!?%)]|'s|n't)/g, "$1")
      .replace(/([($]) /g, "$1");
    sentences.set(key, { key, doc, text, chains: new Set() });
  }
  const mentions = JSON.parse(readFileSync(`${dir}/dev_event_gold_mentions.json`, "utf8")) as {
    doc_id: string;
    sent_id: string | number;
    coref_chain: string;
  }[];
  for (const m of mentions) sentences.get(`${m.doc_id}#${m.sent_id}`)?.chains.add(m.coref_chain);
  const topics = new Map<string, Sentence[]>();
  for (const s of sentences.values()) {
    const topic = s.doc.split("_")[0] ?? "";
    if (!topics.has(topic)) topics.set(topic, []);
    topics.get(topic)?.push(s);
  }
  return topics;
}

/**
 * The sentences as the product passes them: each document becomes an article whose claims are its
 * sentences, names are found and clustered into entities across the topic's documents, and each
 * claim goes to alignment through `buildAlignInput`, as in `analyze`.
 */
function toAlignInputs(sentences: Sentence[]): AlignInput[] {
  const byDoc = new Map<string, Sentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  for (const [doc, own] of byDoc) {
    let text = "";
    const docClaims: Claim[] = own.map((s, index) => {
      if (text) text += "\n";
      const start = text.length;
      text += s.text;
      return { id: s.key, articleId: doc, index, start, end: text.length, text: s.text, kind: "sentence" };
    });
    const article = { id: doc, text };
    const found = extractMentions(article, docClaims, findReferenceDate(article));
    claims.push(...docClaims);
    mentions.push(...found);
  }
  const entityOf = new Map<string, Entity>();
  for (const entity of buildEntities(mentions)) for (const id of entity.mentionIds) entityOf.set(id, entity);
  const byClaim = new Map<string, Mention[]>();
  for (const m of mentions) if (m.claimId) byClaim.set(m.claimId, [...(byClaim.get(m.claimId) ?? []), m]);
  return claims.map((claim) => buildAlignInput(claim, byClaim.get(claim.id) ?? [], (m) => entityOf.get(m.id)));
}

const isPlus = (doc: string): boolean => doc.includes("ecbplus");

function countPairs(sentences: Sentence[], together: (a: Sentence, b: Sentence) => boolean, into: Counts): void {
  const annotated = sentences.filter((s) => s.chains.size > 0);
  for (let x = 0; x < annotated.length; x++) {
    for (let y = x + 1; y < annotated.length; y++) {
      const a = annotated[x];
      const b = annotated[y];
      if (!a || !b || a.doc === b.doc) continue;
      const gold = [...a.chains].some((c) => b.chains.has(c));
      const predicted = together(a, b);
      if (gold && predicted) into.tp++;
      else if (predicted) into.fp++;
      else if (gold) into.fn++;
      if (!gold && isPlus(a.doc) !== isPlus(b.doc)) {
        into.crossNegatives++;
        if (predicted) into.crossMerged++;
      }
    }
  }
}

function summarize(name: string, c: Counts) {
  const precision = c.tp / Math.max(c.tp + c.fp, 1);
  const recall = c.tp / Math.max(c.tp + c.fn, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { name, precision, recall, f1, mergeRate: c.crossMerged / Math.max(c.crossNegatives, 1) };
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, crossNegatives: 0, crossMerged: 0 });

function tfidfVectors(sentences: Sentence[]): Map<string, Map<string, number>> {
  const bags = sentences.map((s) => s.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Map<string, Map<string, number>>();
  sentences.forEach((s, i) => {
    const v = new Map<string, number>();
    for (const w of bags[i] ?? []) v.set(w, (v.get(w) ?? 0) + Math.log(sentences.length / (df.get(w) ?? 1)));
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    for (const [w, x] of v) v.set(w, x / Math.sqrt(norm || 1));
    out.set(s.key, v);
  });
  return out;
}

function cosine(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  return dot;
}

function sameGroup(groups: { claimIds: string[] }[]): (a: Sentence, b: Sentence) => boolean {
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => g.claimIds.forEach((id) => groupOf.set(id, gi)));
  return (a, b) => groupOf.has(a.key) && groupOf.get(a.key) === groupOf.get(b.key);
}

const topics = loadTopics();
const ours = empty();
const oursStrict = empty();
const allInOne = empty();
let alignMs = 0;
let claimCount = 0;
const tfidf = new Map<string, Map<string, number>>();
for (const sentences of topics.values()) {
  const inputs = toAlignInputs(sentences);
  claimCount += inputs.length;
  const start = performance.now();
  const groups = alignClaims(inputs);
  alignMs += performance.now() - start;
  countPairs(sentences, sameGroup(groups), ours);
  countPairs(sentences, sameGroup(alignClaims(inputs, { allowSameArticle: false })), oursStrict);
  countPairs(sentences, () => true, allInOne);
  for (const [k, v] of tfidfVectors(sentences)) tfidf.set(k, v);
}

// Oracle: the threshold is chosen on this very data, so it is an upper bound for the baseline, not a method.
let oracle = summarize("TF-IDF cosine, best threshold (oracle)", empty());
let oracleThreshold = 0;
for (let t = 0.02; t < 0.9; t += 0.02) {
  const counts = empty();
  for (const sentences of topics.values()) {
    countPairs(sentences, (a, b) => cosine(tfidf.get(a.key), tfidf.get(b.key)) >= t, counts);
  }
  const row = summarize("TF-IDF cosine, best threshold (oracle)", counts);
  if (row.f1 > oracle.f1) {
    oracle = row;
    oracleThreshold = t;
  }
}

const rows = [
  summarize(`alignClaims, default (threshold ${DEFAULT_ALIGN_THRESHOLD}, fixed on seeds)`, ours),
  summarize("alignClaims, allowSameArticle: false (near one claim per article)", oursStrict),
  summarize("all sentences of a topic in one group", allInOne),
  { ...oracle, name: `${oracle.name} t=${oracleThreshold.toFixed(2)}` },
];
if (asJson) {
  console.log(JSON.stringify({ dir, topics: topics.size, claims: claimCount, alignMs: Math.round(alignMs), rows }, null, 2));
} else {
  console.log(`ECB+ dev: ${topics.size} topics, ${claimCount} sentences; alignClaims (default) total ${Math.round(alignMs)} ms\n`);
  console.log("| method | P | R | F1 | merge rate |\n|---|---|---|---|---|");
  const f = (x: number) => x.toFixed(3);
  for (const r of rows) console.log(`| ${r.name} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${f(r.mergeRate)} |`);
}
