import { distance } from "fastest-levenshtein";
import type { EntityType } from "../types.ts";
import {
  isCommonWord,
  isDemonym,
  isFirstName,
  isKnownPlace,
  isKnownSurname,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from "./name-lexicon.ts";
import { findCountry } from "./find-country.ts";
import { formatRole, readAppositiveRole } from "./read-appositive-role.ts";

export interface FoundName {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  name: string;
  role: string | null;
  /** the country the role serves, from a demonym or possessive before it ("Iranian", "Iran's"); null when unsaid */
  roleCountry: string | null;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

interface Candidate {
  tokens: Token[];
  role: string | null;
  roleCountry?: string | null;
  possessive: boolean;
  type: EntityType | null;
}

// Capitalised words (with inner hyphens/apostrophes), "Mr."-style abbreviations and
// initials that precede another capitalised word ("A. Lukashenko").
const TOKEN = /\b(?:(?:Mr|Mrs|Ms|Dr|Prof|St)\.|\p{Lu}\.(?=\s?\p{Lu})|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:['’]s?)?)/gu;
const SPACE = /^ $/;
const CONNECTOR = /^\s(?:of|of the|de|al|bin|von|van der|van)\s$/;
// "of" only continues a name after a word that heads one ("Republic of Belarus",
// "Charter of the United Nations"), so "Dr. Sanjay Gupta of Emory University" stays two.
const OF_HEADS = new Set([
  ...ORG_KEYWORDS,
  ...PLACE_KEYWORDS,
  "Charter",
  "Treaty",
  "Museum",
  "Church",
  "Cathedral",
  "Order",
  "Declaration",
  "Convention",
  "Festival",
  "Battle",
]);
// Common acronyms that are not bodies of any kind.
const NOT_ORGS = new Set([
  "TV",
  "DUI",
  "MD",
  "CEO",
  "GDP",
  "AM",
  "PM",
  "OK",
  "ID",
  "DNA",
  "HIV",
  "AIDS",
  "PhD",
  "CFO",
  "IT",
  "AI",
  "FM",
  "UTC",
  "GMT",
]);
const SENTENCE_START = /(?:^|[.!?:;…]\s+|\n\s*|[“"‘(\[]\s*|[.!?]["”’]\s+)$/;
const PLACE_CUE = /\b(?:in|to|from|at|near|via|visited|visit|city of|town of|capital of|region of|province of)\s+$|,\s+of\s+$/i;
const SPEECH = /^\s+(?:said|says|stated|added|noted|stressed|emphasi[sz]ed|told|announced|explained|believes|recalled|thanked|assured)\b/;
const ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}{2,}|\p{Lu}{2,}-\p{Lu}{2,})$/u;

/**
 * People, places and organisations as capitalised sequences read against
 * compromise's lexicon, title words and keyword lists. compromise's own
 * people()/places() run its full tagger (~50 ms per article, over budget),
 * so only its lexicon is used here.
 */
export function findNames(text: string): FoundName[] {
  const candidates = groupTokens(text)
    .flatMap(splitPlaceBeforeTitle)
    .map((seq) => readSequence(text, seq))
    .filter((c): c is Candidate => c !== null);
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.type === "person" && c.tokens.length > 1) surnames.add(baseWord(c.tokens[c.tokens.length - 1]?.text ?? ""));
  }
  const out: FoundName[] = [];
  for (const c of candidates) {
    const first = c.tokens[0];
    const last = c.tokens[c.tokens.length - 1];
    if (!first || !last) continue;
    const end = last.start + baseWord(last.text).length;
    let type = c.type ?? resolvePending(text, c, surnames);
    // "Araghchi, Iran's foreign minister, said": a role after the name, and proof of a person
    const after = (type === "person" || type === null) && !c.role ? readAppositiveRole(text, end) : null;
    if (after) type = "person";
    if (!type) continue;
    const span = text.slice(first.start, end);
    const role = type === "person" ? (c.role ?? after?.role ?? null) : null;
    const roleCountry = type === "person" ? (c.roleCountry ?? after?.roleCountry ?? null) : null;
    out.push({ start: first.start, end, text: span, type, name: span.replace(/\s+/g, " "), role, roleCountry });
  }
  return out;
}

