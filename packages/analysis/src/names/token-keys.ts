import { doubleMetaphone } from "double-metaphone";
import { distance as levenshtein } from "fastest-levenshtein";
import { canonicalGivenName } from "./given-name-equivalents.ts";
import jaroWinkler from "talisman/metrics/jaro-winkler.js";

/**
 * Keys for one folded name token. Generic phonetic keys (Soundex, Metaphone, Cologne…) are tuned
 * to English or German spelling and miss the systematic differences between romanisations of
 * Cyrillic, Persian and Arabic names (kh/h, zh/j, q/gh, w/v, ou/u, y/i, Belarusian h/g, dz/d),
 * so the spelling folding below is hand-written; it is combined with library keys and metrics.
 */
export interface TokenKeys {
  token: string;
  /** romanisation-neutral spelling: "lukashenko", "raisi" (from "raeisi") */
  spelling: string;
  /** the spelling and its alternative reading */
  spellings: string[];
  /** consonant skeletons of the spelling and of its alternative reading */
  skeletons: string[];
  /** Double Metaphone codes (library), a second opinion when skeletons differ by one consonant */
  metaphone: string[];
}

const cache = new Map<string, TokenKeys>();

export function keysOf(token: string): TokenKeys {
  let k = cache.get(token);
  if (!k) {
    const spelling = foldSpelling(token);
    const skeletons = unique([skeletonOf(spelling), skeletonOf(foldSpelling(readAlternatively(token)))]);
    const metaphone = unique(doubleMetaphone(token).filter((c) => c.length > 0));
    const spellings = unique([spelling, foldSpelling(readAlternatively(token))]);
    k = { token, spelling, spellings, skeletons, metaphone };
    cache.set(token, k);
  }
  return k;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Folds the spelling differences between romanisation systems. Placeholders: C=ch, S=sh, Z=ts. */
export function foldSpelling(token: string): string {
  let s = token
    .replace(/x/g, "ks")
    .replace(/tsch|tch/g, "C")
    .replace(/(?:shch|sch|ssh)/g, "S")
    .replace(/dzh|dj|zh/g, "j")
    .replace(/kh/g, "h")
    .replace(/gh|q/g, "k")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/t[sz]/g, "Z")
    .replace(/ch/g, "C")
    .replace(/sh/g, "S")
    .replace(/c(?![eiy])/g, "k")
    .replace(/([td])h/g, "$1")
    // French-style Arabic spelling writes w as "ou" before a vowel (Anouar = Anwar, Khesouani = Haswani)
    .replace(/ou(?=[aei])/g, "v")
    .replace(/(?:ou|oo|uo)/g, "u")
    .replace(/ee/g, "i")
    .replace(/y/g, "i");
  s = s.replace(/(.)\1+/g, "$1");
  // Persian/Arabic diphthong spellings: Raeisi/Raisi, Tabatabaei/Tabatabai, Hossein/Husein
  s = s.replace(/aei/g, "ai").replace(/ie/g, "e");
  // Slavic adjectival endings: -iy, -ii, -ij, -yi all read as -i
  s = s.replace(/i[ij]$/, "i");
  return s.replace(/(.)\1+/g, "$1");
}

/**
 * A second reading of a token: Belarusian or Ukrainian romanisation read the Russian way
 * (Uladzimir→Vladimir, Aleh→Oleg, Dzmitry→Dmitry, Novikau→Novikov), Polish/German j as y
 * (Jurij→Yuriy), and Arabic gh read as g (Ghaith/Gaith) where the main key reads it as q.
 */
export function readAlternatively(token: string): string {
  return token
    .replace(/gh/g, "g")
    .replace(/tj$/, "ch")
    .replace(/j(?=[aeiou]|$)/g, "y")
    .replace(/([aeio])u(?=[^aeiouy]|$)/g, "$1v")
    .replace(/^u(?=[^aeiouy])/, "v")
    .replace(/dz(?!h)/g, "d")
    .replace(/(^|[^kszctg])h/g, "$1g")
    .replace(/ia/g, "ya");
}

export function skeletonOf(spelling: string): string {
  const head = spelling.slice(0, 1);
  // vowels carry little identity across romanisations (Mohammad/Muhammad, Hossein/Husayn); an inner h is often silent
  const rest = spelling.slice(1).replace(/[aeiouh]/g, "");
  const s = (/[aeiou]/.test(head) ? "" : head) + rest;
  return s.replace(/(.)\1+/g, "$1").replace(/f$/, "v");
}

// An all-vowel token ("Iaia") has an empty skeleton, which must not count as a shared key.
function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => x.length > 0 && b.includes(x));
}

/**
 * Similarity of two folded tokens in 0..1, 0 when they are not the same name.
 * Two keys must agree: a shared consonant skeleton (or one consonant apart with equal Double
 * Metaphone codes) AND a high Jaro-Winkler similarity of the folded spellings.
 */
/** The initials a token can stand for: the initial of a romanised name follows its romanisation (V. Putin is Wladimir Putin too). */
function initialsOf(token: string): string[] {
  return token.length === 1 ? [token, foldSpelling(token)] : [token[0] ?? "", keysOf(token).spelling[0] ?? ""];
}

export function matchTokens(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) {
    const ib = initialsOf(b);
    return initialsOf(a).some((x) => ib.includes(x)) ? 0.85 : 0;
  }
  const ca = canonicalGivenName(a);
  if (ca !== null && ca === canonicalGivenName(b)) return 0.95;
  const ka = keysOf(a);
  const kb = keysOf(b);
  if (ka.spelling === kb.spelling) return 0.98;
  const jw = Math.max(...ka.spellings.flatMap((x) => kb.spellings.map((y) => jaroWinkler(x, y))));
  const short = Math.min(ka.spelling.length, kb.spelling.length) <= 4;
  if (overlaps(ka.skeletons, kb.skeletons)) {
    // Four shared consonants in order outweigh vowel drift (Belarusian akanye: Kachanava/Kochanova).
    const long = ka.skeletons.some((x) => x.length >= 4 && kb.skeletons.includes(x));
    return jw >= (short ? 0.82 : long ? 0.7 : 0.78) ? jw : 0;
  }
  if (short) return 0;
  const near = ka.skeletons.some((x) => kb.skeletons.some((y) => x.length >= 3 && levenshtein(x, y) <= 1));
  if (near && (jw >= 0.9 || (jw >= 0.84 && overlaps(ka.metaphone, kb.metaphone)))) return jw * 0.97;
  return 0;
}
