import type { EntityType } from "../types.ts";
import { compareNames } from "./compare-names.ts";
import { acronymBlockKey, isAcronymOf, readAcronym } from "./make-acronym.ts";
import { foldName, parseName, type ParsedName } from "./parse-name.ts";
import { keysOf, matchTokens } from "./token-keys.ts";
import { UnionFind } from "./union-find.ts";

export interface NameFormInput {
  text: string;
  type?: EntityType;
}

// Candidate pairs come only from shared blocking keys; a key shared by more forms than this
// (a very common given name) says too little to be worth the quadratic cost.
const MAX_BLOCK = 64;

/**
 * Clusters the surface forms of names: returns arrays of input indices, every index in exactly one
 * cluster, clusters ordered by their first index. Forms of different types never share a cluster.
 */
export function clusterNames(forms: NameFormInput[]): number[][] {
  const byType = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const key = f.type ?? "any";
    const list = byType.get(key);
    if (list) list.push(i);
    else byType.set(key, [i]);
  });
  const clusters: number[][] = [];
  for (const [type, indices] of byType) {
    const texts = indices.map((i) => (forms[i] as NameFormInput).text);
    const local = type === "place" || type === "organization" ? clusterPhrases(texts, type) : clusterPersons(texts, type === "any");
    for (const c of local) clusters.push(c.map((k) => indices[k] as number).sort((x, y) => x - y));
  }
  return clusters.sort((a, b) => (a[0] as number) - (b[0] as number));
}

interface Unique {
  key: string;
  members: number[];
}

function dedupe(texts: string[], keyOf: (t: string, i: number) => string): Unique[] {
  const byKey = new Map<string, Unique>();
  texts.forEach((t, i) => {
    const key = keyOf(t, i);
    const u = byKey.get(key);
    if (u) u.members.push(i);
    else byKey.set(key, { key, members: [i] });
  });
  return [...byKey.values()];
}