/**
 * The country a title belongs to: a demonym inside it ("Iranian Foreign Minister") or a country in
 * the possessive just before it ("Iran's Foreign Minister"), which ends the name sequence before.
 */
function findRoleCountry(text: string, seq: Token[], title: string[]): string | null {
  for (const word of title) {
    const country = isDemonym(word) || isKnownPlace(word) ? findCountry(word) : null;
    if (country) return country;
  }
  const before = text.slice(Math.max(0, (seq[0]?.start ?? 0) - 40), seq[0]?.start ?? 0);
  const owner = /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)['’]s?\s+$/u.exec(before);
  const words = owner?.[1]?.split(" ") ?? [];
  // "the United States' Secretary" and "Iran's Minister": the longest run of words naming a country.
  for (let from = 0; from < words.length; from++) {
    const country = findCountry(words.slice(from).join(" "));
    if (country) return country;
  }
  return null;
}

const HISTORICAL = /\b(?:former|ex-|late|then-?|outgoing|previous|erstwhile)\s*$/i;

function isCountryName(word: string): boolean {
  return isKnownPlace(word) && findCountry(word) !== null;
}

/**
 * "the current visit to Belarus Iranian President Masoud Pezeshkian" and "talks in Minsk President
 * Lukashenko said": a place run into a titled name is two names. Only when the rest reads as a
 * title and a name: "Moscow State University" and "Iran Health Ministry" stay whole, and a country
 * before a bare title ("Belarus President Lukashenko") is the title's country, read by readSequence.
 */
function splitPlaceBeforeTitle(seq: Token[]): Token[][] {
  for (let k = 1; k < seq.length - 1; k++) {
    const next = baseWord(seq[k]!.text);
    if (!(isDemonym(next) || ROLE_HEADS.has(next) || ROLE_MODIFIERS.has(next))) continue;
    const place = seq.slice(Math.max(0, k - 2), k).map((t) => baseWord(t.text));
    const last = place.at(-1) ?? "";
    const known = isKnownPlace(place.join(" ")) ? place.join(" ") : isKnownPlace(last) ? last : null;
    if (!known || (!isDemonym(next) && findCountry(known))) continue;
    if (readsAsTitledName(seq.slice(k).map((t) => baseWord(t.text)))) return [seq.slice(0, k), ...splitPlaceBeforeTitle(seq.slice(k))];
  }
  return [seq];
}

/** Nationalities and title words, ending in a title head, then at least one word of a name, and no body or place keyword. */
function readsAsTitledName(words: string[]): boolean {
  if (words.some((w) => ORG_KEYWORDS.has(w) || PLACE_KEYWORDS.has(w))) return false;
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ROLE_HEADS.has(w)) head = i;
    else if (!(ROLE_MODIFIERS.has(w) || isDemonym(w))) break;
  }
  return head >= 0 && head < words.length - 1;
}

