import * as chrono from "chrono-node";
import type { DateValue } from "../types.ts";
import { addDays, dayValue, interval, isoDate, lastDayOf, monthValue, UNKNOWN_DATE, yearValue } from "./calendar.ts";
import { matchBareYears, matchDateRules } from "./match-date-rules.ts";

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  value: DateValue;
}

// Spans chrono reads as a point although they name a stretch or nothing precise.
const VAGUE =
  /\b(?:past|last|next|coming|recent)\s+(?:few|several|\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?|decades?)\b|\bnow\b|\bsoon\b/i;
// "for 33 years", "within two weeks", "two years later": chrono counts them from the reference
// (2058 for "for 33 years"), but they state a length of time or a time relative to the story,
// not a date; only "… ago" is counted back from publication.
const DURATION =
  /\b(?:\d+|an?|several|(?:a )?few|(?:a )?couple of|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/i;
const SAME_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
const DAY_BEFORE = /\b(?:last night|yesterday)\b/i;

/**
 * Dates in `text` as inclusive intervals, resolved against `reference` (YYYY-MM-DD).
 * chrono-node finds and reads the common forms with offsets; match-date-rules adds
 * the forms it misses; without a reference, anything relative or year-less is "unknown".
 */
export function parseDates(text: string, reference: string | null): FoundDate[] {
  const found = matchDateRules(text, reference);
  const refDate = reference ? new Date(`${reference}T12:00:00`) : new Date(2000, 5, 15, 12);
  for (const r of chrono.parse(text, refDate)) {
    const span = trimSpan(text, r.index, r.index + r.text.length);
    if (found.some((h) => h.start < span.end && span.start < h.end)) continue;
    const value = readChrono(r, text.slice(span.start, span.end), reference);
    if (value) found.push({ ...span, value });
  }
  found.push(...matchBareYears(text, found));
  return found
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end), value: h.value }));
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const piece = text.slice(start, end);
  const tail = piece.match(/(?:,|\s+(?:of|at|in|on))\s*$/i);
  const head = piece.match(/^(?:on|in|at|since|by|from|of|the)\s+/i);
  const from = head ? start + head[0].length : start;
  const to = tail ? end - tail[0].length : end;
  // chrono may take the space before "(Reuters)" into "Aug. 20 "
  return { start: from, end: from + text.slice(from, to).trimEnd().length };
}

function readChrono(r: chrono.ParsedResult, span: string, reference: string | null): DateValue | null {
  if (VAGUE.test(span)) return null;
  if (DURATION.test(span) && !/\bago\b/i.test(span)) return null;
  if (/\bago\b/i.test(span)) {
    // "a year ago" is the year before publication, as precise as its unit
    if (!reference) return UNKNOWN_DATE;
    const [y, m, d] = [r.start.get("year") ?? 0, r.start.get("month") ?? 1, r.start.get("day") ?? 1];
    if (/\b(?:years?|decades?)\b/i.test(span)) return yearValue(y);
    if (/\bmonths?\b/i.test(span)) return monthValue(y, m);
    return dayValue(y, m, d);
  }
  const c = r.start;
  if (SAME_DAY.test(span) || DAY_BEFORE.test(span)) {
    if (!reference) return UNKNOWN_DATE;
    const [y, m, d] = addDays(reference, DAY_BEFORE.test(span) ? -1 : 0);
    return dayValue(y, m, d);
  }
  const hasYear = c.isCertain("year");
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const certainDay = c.isCertain("day");
  const certainMonth = c.isCertain("month");
  if (!certainDay && !certainMonth && !hasYear) {
    if (!c.isCertain("weekday")) return null; // times of day
    // "on Tuesday" names one day. chrono may pick the coming one; a news report
    // mostly tells what has happened, so the latest such day up to the reference is taken.
    if (!reference) return UNKNOWN_DATE;
    const iso = isoDate(c.get("year") ?? 0, c.get("month") ?? 1, c.get("day") ?? 1);
    const [y, m, d] = addDays(iso, iso > reference ? -7 : 0);
    return dayValue(y, m, d);
  }
  // A year-less "20 August" belongs to the reference year, as a news report means it.
  const year = hasYear && /\d{2}/.test(span) ? c.get("year") : refYear;
  if (year === null || year === undefined) return UNKNOWN_DATE;
  const month = c.get("month") ?? 1;
  if (certainDay) {
    // Relative day words ("on Monday") are resolved by chrono against the reference.
    if (!reference && !/\d/.test(span)) return UNKNOWN_DATE;
    return dayValue(year, month, c.get("day") ?? 1);
  }
  if (certainMonth) return monthValue(year, month);
  if (hasYear) return yearValue(year);
  return interval("unknown", [year, 1, 1], [year, 12, lastDayOf(year, 12)]);
}