function candidatePairs(blockKeys: string[][]): [number, number][] {
  const blocks = new Map<string, number[]>();
  blockKeys.forEach((keys, i) => {
    for (const k of new Set(keys)) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const n = blockKeys.length;
  const pairs: [number, number][] = [];
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x] as number;
        const j = members[y] as number;
        const id = i * n + j;
        if (!seen.has(id)) {
          seen.add(id);
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs;
}

function tokenBlockKeys(tokens: string[]): string[] {
  const keys: string[] = [];
  for (const t of tokens) {
    if (t.length < 2) continue;
    const k = keysOf(t);
    for (const s of k.skeletons) if (s.length >= 2) keys.push(`s:${s}`);
    for (const m of k.metaphone) if (m.length >= 2) keys.push(`m:${m}`);
  }
  return keys;
}

function expand(uniques: Unique[], groups: number[][]): number[][] {
  return groups.map((g) => g.flatMap((u) => (uniques[u] as Unique).members));
}

function clusterPersons(texts: string[], allowAcronyms: boolean): number[][] {
  const parsedByText = texts.map((t) => parseName(t));
  // Identical names (after folding) are one cluster even when they could be two people: nothing tells them apart.
  const uniques = dedupe(texts, (t, i) => {
    const acr = allowAcronyms ? readAcronym(t) : null;
    if (acr) return `acr:${acr}`;
    const p = parsedByText[i] as ParsedName;
    return `${p.surname.join(" ")}|${p.given.join(" ")}`;
  });
  const parsed = uniques.map((u) => parsedByText[u.members[0] as number] as ParsedName);
  const firstText = uniques.map((u) => texts[u.members[0] as number] as string);
  const acronyms = firstText.map((t) => (allowAcronyms ? readAcronym(t) : null));
  const blockKeys = parsed.map((p, i) => {
    const keys = acronyms[i] === null ? tokenBlockKeys([...p.all, ...(p.surname.length > 1 ? [p.surname.join("")] : [])]) : [];
    const acr = allowAcronyms ? acronymBlockKey(firstText[i] as string) : null;
    if (acr) keys.push(`a:${acr}`);
    return keys;
  });
  const isBare = parsed.map((p, i) => p.all.length === 1 && acronyms[i] === null);

  const same: { i: number; j: number; score: number }[] = [];
  const different = new Set<string>();
  for (const [i, j] of candidatePairs(blockKeys)) {
    if (acronyms[i] !== null || acronyms[j] !== null) {
      if (isAcronymPair(firstText[i] as string, firstText[j] as string)) same.push({ i, j, score: 0.9 });
      continue;
    }
    const c = compareNames(parsed[i] as ParsedName, parsed[j] as ParsedName);
    if (c.relation === "same") same.push({ i, j, score: c.score });
    else if (c.relation === "different") different.add(`${i},${j}`).add(`${j},${i}`);
  }

  const uf = new UnionFind(uniques.length);
  same.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  // Full names first; a merge that would put two contradicting names in one cluster is refused.
  for (const { i, j } of same) {
    if (isBare[i] || isBare[j]) continue;
    uf.unionUnless(i, j, (x, y) => different.has(`${x},${y}`));
  }
  attachBareSurnames(uf, same, isBare);
  return expand(uniques, uf.groups());
}

/** A bare surname ("Lukashenka") joins a cluster only when exactly one cluster of full names matches it. */
function attachBareSurnames(uf: UnionFind, same: { i: number; j: number }[], isBare: boolean[]): void {
  for (const { i, j } of same) if (isBare[i] && isBare[j]) uf.union(i, j);
  const targets = new Map<number, Set<number>>();
  for (const { i, j } of same) {
    if (isBare[i] === isBare[j]) continue;
    const [bare, full] = isBare[i] ? [i, j] : [j, i];
    const root = uf.find(bare);
    targets.set(root, (targets.get(root) ?? new Set()).add(uf.find(full)));
  }
  for (const [bareRoot, fullRoots] of targets) {
    const [only] = fullRoots;
    if (fullRoots.size === 1 && only !== undefined) uf.union(bareRoot, only);
  }
}

const PHRASE_STOPWORDS = new Set(["the", "of", "and", "for"]);

// "Islamic Republic of Iran" and "Iran" name one country; the descriptor is a style choice of the outlet.
const STATE_DESCRIPTOR =
  /^(?:the )?(?:[a-z']+ ){0,3}?(?:republic|kingdom|state|federation|emirate|sultanate|principality|commonwealth) of (?:the )?(?=\S)/;

function phraseTokens(text: string, type: string): string[] {
  const folded = foldName(text).trim().replace(/\s+/g, " ");
  return (type === "place" ? folded.replace(STATE_DESCRIPTOR, "") : folded)
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !PHRASE_STOPWORDS.has(t));
}

/** Places and organisations: the same words up to spelling (Tehran/Teheran), or an acronym and its expansion (SCO, UK). */
function clusterPhrases(texts: string[], type: "place" | "organization"): number[][] {
  const uniques = dedupe(texts, (t) => {
    const acr = readAcronym(t);
    return acr ? `acr:${acr}` : phraseTokens(t, type).join(" ");
  });
  const first = uniques.map((u) => texts[u.members[0] as number] as string);
  const tokens = first.map((t) => phraseTokens(t, type));
  const acronyms = first.map(readAcronym);
  const blockKeys = tokens.map((ts, i) => {
    const keys = acronyms[i] === null ? tokenBlockKeys(ts) : [];
    const acr = acronymBlockKey(first[i] as string);
    if (acr) keys.push(`a:${acr}`);
    return keys;
  });
  const uf = new UnionFind(uniques.length);
  for (const [i, j] of candidatePairs(blockKeys)) {
    const a = tokens[i] as string[];
    const b = tokens[j] as string[];
    const acronymPair = (acronyms[i] !== null || acronyms[j] !== null) && isAcronymPair(first[i] as string, first[j] as string);
    if (acronymPair || (acronyms[i] === null && acronyms[j] === null && sameWords(a, b))) uf.union(i, j);
  }
  return expand(uniques, uf.groups());
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const used = new Set<number>();
  return a.every((t) => {
    const j = b.findIndex((u, k) => !used.has(k) && matchTokens(t, u) > 0);
    if (j < 0) return false;
    used.add(j);
    return true;
  });
}

function isAcronymPair(a: string, b: string): boolean {
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}
