import type { Discrepancy, Severity } from "../types.ts";
import type { ClaimContext } from "./claim-context.ts";
import { stemWord } from "../text/stem-word.ts";
import { normalizeSpelling } from "./normalize-spelling.ts";

/**
 * Words that report an event in incompatible ways. Written by hand: WordNet's antonym relation
 * misses most of these (postpone/cancel are not antonyms there) and lists many that never matter
 * for news facts; each pair here is a difference a fact-checker would want to see.
 */
const CONTRASTS: { a: string[]; b: string[]; severity: Severity; why: string; inflect?: true }[] = [
  {
    a: ["postpone", "postponement", "delayed", "rescheduled"],
    b: ["cancel", "cancellation", "called off", "scrapped"],
    severity: "minor",
    why: "a postponed event still takes place, a cancelled one does not",
    inflect: true,
  },
  {
    a: ["confirm", "confirmation"],
    b: ["deny", "denied", "denies", "denial"],
    severity: "conflict",
    why: "confirming and denying are opposites",
    inflect: true,
  },
  {
    a: ["increase", "grew", "grown", "rise", "rose", "risen", "rising", "higher", "growth", "surged"],
    b: ["decrease", "fell", "fallen", "decline", "dropped", "lower", "shrank", "plunged"],
    severity: "conflict",
    why: "a rise and a fall are opposites",
    inflect: true,
  },
  {
    a: ["agreed", "agrees", "accepted", "approved"],
    b: ["refused", "rejected", "vetoed"],
    severity: "conflict",
    why: "agreeing and refusing are opposites",
    inflect: true,
  },
  {
    a: ["won", "wins", "victory"],
    b: ["lost", "loses", "defeat", "defeated"],
    severity: "conflict",
    why: "winning and losing are opposites",
  },
  {
    a: ["supported", "backed", "welcomed", "endorsed", "praised", "praises", "hailed", "lauded"],
    b: ["opposed", "condemned", "criticized", "criticizes", "denounced", "slammed"],
    severity: "conflict",
    why: "support and opposition are opposites",
  },
  {
    a: ["killed", "dead", "died"],
    b: ["injured", "wounded", "survived"],
    severity: "conflict",
    why: "dead and injured are different outcomes",
  },
  {
    a: ["arrived", "visited", "held talks", "met"],
    b: ["unable to fly", "did not travel", "skipped"],
    severity: "conflict",
    why: "one source has the visit happen, the other not",
  },
  { a: ["attended"], b: ["boycotted", "stayed away"], severity: "conflict", why: "attending and boycotting are opposites" },
  {
    a: ["arrested", "detained"],
    b: ["released", "freed"],
    severity: "conflict",
    why: "one source has the person held, the other set free",
  },
  { a: ["convicted"], b: ["acquitted"], severity: "conflict", why: "a conviction and an acquittal are opposite verdicts", inflect: true },
  {
    a: ["resigned", "resignation"],
    b: ["dismissed", "fired", "sacked", "ousted"],
    severity: "minor",
    why: "leaving by choice and being removed are different accounts",
  },
  {
    a: ["signed", "concluded"],
    b: ["initialed", "drafted", "proposed"],
    severity: "minor",
    why: "a signed document is more than a draft or proposal",
  },
];

/**
 * Contrasts marked `inflect` compare words by stem, so one listed form covers its inflections
 * ("postponing", "cancels", "declines"), but only stems of five letters or more: short stems are
 * everyday words in other senses. The others match the listed forms only, because their stems are
 * common nouns ("visit", "support", "release", "critic") that would contrast claims saying nothing of the kind.
 */
const MIN_STEM = 5;

function stemOf(word: string): string {
  const stem = stemWord(word);
  return stem.length >= MIN_STEM ? stem : word;
}

interface Word {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Words with their offsets as comparison keys: American spelling ("cancelled" is "canceled"), then the stem. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}]+/gu)].map((m) => {
    const word = normalizeSpelling(m[0].toLowerCase());
    return { word, stem: stemOf(word), start: m.index, end: m.index + m[0].length };
  });
}

/** The lexicon folded like the text, once per process. */
const FOLDED = CONTRASTS.map((c) => ({ a: c.a.map((p) => foldPhrase(p, c.inflect)), b: c.b.map((p) => foldPhrase(p, c.inflect)) }));

function foldPhrase(phrase: string, inflect = false): string[] {
  return phrase.split(" ").map((word) => (inflect ? stemOf(normalizeSpelling(word)) : normalizeSpelling(word)));
}

function findPhrase(words: Word[], present: Set<string>, phrases: string[][], inflect: boolean): { start: number; end: number } | null {
  for (const parts of phrases) {
    // most claims hold none of the words: the set lookup skips the scan for them
    if (!present.has(parts[0]!)) continue;
    for (let i = 0; i + parts.length <= words.length; i++) {
      let k = 0;
      while (k < parts.length && (inflect ? words[i + k]!.stem : words[i + k]!.word) === parts[k]) k++;
      if (k === parts.length) return { start: words[i]!.start, end: words[i + parts.length - 1]!.end };
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
  const present = words.map((w) => new Set(w.flatMap((x) => [x.word, x.stem])));
  const found: Discrepancy[] = [];
  CONTRASTS.forEach((contrast, n) => {
    const folded = FOLDED[n]!;
    const sides: [Hit[], Hit[]] = [[], []];
    const inflect = contrast.inflect === true;
    contexts.forEach((context, i) => {
      const a = findPhrase(words[i] ?? [], present[i] ?? new Set(), folded.a, inflect);
      const b = findPhrase(words[i] ?? [], present[i] ?? new Set(), folded.b, inflect);
      // a claim that uses both words is not contrasting with anyone
      if (a && !b) sides[0].push({ context, ...a });
      if (b && !a) sides[1].push({ context, ...b });
    });
    const articles = new Set([...sides[0], ...sides[1]].map((h) => h.context.claim.articleId));
    if (sides[0].length === 0 || sides[1].length === 0 || articles.size < 2) return;
    const values = [...sides[0], ...sides[1]].map((h) => ({
      claimId: h.context.claim.id,
      text: h.context.claim.text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
    }));
    const first = values[0]!.text;
    const second = values[sides[0].length]!.text;
    found.push({
      kind: "wording",
      severity: contrast.severity,
      values,
      explanation: `One source says “${first}”, another “${second}”: ${contrast.why}.`,
    });
  });
  return found;
}
