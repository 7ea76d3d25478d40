import { findCountry } from "./find-country.ts";
import { ROLE_HEADS, ROLE_MODIFIERS } from "./name-lexicon.ts";

// Honorifics lead a name; they never follow one as its role.
const HONORIFICS = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Lord", "Lady"]);
// Either case for the first letter ("foreign minister", "Foreign Minister"), without the `i` flag,
// which would let \p{Lu} match lower-case letters too.
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).toLowerCase().replace(/[-.]/g, "[-. ]?")}`;
const words = (set: Set<string>) => [...set].filter((w) => !HONORIFICS.has(w)).map(eitherCase);
const HEAD = `(?:${words(ROLE_HEADS).join("|")})`;
const MODIFIER = `(?:${eitherCase("former")}|ex-|${words(ROLE_MODIFIERS).join("|")})`;
const COUNTRYISH = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}?`;
/**
 * ", Iran's foreign minister,", ", the Belarusian president.", ", the president of Iran,": a role
 * set after a name, between commas or closing the sentence. Written by hand: compromise's own
 * appositive reading runs its full tagger, which costs more than the budget of the whole engine.
 */
const APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:[Tt]he\s+)?(${eitherCase("former")}\s+|ex-)?(?:(${COUNTRYISH})\s+)?((?:${MODIFIER}\s+){0,3}${HEAD})(?:\s+of\s+(?:[Tt]he\s+)?(${COUNTRYISH}))?(?=\s*[,.;:)]|\s*$)`,
  "u",
);

export interface AppositiveRole {
  role: string;
  roleCountry: string | null;
}

/** The role stated right after a name that ends at `end`, with its country when the text gives one. */
export function readAppositiveRole(text: string, end: number): AppositiveRole | null {
  const match = APPOSITIVE.exec(text.slice(end, end + 90));
  if (!match) return null;
  const [, formerly, before, phrase = "", after] = match;
  const named = before ?? after ?? null;
  const roleCountry = named ? findCountry(named) : null;
  // "Raisi, Lukashenko's counterpart," names a person, not a country: no role of a country here.
  if (named && !roleCountry) return null;
  const title = phrase
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(" ");
  return { role: formatRole(title, formerly !== undefined), roleCountry };
}

/**
 * A title as a role, one spelling for every way a text marks a holder of the past ("former
 * President", "Former President", "ex-President" are all "former President").
 */
export function formatRole(title: string, past: boolean): string {
  const bare = title.replace(/^(?:Former|Ex-)\s*/i, "");
  return past || bare !== title ? `former ${bare}` : bare;
}
