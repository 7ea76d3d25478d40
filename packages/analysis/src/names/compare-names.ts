import { isPatronymic, type ParsedName } from "./parse-name.ts";
import { matchTokens } from "./token-keys.ts";

export type NameRelation = "same" | "different" | "unrelated";

export interface NameComparison {
  relation: NameRelation;
  score: number;
}

const UNRELATED: NameComparison = { relation: "unrelated", score: 0 };
// Matching parts of swapped or reordered names is riskier than matching surname to surname.
const STRONG = 0.9;

/** Best one-to-one matching of `small` into `big`; the mean score, 0 unless every token of `small` finds a match ≥ `min`. */
export function coverTokens(small: string[], big: string[], min = 0.0001): number {
  if (small.length === 0) return 0;
  const used = new Set<number>();
  let total = 0;
  for (const s of small) {
    let best = 0;
    let bestJ = -1;
    big.forEach((b, j) => {
      if (used.has(j)) return;
      const m = matchTokens(s, b);
      if (m >= min && m > best) {
        best = m;
        bestJ = j;
      }
    });
    if (bestJ < 0) return 0;
    used.add(bestJ);
    total += best;
  }
  return total / small.length;
}

// Compound names are written joined, hyphenated or apart (Dolat-Abadi, Gholam Reza / Gholamreza): offer the joined form too.
function withJoined(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]}${tokens[i + 1]}`);
  return out;
}

// A one-letter piece of a compound surname ("Rais-o-Sadat") is a connector, not an initial, and a
// short piece ("Karim Ali", "Ali-Asgari") is usually a common name element that identifies nobody.
function surnamePieces(surname: string[]): string[] {
  return surname.length > 1 ? withJoined(surname).filter((t) => t.length > 3) : surname;
}

function matchSurnames(a: string[], b: string[]): number {
  let best = 0;
  for (const x of surnamePieces(a)) {
    for (const y of surnamePieces(b)) best = Math.max(best, matchTokens(x, y));
  }
  return best;
}

/** Rewrites `tokens` so adjacent pieces written as one word in `other` are joined ("gholam reza" vs "gholamreza"). */
function joinLike(tokens: string[], other: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const joined = next === undefined ? "" : `${tokens[i]}${next}`;
    const piece = tokens[i] as string;
    const joins = (o: string): boolean => o.length > 4 && matchTokens(joined, o) >= STRONG && matchTokens(piece, o) === 0;
    if (next !== undefined && other.some(joins)) {
      out.push(joined);
      i++;
    } else out.push(piece);
  }
  return out;
}

/**
 * Given names agree when every first/middle name of the shorter list (initials included) matches one
 * of the longer. Patronymics only add to the score: their romanisations drift most (Hryhoryavich /
 * Grigorievich, Mikalaevich / Nikolaevich) and lists contradict themselves on them.
 */
function matchGiven(a: string[], b: string[]): number {
  let ga = a.filter((t) => !isPatronymic(t));
  let gb = b.filter((t) => !isPatronymic(t));
  if (ga.length === 0 || gb.length === 0) return 0.8;
  // Middle initials given on both sides must be the same ones: George W. Bush is not George H. W. Bush.
  const ia = middleInitials(ga);
  const ib = middleInitials(gb);
  if (ia.length > 0 && ib.length > 0 && ia.join() !== ib.join()) return 0;
  ga = joinLike(ga, gb);
  gb = joinLike(gb, ga);
  const [small, big] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  const first = coverTokens(small, big);
  if (first === 0) return 0;
  const pa = a.filter(isPatronymic);
  const pb = b.filter(isPatronymic);
  if (pa.length === 0 || pb.length === 0) return first;
  return (first + coverTokens(pa, pb)) / 2;
}

function middleInitials(given: string[]): string[] {
  return given.slice(1).filter((t) => t.length === 1);
}

function isInformative(t: string): boolean {
  return t.length > 1 && !isPatronymic(t);
}

/**
 * Compares two parsed personal names. "same": the surnames match and the given names agree, or
 * all (at least three) tokens of one name are found in the other (swapped parts: "VAHID, Ahmad Dastjerdi").
 * "different": the surnames match but the given names contradict (Viktor vs Aleksandr Lukashenko).
 */
export function compareNames(a: ParsedName, b: ParsedName): NameComparison {
  const surname = matchSurnames(a.surname, b.surname);
  const bothGiven = a.given.length > 0 && b.given.length > 0;
  if (surname > 0) {
    if (!bothGiven) return { relation: "same", score: surname * 0.9 };
    const given = matchGiven(a.given, b.given);
    if (given > 0) return { relation: "same", score: (surname + given) / 2 };
  }
  const ta = a.all.filter(isInformative);
  const tb = b.all.filter(isInformative);
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // Two tokens ("BAGHERI, Mohammad" in "RASOULI, Mohammad Bagher") are too often common given names.
  if (small.length >= 3) {
    const bag = coverTokens(small, big, STRONG);
    if (bag > 0) return { relation: "same", score: bag * 0.85 };
  }
  return surname > 0 ? { relation: "different", score: surname } : UNRELATED;
}
