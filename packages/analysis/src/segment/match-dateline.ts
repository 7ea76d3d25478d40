import * as chrono from "chrono-node";

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/gi;
const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");

export interface Dateline {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM when the line states a time ("20 August 2025, 16:28") */
  time: string | null;
}

/**
 * The date (and time) of a dateline: a short line that is essentially a full calendar date, maybe
 * with a weekday, a time and up to `strayWords` words of page chrome ("Flag Wednesday, 20 August
 * 2025"); null for anything else. Shared by segmentation here and metadata reading in ingest.
 */
export function readDateline(line: string, strayWords = 1): Dateline | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 60 || !/\d/.test(trimmed)) return null;
  const hit = chrono
    .parse(trimmed, new Date(2000, 0, 1))
    .find((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"));
  if (!hit) return null;
  const rest = (trimmed.slice(0, hit.index) + " " + trimmed.slice(hit.index + hit.text.length))
    .replace(WEEKDAY, " ")
    .replace(/\b\d{1,2}:\d{2}\b/g, " ")
    .replace(/[^\p{L}\s]/gu, " ")
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > strayWords) return null;
  const s = hit.start;
  const date = `${String(s.get("year")).padStart(4, "0")}-${pad(s.get("month"))}-${pad(s.get("day"))}`;
  return { date, time: s.isCertain("hour") ? `${pad(s.get("hour"))}:${pad(s.get("minute"))}` : null };
}

/** ISO date (YYYY-MM-DD) when the line is a dateline, else null. */
export function matchDateline(line: string): string | null {
  return readDateline(line)?.date ?? null;
}

/**
 * A wire-service dateline opening a paragraph: a capitalised place, maybe a date, maybe the agency,
 * then a dash ("MINSK, Aug. 20 (Reuters) - ", "TEHRAN, Iran (AP) — ", "MINSK — "). It tells where and
 * when the report was filed, not what happened, so it is not part of the first claim. The place
 * must be in capitals, as wire style writes it, and the report must go on with a capital or a quote,
 * so "Lukashenko - who …" or "BRICS — a group of …" is never taken for one.
 */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu}'’ -]*\p{Lu}(?:,[^()\n–—-]{1,30})?(?:\s*\([\p{L}][\p{L} .&/-]{0,30}\))?\s*(?:--?|–|—)\s+(?=[\p{Lu}"“‘])/u;

/** Length of the wire dateline at the start of `line` (0 when there is none). */
export function matchWireDateline(line: string): number {
  return line.match(WIRE_DATELINE)?.[0].length ?? 0;
}
