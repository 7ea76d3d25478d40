import porterModule from "talisman/stemmers/porter.js";

const porter = typeof porterModule === "function" ? porterModule : porterModule.default;
const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word (numbers stay as written), cached: alignment and comparison stem the same words over and over. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^\p{N}/u.test(word) ? word : porter(word);
    stemCache.set(word, stem);
  }
  return stem;
}
