import type { Discrepancy, Severity } from "../types.ts";
import type { ClaimContext } from "./claim-context.ts";
import { normalizeSpelling } from "./normalize-spelling.ts";

/**
 * Words that report an event in incompatible ways. Written by hand: WordNet's antonym relation
 * misses most of these (postpone/cancel are not antonyms there) and lists many that never matter
 * for news facts; each pair here is a difference a fact-checker would want to see.
 */
const CONTRASTS: { a: string[]; b: string[]; severity: Severity; why: string }[] = [
  { a: ["postpone", "postponed", "postponement", "postponing", "delayed", "rescheduled"], b: ["cancel", "canceled", "cancellation", "canceling", "called off", "scrapped"], severity: "minor", why: "a postponed event still takes place, a cancelled one does not" },
  { a: ["confirm", "confirmed", "confirms", "confirmation"], b: ["deny", "denied", "denies", "denial"], severity: "conflict", why: "confirming and denying are opposites" },
  { a: ["increase", "increased", "grew", "grown", "rise", "rose", "risen", "higher", "growth"], b: ["decrease", "decreased", "fell", "fallen", "declined", "dropped", "lower", "shrank"], severity: "conflict", why: "a rise and a fall are opposites" },
  { a: ["agreed", "accepted", "approved"], b: ["refused", "rejected", "vetoed"], severity: "conflict", why: "agreeing and refusing are opposites" },
  { a: ["won", "wins", "victory"], b: ["lost", "loses", "defeat", "defeated"], severity: "conflict", why: "winning and losing are opposites" },
  { a: ["supported", "backed", "welcomed", "endorsed"], b: ["opposed", "condemned", "criticized", "denounced"], severity: "conflict", why: "support and opposition are opposites" },
  { a: ["killed", "dead", "died"], b: ["injured", "wounded", "survived"], severity: "conflict", why: "dead and injured are different outcomes" },
  { a: ["arrived", "visited", "held talks", "met"], b: ["unable to fly", "did not travel", "skipped"], severity: "conflict", why: "one source has the visit happen, the other not" },
  { a: ["signed", "concluded"], b: ["initialed", "drafted", "proposed"], severity: "minor", why: "a signed document is more than a draft or proposal" },
];

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Words with their offsets, in American spelling, so "cancelled" and "canceled" are one word. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}]+/gu)].map((m) => ({ word: normalizeSpelling(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length }));
}

/** The lexicon folded like the text ("cancellation" is "cancelation" to both), once per process. */
const FOLDED = CONTRASTS.map((c) => ({ a: c.a.map(foldPhrase), b: c.b.map(foldPhrase) }));

function foldPhrase(phrase: string): string[] {
  return phrase.split(" ").map(normalizeSpelling);
}

function findPhrase(words: Word[], present: Set<string>, phrases: string[][]): { start: number; end: number } | null {
  for (const parts of phrases) {
    // most claims hold none of the words: the set lookup skips the scan for them
    if (!present.has(parts[0]!)) continue;
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((part, k) => words[i + k]?.word === part)) return { start: words[i]!.start, end: words[i + parts.length - 1]!.end };
    }
  }
  return null;
}

interface Hit {
  context: ClaimContext;
  start: number;
  end: number;
}

/** For each contrast, the claims using one side and not the other: both sides present means the sources word the fact incompatibly. */
export function findWordingContrasts(contexts: ClaimContext[]): Discrepancy[] {
  const words = contexts.map((c) => wordsOf(c.claim.text));
  const present = words.map((w) => new Set(w.map((x) => x.word)));
  const found: Discrepancy[] = [];
  CONTRASTS.forEach((contrast, n) => {
    const folded = FOLDED[n]!;
    const sides: [Hit[], Hit[]] = [[], []];
    contexts.forEach((context, i) => {
      const a = findPhrase(words[i] ?? [], present[i] ?? new Set(), folded.a);
      const b = findPhrase(words[i] ?? [], present[i] ?? new Set(), folded.b);
      // a claim that uses both words is not contrasting with anyone
      if (a && !b) sides[0].push({ context, ...a });
      if (b && !a) sides[1].push({ context, ...b });
    });
    const articles = new Set([...sides[0], ...sides[1]].map((h) => h.context.claim.articleId));
    if (sides[0].length === 0 || sides[1].length === 0 || articles.size < 2) return;
    const values = [...sides[0], ...sides[1]].map((h) => ({ claimId: h.context.claim.id, text: h.context.claim.text.slice(h.start, h.end), start: h.start, end: h.end }));
    const first = values[0]!.text;
    const second = values[sides[0].length]!.text;
    found.push({ kind: "wording", severity: contrast.severity, values, explanation: `One source says “${first}”, another “${second}”: ${contrast.why}.` });
  });
  return found;
}