function baseWord(word: string): string {
  return word.replace(/['’]s?$/, "");
}

function groupTokens(text: string): Token[][] {
  const seqs: Token[][] = [];
  let cur: Token[] = [];
  let hadConnector = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const tok = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const prev = cur[cur.length - 1];
    const gap = text.slice(prev?.end ?? 0, tok.start);
    const viaOf = CONNECTOR.test(gap) && prev !== undefined && OF_HEADS.has(prev.text);
    // After "Palace of Independence" a country starts a new name (a comma is often missing).
    const fresh: boolean = SPACE.test(gap) && hadConnector && isKnownPlace(tok.text);
    const joined: boolean = prev !== undefined && !/['’]s?$/.test(prev.text) && !fresh && (SPACE.test(gap) || viaOf);
    hadConnector = joined ? hadConnector || viaOf : false;
    if (!joined && cur.length) {
      seqs.push(cur);
      cur = [];
    }
    cur.push(tok);
  }
  if (cur.length) seqs.push(cur);
  return seqs;
}

function readSequence(text: string, seq: Token[]): Candidate | null {
  let tokens = seq;
  const head = tokens[0];
  const pair = seq
    .slice(0, 2)
    .map((t) => baseWord(t.text))
    .join(" ");
  if (
    head &&
    SENTENCE_START.test(text.slice(Math.max(0, head.start - 4), head.start)) &&
    isCommonWord(baseWord(head.text)) &&
    !ROLE_HEADS.has(head.text) &&
    !isKnownPlace(pair) &&
    // "Foreign Minister Araghchi said" opens a sentence with its title, not with a common word
    !(ROLE_MODIFIERS.has(head.text) && readsAsTitledName(seq.map((t) => baseWord(t.text))))
  ) {
    tokens = tokens.slice(1);
  }
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  const possessive = /['’]s?$/.test(last.text);
  const words = tokens.map((t) => baseWord(t.text));
  // "Belarusian Foreign Ministry" keeps its nationality: it tells which ministry.
  if (words.length > 1 && words.some((w) => ORG_KEYWORDS.has(w))) return { tokens, role: null, possessive, type: "organization" };
  if (words.length > 1 && words.some((w) => PLACE_KEYWORDS.has(w))) return { tokens, role: null, possessive, type: "place" };
  // Titles and nationalities lead the name but are not part of it.
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] ?? "";
    if (ROLE_HEADS.has(w) || ROLE_HEADS.has(w.replace(/-elect$/i, ""))) cut = i + 1;
    else if (!(ROLE_MODIFIERS.has(w) || isDemonym(w) || (i === 0 && isCountryName(w)))) break;
  }
  const titleStart = tokens[0]?.start ?? 0;
  if (cut > 0) tokens = tokens.slice(cut);
  else while (tokens.length > 1 && isDemonym(baseWord(tokens[0]?.text ?? ""))) tokens = tokens.slice(1);
  // The role is the title without its nationality ("Iranian Foreign Minister" → "Foreign Minister"),
  // marked former when the text says so ("former President", "ex-President", "the late President").
  const title = words
    .slice(0, cut)
    .filter((w) => !isDemonym(w) && !isCountryName(w))
    .join(" ")
    .replace(/\.$/, "");
  const role = title ? formatRole(title, HISTORICAL.test(text.slice(Math.max(0, titleStart - 12), titleStart))) : null;
  const roleCountry = role ? findRoleCountry(text, seq, words.slice(0, cut)) : null;
  const rest = tokens.map((t) => baseWord(t.text));
  const one = rest[0] ?? "";
  if (rest.length === 1) {
    if (one.length < 2 || /\d/.test(one) || ROLE_HEADS.has(one)) return null;
    if (NOT_ORGS.has(one)) return null;
    if (ACRONYM.test(one)) return { tokens, role, roleCountry, possessive, type: isKnownPlace(one) ? "place" : "organization" };
    if (isKnownPlace(one)) return { tokens, role, roleCountry, possessive, type: "place" };
    if (role) return { tokens, role, roleCountry, possessive, type: "person" };
    if (isFirstName(one) || isKnownSurname(one)) return { tokens, role, roleCountry, possessive, type: "person" };
    if (isDemonym(one) || isCommonWord(one) || one.includes("-") || ROLE_HEADS.has(one)) return null;
    return { tokens, role, roleCountry, possessive, type: null };
  }
  if (role || isFirstName(one) || /^\p{Lu}\.$/u.test(one) || isKnownSurname(rest[rest.length - 1] ?? ""))
    return { tokens, role, roleCountry, possessive, type: "person" };
  if (isKnownPlace(rest.join(" "))) return { tokens, role, roleCountry, possessive, type: "place" };
  if (rest.some((w) => isCommonWord(w) || isDemonym(w))) return null;
  return { tokens, role, roleCountry, possessive, type: null };
}

// Single unknown words and unknown multi-word names: decided from the rest of the text.
function resolvePending(text: string, c: Candidate, surnames: Set<string>): EntityType | null {
  const first = c.tokens[0];
  const last = c.tokens[c.tokens.length - 1];
  if (!first || !last) return null;
  const word = baseWord(last.text);
  if (surnames.has(word)) return "person";
  // Transliteration variants of a known surname ("Lukashenka" beside "Lukashenko").
  if (word.length >= 6 && [...surnames].some((s) => s.length >= 6 && distance(s, word) <= 1)) return "person";
  if (c.tokens.length > 1) return null;
  if (SPEECH.test(text.slice(last.end, last.end + 20))) return "person";
  if (c.possessive) return "person";
  if (PLACE_CUE.test(text.slice(Math.max(0, first.start - 12), first.start))) return "place";
  return null;
}
