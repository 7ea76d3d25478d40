import { stemWord } from "../text/stem-word.ts";
import { STOPWORDS } from "./stopwords.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";

/** A content word of a claim: `term` is its stem (what must match), `word` its lower-case form (what has a vector). */
export interface ClaimToken {
  term: string;
  word: string;
}

const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  fifteen: "15",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  hundred: "100",
  thousand: "1000",
  dozen: "12",
};

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Content tokens of a sentence. Adjacent words whose concatenation is itself a known word are
 * joined ("road map" → "roadmap") so spelling of compounds does not hide a shared term.
 */
export function tokenizeClaim(text: string, vectors: WordVectors): ClaimToken[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0]
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/’/g, "'");
    word = NUMBER_WORDS[word] ?? word;
    if (STOPWORDS.has(word) || (word.length < 2 && !/\p{N}/u.test(word))) {
      words.push("");
      continue;
    }
    words.push(word);
  }
  const tokens: ClaimToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!word) continue;
    const next = words[i + 1] ?? "";
    if (next && /^\p{L}+$/u.test(word + next) && vectors.rowOf(word + next) >= 0) {
      tokens.push({ term: stemWord(word + next), word: word + next });
      i++;
      continue;
    }
    tokens.push({ term: stemWord(word), word });
  }
  return tokens;
}
