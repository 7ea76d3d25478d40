import { clusterNames, type NameFormInput } from "../names/cluster-names.ts";
import { readAcronym } from "../names/make-acronym.ts";
import { UnionFind } from "../names/union-find.ts";
import type { Entity, EntityForm, EntityType, ManualDecisions, Mention, NameValue } from "../types.ts";

const ENTITY_TYPES = new Set<string>(["person", "place", "organization"]);

function nameOf(m: Mention): string {
  const n = (m.normalized as Partial<NameValue> | null)?.name;
  return typeof n === "string" && n.trim().length > 0 ? n : m.text;
}

const lower = (s: string): string => s.trim().toLowerCase();

/**
 * Groups person/place/organisation mentions of all articles into entities. Names are clustered on
 * their title-stripped form (clusterNames: spelling variants, initials, a bare surname only when one
 * full name fits, acronyms and their expansions); the reviewer's decisions are applied on top.
 */
export function buildEntities(mentions: Mention[], decisions: ManualDecisions = {}): Entity[] {
  const named = mentions.filter((m) => ENTITY_TYPES.has(m.type));
  const splits = new Set((decisions.entitySplits ?? []).map(lower));

  // One clustering input per distinct (type, name); a split-out surface form stays on its own.
  const inputs: NameFormInput[] = [];
  const inputOf = new Map<string, number>();
  const splitGroups = new Map<string, number[]>();
  const mentionInput: (number | string)[] = named.map((m, k) => {
    if (splits.has(lower(m.text))) {
      const key = `${m.type}\u0000${lower(m.text)}`;
      splitGroups.set(key, [...(splitGroups.get(key) ?? []), k]);
      return key;
    }
    const key = `${m.type}\u0000${nameOf(m)}`;
    let i = inputOf.get(key);
    if (i === undefined) {
      i = inputs.length;
      inputs.push({ text: nameOf(m), type: m.type as EntityType });
      inputOf.set(key, i);
    }
    return i;
  });

  // Groups of mention positions: the name clusters, then the split-out forms.
  const clusterOfInput = new Map<number, number>();
  const clusters = clusterNames(inputs);
  clusters.forEach((c, g) => c.forEach((i) => clusterOfInput.set(i, g)));
  const splitIndex = new Map([...splitGroups.keys()].map((key, s) => [key, clusters.length + s]));
  const groupOf = mentionInput.map((x) => (typeof x === "number" ? (clusterOfInput.get(x) as number) : (splitIndex.get(x) as number)));

  const uf = new UnionFind(clusters.length + splitGroups.size);
  for (const merge of decisions.entityMerges ?? []) {
    const wanted = new Set(merge.map(lower));
    const hit = named.flatMap((m, k) => (wanted.has(lower(m.text)) || wanted.has(lower(nameOf(m))) ? [groupOf[k] as number] : []));
    for (const g of hit) uf.union(hit[0] as number, g);
  }

  const byRoot = new Map<number, number[]>();
  named.forEach((_, k) => {
    const root = uf.find(groupOf[k] as number);
    byRoot.set(root, [...(byRoot.get(root) ?? []), k]);
  });
  // Entities are numbered in the order of their first mention.
  const groups = [...byRoot.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
  return groups.map((members, n) =>
    makeEntity(
      `e${n + 1}`,
      members.map((k) => named[k] as Mention),
      decisions,
    ),
  );
}

function makeEntity(id: string, members: Mention[], decisions: ManualDecisions): Entity {
  const forms = new Map<string, EntityForm>();
  for (const m of members) {
    const f = forms.get(m.text) ?? { text: m.text, articleIds: [], count: 0 };
    if (!f.articleIds.includes(m.articleId)) f.articleIds.push(m.articleId);
    f.count++;
    forms.set(m.text, f);
  }
  const first = members[0] as Mention;
  return {
    id,
    type: first.type as EntityType,
    canonical: chooseCanonical(members, decisions),
    mentionIds: members.map((m) => m.id),
    forms: [...forms.values()],
  };
}

/**
 * A reviewer's choice, else the most frequent full name, ties going to the earliest. Full: a
 * person's name with more than the surname; any other name that is not an acronym, so a frequent
 * "Belarus" wins over a rare "Republic of Belarus" but "SCO" never over its expansion.
 */
function chooseCanonical(members: Mention[], decisions: ManualDecisions): string {
  const texts = new Set(members.flatMap((m) => [lower(m.text), lower(nameOf(m))]));
  const chosen = (decisions.canonicalForms ?? []).find((c) => texts.has(lower(c.form)));
  if (chosen) return chosen.canonical;
  const names = members.map(nameOf);
  const type = (members[0] as Mention).type;
  const isFull = (n: string): boolean => (type === "person" ? n.trim().split(/\s+/).length > 1 : readAcronym(n) === null);
  const full = names.filter(isFull);
  const pool = full.length > 0 ? full : names;
  const counts = new Map<string, number>();
  for (const n of pool) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = pool[0] as string;
  for (const n of pool) if ((counts.get(n) as number) > (counts.get(best) as number)) best = n;
  return best;
}
