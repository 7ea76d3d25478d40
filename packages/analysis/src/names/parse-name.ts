import anyAscii from "any-ascii";

/** A personal name split into surname tokens and given-name tokens (folded to lower-case ASCII). */
export interface ParsedName {
  surname: string[];
  given: string[];
  /** every token, surname first; used when the order of the parts is unreliable */
  all: string[];
}

// Honorifics and titles carry no identity; Persian/Arabic "Seyed" variants are an honorific, not a given name.
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sir",
  "president",
  "minister",
  "gen",
  "general",
  "col",
  "seyed",
  "seyyed",
  "sayed",
  "sayyed",
  "sayyid",
  "seyyid",
  "syed",
  "sayid",
  "haj",
  "hajj",
  "haji",
  "hajji",
  "sheikh",
  "shaikh",
  "sheik",
  "mullah",
  "imam",
]);

// Arabic/Persian articles written apart from the name ("Al Sharaa", "al-Shaar").
const ARTICLES = new Set(["al", "el", "ul"]);
const ABD = /^abd(?:ul|el|al|ol|ur|ar|us|as|ush)?$/;

export function foldName(text: string): string {
  return anyAscii(text).toLowerCase();
}

/** Splits folded text into name tokens, dropping apostrophes (Ja'fari = Jafari) and keeping initials as one letter. */
export function tokenizeName(text: string): string[] {
  const folded = foldName(text).replace(/['’`ʼʻ]/g, "");
  const raw = folded.split(/[^a-z]+/).filter((t) => t.length > 0);
  return joinAbdCompounds(raw.filter((t) => !TITLES.has(t)));
}

// "Abd al Fatah", "Abdul Fatah" and "Abdulfatah" are one name written in one, two or three pieces.
function joinAbdCompounds(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1];
    if (ABD.test(t) && next !== undefined) {
      if ((next === "al" || next === "el" || next === "ul") && tokens[i + 2] !== undefined) {
        out.push(`abdal${tokens[i + 2]}`);
        i += 2;
      } else {
        out.push(`abdal${next}`);
        i += 1;
      }
      continue;
    }
    out.push(normalizeAbdToken(t));
  }
  return joinSuffixes(out.filter((t) => !ARTICLES.has(t)));
}

// Persian surname suffixes written apart ("Fakhr Zadeh", "Dehghan Pour") belong to the word before them.
const SUFFIXES = new Set([
  "zadeh",
  "zade",
  "pour",
  "pur",
  "nejad",
  "nezhad",
  "nejhad",
  "abadi",
  "fard",
  "far",
  "eddin",
  "eddine",
  "addin",
  "uddin",
]);

function joinSuffixes(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (SUFFIXES.has(t) && out.length > 0) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

/** East Slavic patronymics (Leonidovich, Leanidavich, Mykolaiovych, Ivanovna, Aliaksandrauna, Grigorjevitj). */
export function isPatronymic(token: string): boolean {
  return token.length > 5 && /(?:vich|vych|vitj|vitch|ovna|evna|ichna|auna|awna|ovych)$/.test(token);
}

function normalizeAbdToken(t: string): string {
  const m = /^abd(?:ul|el|al|ol|ur|ar|us|as)(.{3,})$/.exec(t);
  return m ? `abdal${m[1]}` : t;
}

function isAllCaps(word: string): boolean {
  return /\p{Lu}{2}/u.test(word) && !/\p{Ll}/u.test(word);
}

/**
 * Parses "SURNAME, Given Patronymic" (list form), "SURNAME Given" (upper-case surname first)
 * or "Given [Patronymic] Surname" (running text).
 */
export function parseName(text: string): ParsedName {
  const comma = text.indexOf(",");
  let surnameText: string;
  let givenText: string;
  if (comma >= 0) {
    surnameText = text.slice(0, comma);
    givenText = text.slice(comma + 1);
  } else {
    const words = text.trim().split(/\s+/);
    const capsLead = leadingCapsCount(words);
    if (capsLead > 0 && capsLead < words.length) {
      surnameText = words.slice(0, capsLead).join(" ");
      givenText = words.slice(capsLead).join(" ");
    } else {
      const tokens = tokenizeName(text);
      const surname = tokens.slice(-1);
      const given = tokens.slice(0, -1);
      return { surname, given, all: [...surname, ...given] };
    }
  }
  const surname = tokenizeName(surnameText);
  const given = tokenizeName(givenText);
  return { surname, given, all: [...surname, ...given] };
}

// In "LUKASHENKO Alexander" the capitals mark the surname; an all-caps string says nothing.
function leadingCapsCount(words: string[]): number {
  let n = 0;
  while (n < words.length && isAllCaps(words[n] as string)) n++;
  return n;
}
