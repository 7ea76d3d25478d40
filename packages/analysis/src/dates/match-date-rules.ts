import type { DateValue } from "../types.ts";
import { addDays, interval, isoDate, lastDayOf, MONTH_PATTERN, monthIndex, monthValue, UNKNOWN_DATE, yearValue } from "./calendar.ts";

export interface RuleHit {
  start: number;
  end: number;
  value: DateValue;
}

type Rule = { re: RegExp; read: (m: RegExpExecArray, refYear: number | null, reference: string | null) => DateValue | null };

const YEAR = "(?:19|20)\\d{2}";
const RELATIVE_YEAR = "(?:this|last|next|the previous|the following|the current|the past) year";
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

function resolveYear(token: string | undefined, refYear: number | null): number | null {
  if (!token) return refYear;
  if (/^\d{4}$/.test(token)) return Number(token);
  if (refYear === null) return null;
  if (/last|previous|past/i.test(token)) return refYear - 1;
  if (/next|following/i.test(token)) return refYear + 1;
  return refYear;
}

function seasonValue(season: string, year: number): DateValue {
  const [from, to] = SEASON_MONTHS[season.toLowerCase()] ?? [1, 12];
  // Winter runs from December of the named year into February of the next.
  const toYear = to < from ? year + 1 : year;
  return interval("season", [year, from, 1], [toYear, to, lastDayOf(toYear, to)]);
}

const PART_DAYS: Record<string, [number, number | null]> = {
  early: [1, 10],
  "the beginning of": [1, 10],
  "the start of": [1, 10],
  mid: [11, 20],
  "the middle of": [11, 20],
  late: [21, null],
  "the end of": [21, null],
};

