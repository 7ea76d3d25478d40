import anyAscii from "any-ascii";

const MINOR_WORDS = new Set(["of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "&"]);

/** The letters of an acronym form ("SCO", "U.S.", "IRGC", "BelTA"), lower-cased, or null when the text is not one. */
export function readAcronym(text: string): string | null {
  const t = anyAscii(text).trim();
  if (/^[A-Z]{2,7}$/.test(t)) return t.toLowerCase();
  if (/^[A-Z]{2,6}s$/.test(t)) return t.slice(0, -1).toLowerCase();
  if (/^(?:[A-Z]\.){2,7}$/.test(t)) return t.replace(/\./g, "").toLowerCase();
  // agency names that keep a syllable of the first word: BelTA (Belarusian Telegraph Agency)
  if (/^[A-Z][a-z]{1,3}[A-Z]{2,5}$/.test(t)) return t.toLowerCase();
  return null;
}

/** The significant words of a multi-word proper name, or null when it is not one (every significant word capitalised). */
function significantWords(text: string): string[] | null {
  const words = anyAscii(text)
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return null;
  return words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ""));
}

/** A blocking key shared by an acronym and its possible expansions: the first letter ("SCO", "Shanghai …" → "s"). */
export function acronymBlockKey(text: string): string | null {
  const acr = readAcronym(text);
  if (acr) return acr.slice(0, 1);
  const words = significantWords(text);
  return words ? (words[0] as string).slice(0, 1) : null;
}

/**
 * Whether `acronym` abbreviates `expansion`: every significant word gives its initial, in order,
 * and may give further letters of itself (EAEU = EurAsian Economic Union, but SCO ≠ Shanghai Organization).
 */
export function isAcronymOf(acronym: string, expansion: string): boolean {
  const letters = readAcronym(acronym);
  const words = significantWords(expansion);
  if (!letters || !words || words.length > letters.length) return false;
  // Letters left over after each word's initial are taken from inside that word, in order.
  const fit = (li: number, wi: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const word = words[wi] as string;
    if (letters[li] !== word[0]) return false;
    let pos = 1;
    for (let extra = 0; ; extra++) {
      if (fit(li + 1 + extra, wi + 1)) return true;
      const next = letters[li + 1 + extra];
      if (next === undefined) return false;
      pos = word.indexOf(next, pos) + 1;
      if (pos === 0) return false;
    }
  };
  return fit(0, 0);
}
