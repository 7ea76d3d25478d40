// British → American spellings from a maintained word list (american-british-english-translator),
// so "emphasised" and "emphasized" are one word to every comparison. JSON import: no file system.
import britishToAmerican from "american-british-english-translator/data/british_spellings.json" with { type: "json" };

const MAP: Record<string, string> = britishToAmerican;

/** The American spelling of a lower-case word, or the word itself. */
export function normalizeSpelling(word: string): string {
  return MAP[word] ?? word;
}