// Thirds of a year for "early/mid/late 2024": the usual reading in news style guides, and wide
// enough that "early 2024" never conflicts with "February 2024".
const PART_MONTHS: Record<string, [number, number]> = {
  early: [1, 4],
  "the beginning of": [1, 4],
  "the start of": [1, 4],
  mid: [5, 8],
  "the middle of": [5, 8],
  late: [9, 12],
  "the end of": [9, 12],
};
const HALF_MONTHS: Record<string, [number, number]> = { first: [1, 6], second: [7, 12] };
const QUARTER_MONTHS: Record<string, [number, number]> = {
  first: [1, 3],
  second: [4, 6],
  third: [7, 9],
  fourth: [10, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
};
const DAY = "(?:[12]\\d|3[01]|0?[1-9])";

function monthsValue([from, to]: [number, number], year: number): DateValue {
  return interval("range", [year, from, 1], [year, to, lastDayOf(year, to)]);
}

function dayRange(year: number | null, month: number, first: number, last: number): DateValue | null {
  if (year === null) return UNKNOWN_DATE;
  if (last <= first || last > lastDayOf(year, month)) return null;
  return interval("range", [year, month, first], [year, month, last]);
}

// chrono-node reads "mid-March" as all of March, "20-21 August" as the 20th, "early 2024" and
// "the 1990s" as one year, ignores seasons, bare years and year ranges, and turns "this year"
// into 1 January: these forms are read here.
const RULES: Rule[] = [
  {
    // "20-21 August 2025", "between 10 and 12 March", "from 3 to 5 May"
    re: new RegExp(`\\b(?:between |from )?(${DAY})(?:\\s?[–—-]\\s?| and | to )(${DAY}) (${MONTH_PATTERN})(?:,? (${YEAR}))?\\b`, "gi"),
    read: (m, ref) => dayRange(resolveYear(m[4], ref), monthIndex(m[3] ?? ""), Number(m[1]), Number(m[2])),
  },
  {
    // "August 20-21, 2025", "March 10 to 12"
    re: new RegExp(`\\b(${MONTH_PATTERN}) (${DAY})(?:\\s?[–—-]\\s?| to | and )(${DAY})(?:,? (${YEAR}))?\\b`, "gi"),
    read: (m, ref) => dayRange(resolveYear(m[4], ref), monthIndex(m[1] ?? ""), Number(m[2]), Number(m[3])),
  },
  {
    // "last week" is seven days (Monday to Sunday), not the one day chrono picks inside it
    re: /\b(this|last|next|the previous|the following|the past) week\b/gi,
    read: (m, ref, reference) => {
      if (!reference) return UNKNOWN_DATE;
      const word = (m[1] ?? "").toLowerCase();
      const shift = /last|previous|past/.test(word) ? -7 : /next|following/.test(word) ? 7 : 0;
      const weekday = (new Date(`${reference}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
      const monday = addDays(reference, shift - weekday);
      return interval("range", monday, addDays(isoDate(...monday), 6));
    },
  },
  {
    // "the 1990s", "the 2010s"
    re: /\b(?:the )?((?:19|20)\d0)['’]?s\b/gi,
    read: (m) => interval("range", [Number(m[1]), 1, 1], [Number(m[1]) + 9, 12, 31]),
  },
  {
    // "the end of the year" is the reference year, like "this year"
    re: new RegExp(
      `\\b(early|mid|late|the beginning of|the start of|the middle of|the end of)[- ](${YEAR}|${RELATIVE_YEAR}|the year)\\b`,
      "gi",
    ),
    read: (m, ref) => {
      const y = resolveYear(m[2], ref);
      const part = PART_MONTHS[(m[1] ?? "").toLowerCase()];
      return y === null || !part ? UNKNOWN_DATE : monthsValue(part, y);
    },
  },
  {
    re: new RegExp(
      `\\b(?:the )?(first|second) half of (${YEAR}|${RELATIVE_YEAR})\\b|\\b(?:the )?(first|second|third|fourth) quarter of (${YEAR}|${RELATIVE_YEAR})\\b|\\b(Q[1-4]) (${YEAR})\\b`,
      "gi",
    ),
    read: (m, ref) => {
      const y = resolveYear(m[2] ?? m[4] ?? m[6], ref);
      const months = m[1] ? HALF_MONTHS[m[1].toLowerCase()] : QUARTER_MONTHS[(m[3] ?? m[5] ?? "").toLowerCase()];
      return y === null || !months ? UNKNOWN_DATE : monthsValue(months, y);
    },
  },
  {
    re: new RegExp(`\\b(${YEAR})\\s?[–—-]\\s?(${YEAR}|\\d{2})\\b`, "g"),
    read: (m) => {
      const a = Number(m[1]);
      const b = m[2]?.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      return b > a ? interval("range", [a, 1, 1], [b, 12, 31]) : null;
    },
  },
  {
    re: new RegExp(`\\b(?:(?:early|mid|late)[- ])?(spring|summer|autumn|winter|fall)(?: of)? (${YEAR}|${RELATIVE_YEAR})\\b`, "gi"),
    read: (m, ref) => {
      const y = resolveYear(m[2], ref);
      return y === null ? UNKNOWN_DATE : seasonValue(m[1] ?? "", y);
    },
  },
  {
    // "the fall" alone is too often a collapse, so fall needs this/last/next.
    re: /\b(?:(?:this|last|next) |the )(spring|summer|autumn|winter)\b|\b(?:this|last|next) (fall)\b/gi,
    read: (m, ref) => {
      if (ref === null) return UNKNOWN_DATE;
      const word = m[0].toLowerCase();
      return seasonValue(m[1] ?? m[2] ?? "", word.startsWith("last") ? ref - 1 : word.startsWith("next") ? ref + 1 : ref);
    },
  },
  {
    re: new RegExp(
      `\\b(early|mid|late|the beginning of|the start of|the middle of|the end of)[- ](${MONTH_PATTERN})(?:,? (${YEAR}))?\\b`,
      "gi",
    ),
    read: (m, ref) => {
      const y = resolveYear(m[3], ref);
      const month = monthIndex(m[2] ?? "");
      const part = PART_DAYS[(m[1] ?? "").toLowerCase()];
      if (y === null || !part) return UNKNOWN_DATE;
      return interval("part-of-month", [y, month, part[0]], [y, month, part[1] ?? lastDayOf(y, month)]);
    },
  },
  {
    re: new RegExp(`\\b(${MONTH_PATTERN}) of (${RELATIVE_YEAR})\\b`, "gi"),
    read: (m, ref) => {
      const y = resolveYear(m[2], ref);
      return y === null ? UNKNOWN_DATE : monthValue(y, monthIndex(m[1] ?? ""));
    },
  },
  {
    re: new RegExp(`\\b${RELATIVE_YEAR}\\b`, "gi"),
    read: (m, ref) => {
      const y = resolveYear(m[0], ref);
      return y === null ? UNKNOWN_DATE : yearValue(y);
    },
  },
];

const BARE_YEAR: Rule[] = [
  {
    // A bare year; digits glued to letters or hyphens ("Su-2024", "2024-style") are not years.
    re: new RegExp(`(?<![\\p{L}\\d.,:/-])(${YEAR})(?![\\d%/]|[.,]\\d|-\\p{L}|\\s?(?:percent|per cent)\\b)`, "gu"),
    read: (m) => yearValue(Number(m[1])),
  },
];

/** Seasons, parts of months, year ranges and relative years, which chrono-node misreads. */
export function matchDateRules(text: string, reference: string | null): RuleHit[] {
  return applyRules(RULES, text, reference, []);
}

/** Years standing alone ("In 2024", "until 2026"), outside spans already taken. */
export function matchBareYears(text: string, taken: { start: number; end: number }[]): RuleHit[] {
  return applyRules(BARE_YEAR, text, null, taken);
}

function applyRules(rules: Rule[], text: string, reference: string | null, taken: { start: number; end: number }[]): RuleHit[] {
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      if (taken.some((h) => h.start < end && start < h.end)) continue;
      const value = rule.read(m, refYear, reference);
      if (value) hits.push({ start, end, value });
    }
  }
  return hits;
}
