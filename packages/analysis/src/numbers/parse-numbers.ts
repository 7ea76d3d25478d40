import type { NumberApprox, NumberValue } from "../types.ts";
import {
  FRACTIONS,
  MULTIPLIER_VERBS,
  NUMBER_WORD_PATTERN,
  ORDINAL_WORD_PATTERN,
  readDigits,
  readNumberWords,
  readOrdinalWord,
} from "./number-words.ts";
import { readUnit } from "./read-unit.ts";

export interface FoundNumber {
  start: number;
  end: number;
  text: string;
  value: NumberValue;
}

/**
 * Plural round numbers name a span, not a value: "hundreds of" is at least two hundred and fewer
 * than a thousand, so "hundreds of protesters" conflicts with "50 protesters" and with "thousands".
 */
const VAGUE_QUANTITIES: Record<string, [number, number]> = {
  "hundreds of thousands": [2e5, 999_999],
  "tens of thousands": [2e4, 99_999],
  "tens of millions": [2e7, 99_999_999],
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999_999_999],
  billions: [2e9, 999_999_999_999],
};
const SCALE_VALUES: Record<string, number> = { dozen: 12, hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Short scales of money and trade figures; "m" and "k" only after a currency sign, since "2m" is also two metres.
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };
// A currency written out is the same unit as its sign; "dollars" in news copy means US dollars unless qualified.
const CURRENCY_WORDS: Record<string, string> = { dollar: "USD", euro: "EUR", "us dollar": "USD" };
const CURRENCY_SIGNS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s(?:hundred|thousand|million|billion|trillion))?`;
// No library in reach reads English quantities with their hedges ("slightly more than",
// "almost") and units in one pass with offsets (compromise does, but at ~50 ms per
// article), so this is a single regular-expression scan.
const CORE = new RegExp(
  [
    String.raw`(?<vague>\b(?:${Object.keys(VAGUE_QUANTITIES).join("|")}) of\b)`,
    String.raw`(?<half>\bhalf an? (?:dozen|hundred|thousand|million|billion)\b)`,
    String.raw`(?<dozen>\b(?:a|one|two|three|four|five|six) dozen\b)`,
    String.raw`(?<frac>\b(?:a|one|two|three|by) (?:half|thirds?|quarters?|fifths?|tenths?)\b)`,
    String.raw`(?<mult>\b(?:${Object.keys(MULTIPLIER_VERBS).join("|")})\b)`,
    String.raw`(?<ordd>(?<![\p{L}\d.,-])\d+(?:st|nd|rd|th)\b)`,
    String.raw`(?<ordw>\b(?:${ORDINAL_WORD_PATTERN})(?=\s(?:anniversary|meeting|session|summit|round|congress|conference|edition|term|forum|plenary|sitting)\b))`,
    String.raw`(?<dig>(?<![\p{L}\d.,:/]|\p{L}-)(?:${DIGITS})${SCALE}(?![\d:/]|[.,]\d))`,
    String.raw`(?<fold>\b(?:\d+|${NUMBER_WORD_PATTERN})-?fold\b)`,
    String.raw`(?<word>\b${NUMBER_WORD_PATTERN}\b)`,
  ].join("|"),
  "giu",
);

const HEDGES: [RegExp, NumberApprox][] = [
  [/\b(?:slightly |just |a little |somewhat )?(?:more than|over|above|in excess of|upwards of|exceeding)\s+$/i, "more-than"],
  [/\b(?:less than|fewer than|under|below|just under)\s+$/i, "less-than"],
  [/\b(?:almost|nearly|close to|not quite)\s+$/i, "less-than"],
  [/\b(?:about|around|approximately|roughly|some|an estimated|circa|approx\.)\s+$/i, "about"],
  [/\b(?:at least|no less than|no fewer than|a minimum of)\s+$/i, "at-least"],
  [/\b(?:at most|up to|no more than|a maximum of)\s+$/i, "at-most"],
];
// Words after "a third" that make it an ordinal ("a third country"), not a fraction.
const FRACTION_FOLLOWERS = /^(?:[,.;:!?)”"’]|\s*$|\s(?:of|since|in|over|from|to|compared|than|and|or|this|last|year|during|on|amid)\b)/;

export function parseNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    let value: number | null = null;
    let unit: string | null = null;
    // a currency sign before digits is the figure's unit and part of its span: "$2bn"
    const sign = g.dig ? text.slice(Math.max(0, start - 1), start).match(/[$€£]/)?.[0] : undefined;
    if (g.vague) {
      const [min, max] = VAGUE_QUANTITIES[g.vague.toLowerCase().replace(/ of$/, "")] ?? [0, 0];
      const u = readUnit(text.slice(end, end + 24));
      end += u.length;
      out.push({ start, end, text: text.slice(start, end), value: { value: min, min, max, unit: u.unit, approx: "about" } });
      continue;
    }
    if (g.half || g.dozen) {
      const [count, scale] = (g.half ?? g.dozen ?? "")
        .toLowerCase()
        .split(/ (?:an? )?/)
        .slice(-2);
      value = (g.half ? 0.5 : (readNumberWords(count ?? "") ?? 1)) * (SCALE_VALUES[scale ?? ""] ?? 1);
      const u = readUnit(text.slice(end, end + 24));
      unit = u.unit;
      end += u.length;
    } else if (g.frac) {
      if (!FRACTION_FOLLOWERS.test(text.slice(end, end + 12))) continue;
      const [count, part] = g.frac.toLowerCase().split(" ");
      const n = count === "a" || count === "by" ? 1 : (readNumberWords(count ?? "") ?? 1);
      value = n * (FRACTIONS[part ?? ""] ?? 0);
      unit = "fraction";
    } else if (g.mult) {
      value = MULTIPLIER_VERBS[g.mult.toLowerCase()] ?? null;
      unit = "times";
    } else if (g.fold) {
      const n = g.fold.replace(/-?fold$/i, "");
      value = /^\d/.test(n) ? Number(n) : readNumberWords(n);
      unit = "times";
    } else if (g.ordd || g.ordw) {
      value = g.ordd ? parseInt(g.ordd, 10) : readOrdinalWord(g.ordw ?? "");
      unit = "ordinal";
    } else {
      const raw = g.dig ?? g.word ?? "";
      if (/^one$/i.test(raw) && !/^-\p{L}/u.test(text.slice(end))) continue; // "one must go", "one of"
      value = g.dig ? readScaled(raw) : readNumberWords(raw);
      if (value === null) continue;
      if (g.dig && /^-\p{Lu}/u.test(text.slice(end))) continue; // "35-A", model names
      if (g.dig && /^(?:19|20)\d{2}$/.test(raw)) continue; // a year; dates handle it
      const short = g.dig ? text.slice(end, end + 5).match(sign ? /^\s?(bn|mn|trn|tn|b|m|k)\b/i : /^\s?(bn|mn|trn|tn)\b/i) : null;
      if (short) {
        value *= SHORT_SCALES[(short[1] ?? "").toLowerCase()] ?? 1;
        end += short[0].length;
      }
      const tail = text.slice(end, end + 24);
      const fold = tail.match(/^-?fold\b|^ times\b/i);
      const age = tail.match(/^[- ]years?[- ]old\b/i);
      const pct = tail.match(/^\s?(?:%|percent\b|per cent\b)/i);
      if (fold) {
        unit = "times";
        end += fold[0].length;
      } else if (age) {
        unit = "years of age";
        end += age[0].length;
      } // "a 15-year-old" is an age, not a span of 15 years
      else if (pct) {
        unit = "percent";
        end += pct[0].length;
      } else if (sign)
        unit = CURRENCY_SIGNS[sign] ?? null; // "$400 million last year": the sign is the unit
      else {
        // The counted noun belongs in the span: "two-day", "almost four hours".
        const us = tail.match(/^\s(?:US|U\.S\.) ?dollars?\b/);
        const u = us ? { unit: "us dollar", length: us[0].length } : readUnit(tail);
        unit = u.unit === null ? null : (CURRENCY_WORDS[u.unit] ?? u.unit);
        end += u.length;
      }
      if (/^one$/i.test(raw) && !unit) continue; // "one-off", "one-sided"
    }
    if (value === null) continue;
    const { approx, hedgeStart } = readHedge(text, sign ? start - 1 : start);
    const from = g.frac?.toLowerCase().startsWith("by ") ? start + 3 : hedgeStart;
    out.push({ start: from, end, text: text.slice(from, end), value: toValue(value, unit, approx) });
  }
  return joinRanges(text, out);
}

/**
 * "between 200 and 300 people", "from 10 to 15 percent", "20–30 years": one quantity anywhere in
 * the span, so "250 people" agrees with it and "400 people" does not. The first bound takes the
 * unit of the second.
 */
function joinRanges(text: string, found: FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const n of found) {
    const prev = out.at(-1);
    const gap = prev ? text.slice(prev.end, n.start) : "";
    const lead = prev ? text.slice(Math.max(0, prev.start - 9), prev.start) : "";
    const worded = /^\s+(?:to|and)\s+$/.test(gap) && /\b(?:between|from)\s+$/i.test(lead);
    const dashed = /^\s?[–—-]\s?$/.test(gap);
    if (
      prev &&
      (worded || dashed) &&
      prev.value.approx === "exact" &&
      n.value.approx === "exact" &&
      (prev.value.unit === null || prev.value.unit === n.value.unit) &&
      prev.value.value < n.value.value
    ) {
      const start = worded ? prev.start - (lead.match(/(?:between|from)\s+$/i)?.[0].length ?? 0) : prev.start;
      out[out.length - 1] = {
        start,
        end: n.end,
        text: text.slice(start, n.end),
        value: { value: prev.value.value, min: prev.value.value, max: n.value.value, unit: n.value.unit, approx: "about" },
      };
    } else out.push(n);
  }
  return out;
}

function readScaled(raw: string): number {
  const [digits, scale] = raw.split(/\s/);
  const mul = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale ?? ""] ?? 1;
  return readDigits(digits ?? "") * mul;
}

function readHedge(text: string, start: number): { approx: NumberApprox; hedgeStart: number } {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const [re, approx] of HEDGES) {
    const h = before.match(re);
    if (h) return { approx, hedgeStart: start - h[0].length };
  }
  return { approx: "exact", hedgeStart: start };
}

function toValue(value: number, unit: string | null, approx: NumberApprox): NumberValue {
  switch (approx) {
    case "more-than":
    case "at-least":
      return { value, min: value, max: null, unit, approx };
    case "at-most":
      return { value, min: null, max: value, unit, approx };
    case "less-than":
      // "almost four hours" sits just under four, not anywhere down to zero.
      return { value, min: value * 0.8, max: value, unit, approx };
    case "about":
      return { value, min: value * 0.9, max: value * 1.1, unit, approx };
    default:
      return { value, min: value, max: value, unit, approx };
  }
}
