// Words that follow a number without naming what is counted ("30 of them", "two and …").
const NOT_UNITS = new Set(
  (
    "of the a an and or but nor to in on at for with by from than as that which who whom whose this these those " +
    "was were is are be been being has have had will would can could may might must shall should do did does " +
    "after before since ago more less most least times per each every other such our their his her its my your " +
    "also still only just even not no yet so if then when while where how what there here into onto over under " +
    "about around among between during through against without within across behind beyond up down out off"
  ).split(" "),
);

const IRREGULAR: Record<string, string> = {
  people: "person",
  persons: "person",
  men: "man",
  women: "woman",
  children: "child",
  countries: "country",
  series: "series",
  species: "species",
  news: "news",
};

/** One spelling per unit whatever the grammatical number: "years" and "year" both give "year". */
export function singularizeUnit(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * The counted noun right after a number ("two-day", "30 years"), singularised, or null
 * when the next word is a function word or a capitalised name.
 */
export function readUnit(after: string): { unit: string | null; length: number } {
  const m = after.match(/^(-|\s)([a-z][a-z]*)\b/u);
  if (!m?.[2] || NOT_UNITS.has(m[2])) return { unit: null, length: 0 };
  // Spaced units only count when the noun is right there, not across a line break.
  if (m[1] === "\n") return { unit: null, length: 0 };
  return { unit: singularizeUnit(m[2]), length: m[0].length };
}
