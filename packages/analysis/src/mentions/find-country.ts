import countries from "world-countries/countries.json" with { type: "json" };

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  unMember: boolean;
  area: number;
}

// Where a word names several (the demonym "American" is also the Northern Mariana Islands', "French"
// also the French Southern Lands'), the first country listed keeps it: UN members first, larger first.
const RANKED = [...(countries as CountryRecord[])].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
/** English exonyms news prose uses that the data set lists under another name. */
const EXONYMS: [string, string][] = [
  ["Turkey", "Türkiye"],
  ["Britain", "United Kingdom"],
  ["UK", "United Kingdom"],
  ["U.K.", "United Kingdom"],
];

// One lookup of every English way a news text names a country as an adjective or a noun:
// demonyms ("Iranian"), short and official names, and the longer alternative spellings. Two- and
// three-letter codes are left out ("IT", "BY" and "US" are words too), except when written with
// dots ("U.S.", "U.K."), which is how news prose writes them.
const BY_WORD: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const put = (word: string, country: string) => {
    const key = word.toLowerCase();
    if (!map.has(key)) map.set(key, country);
  };
  for (const c of RANKED) {
    const country = c.name.common;
    put(country, country);
    put(c.name.official, country);
    for (const alt of c.altSpellings) if (alt.length > 3) put(alt, country);
    const eng = c.demonyms?.eng;
    if (eng) {
      put(eng.m, country);
      put(eng.f, country);
    }
    put(c.cca2.split("").join(".") + ".", country);
  }
  for (const [word, country] of EXONYMS) put(word, country);
  return map;
})();

/** The country a word names or describes ("Iranian", "Iran's", "U.S."), by its common English name, else null. */
export function findCountry(word: string): string | null {
  const bare = word.replace(/['’]s?$/, "");
  return BY_WORD.get(bare.toLowerCase()) ?? null;
}
