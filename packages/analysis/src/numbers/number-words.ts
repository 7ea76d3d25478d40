const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fifteenth: 15,
  twentieth: 20,
  thirtieth: 30,
  fiftieth: 50,
  hundredth: 100,
};
export const MULTIPLIER_VERBS: Record<string, number> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  trebled: 3,
  quadrupled: 4,
  quadrupling: 4,
  quintupled: 5,
  sextupled: 6,
};
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

const SMALL = [...Object.keys(UNITS), ...Object.keys(TENS)].join("|");
/** "thirty-five", "two hundred", "1.5 million", "a hundred" — one number in words or digits. */
export const NUMBER_WORD_PATTERN = `(?:(?:${SMALL})(?:[- ](?:${Object.keys(UNITS).join("|")}))?(?: (?:and )?(?:hundred|thousand|million|billion|trillion)(?: (?:and )?(?:${SMALL})(?:[- ](?:${Object.keys(UNITS).join("|")}))?)?)*)`;
export const ORDINAL_WORD_PATTERN = Object.keys(ORDINALS).join("|");

/** Value of a number written in words, e.g. "thirty-five" → 35, "two hundred thousand" → 200000. */
export function readNumberWords(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === "and" || w === "a") continue;
    if (w in UNITS) current += UNITS[w] ?? 0;
    else if (w in TENS) current += TENS[w] ?? 0;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

export function readOrdinalWord(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}

export function readDigits(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}
