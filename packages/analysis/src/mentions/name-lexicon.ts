import nlp from "compromise";

// compromise's lexicon doubles as a gazetteer (countries, cities, first names, demonyms)
// without running its tagger, which costs ~50 ms per article.
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

const PLACE_TAGS = new Set(["Country", "City", "Region", "Place", "Address"]);
const FIRST_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const PROPER_TAGS = new Set([...PLACE_TAGS, ...FIRST_NAME_TAGS, "ProperNoun", "Person", "LastName", "Organization", "Demonym"]);

function tagsOf(word: string): string[] {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export function isKnownPlace(word: string): boolean {
  return tagsOf(word).some((t) => PLACE_TAGS.has(t));
}

export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
}

export function isKnownSurname(word: string): boolean {
  return tagsOf(word).includes("LastName");
}

export function isDemonym(word: string): boolean {
  const parts = word.split("-");
  return parts.every(
    (p) =>
      tagsOf(p).includes("Demonym") || tagsOf(p.replace(/s$/, "")).includes("Demonym") || /^(?:Eurasian|Persian|Arab|Islamic)$/.test(p),
  );
}

// The lexicon lacks some of these ("march" is missing), and they are never names here.
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/** An ordinary English word (in the lexicon, but not as a name of anything). */
export function isCommonWord(word: string): boolean {
  if (CALENDAR_WORD.test(word)) return true;
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

/** The last word of a title: the rest of the title is whatever precedes it. */
export const ROLE_HEADS = new Set(
  (
    "President Vice-President Minister Leader Secretary Secretary-General Chancellor King Queen Prince Princess " +
    "Emir Sultan Ambassador Envoy Chairman Chairwoman Chair Speaker Governor Mayor Senator Spokesman Spokeswoman " +
    "Spokesperson Commander Chief Director Premier Emperor Pope Ayatollah Sheikh General Colonel Patriarch " +
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Sir Lord Lady Head Representative Judge"
  ).split(" "),
);
/** Words that may precede a role head inside a title ("Foreign", "Supreme", "Deputy Prime"). */
export const ROLE_MODIFIERS = new Set(
  (
    "Foreign Defence Defense Interior Finance Economy Trade Energy Health Justice Prime Deputy Vice First Supreme " +
    "Acting Former Crown State General Affairs Security Education Culture Agriculture Industry Transport " +
    "Secretary Senior Executive Chief"
  ).split(" "),
);

export const ORG_KEYWORDS = new Set(
  (
    "Organization Organisation Union Council Forum Ministry Agency Commission Committee Bank Party Parliament " +
    "Assembly Corporation Company Group Institute University Association Nations Fund Court Army Navy Corps " +
    "Service News Press Times Post Office Department Inc Ltd Alliance League Network Reel Guard Foundation " +
    "Academy Duma Congress Senate Cabinet Government Administration Authority Bureau Patrol Police Club Team " +
    "Airlines Airways Motors Studios Records Hospital School College Center Centre Museum Church Foundation Institute"
  ).split(" "),
);
export const PLACE_KEYWORDS = new Set(
  (
    "Republic Federation Kingdom States Emirates Gulf Sea Ocean River Lake Mountains Island Islands Province " +
    "Region Oblast Strait Peninsula East Asia Europe Africa America City Square Street Palace Valley Desert " +
    "Coast Bay Canal Airport Mount Mt Park Bridge Garden"
  ).split(" "),
);
