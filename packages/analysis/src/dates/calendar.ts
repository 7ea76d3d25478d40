import type { DatePrecision, DateValue } from "../types.ts";

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
export const MONTH_PATTERN = "January|February|March|April|May|June|July|August|September|October|November|December";

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function interval(precision: DatePrecision, from: [number, number, number], to: [number, number, number]): DateValue {
  return { start: isoDate(...from), end: isoDate(...to), precision };
}

export function monthValue(year: number, month: number): DateValue {
  return interval("month", [year, month, 1], [year, month, lastDayOf(year, month)]);
}

export function yearValue(year: number, precision: DatePrecision = "year"): DateValue {
  return interval(precision, [year, 1, 1], [year, 12, 31]);
}

export function dayValue(year: number, month: number, day: number): DateValue {
  return interval("day", [year, month, day], [year, month, day]);
}

export const UNKNOWN_DATE: DateValue = { start: null, end: null, precision: "unknown" };

/** Shifts an ISO day by whole days, in UTC so local time zones cannot move it. */
export function addDays(iso: string, days: number): [number, number, number] {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}
