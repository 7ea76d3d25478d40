import * as chrono from "chrono-node";

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/gi;

/**
 * ISO date (YYYY-MM-DD) when the line is a dateline — a short line that is
 * essentially a full calendar date, maybe with a weekday, a time or one stray
 * word of page chrome ("Flag Wednesday, 20 August 2025") — else null.
 */
export function matchDateline(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 60 || !/\d/.test(trimmed)) return null;
  const found = chrono.parse(trimmed, new Date(2000, 0, 1));
  const hit = found.find((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"));
  if (!hit) return null;
  const rest = (trimmed.slice(0, hit.index) + " " + trimmed.slice(hit.index + hit.text.length))
    .replace(WEEKDAY, " ")
    .replace(/\b\d{1,2}:\d{2}\b/g, " ")
    .replace(/[^\p{L}\s]/gu, " ")
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > 1) return null;
  const y = hit.start.get("year");
  const m = hit.start.get("month");
  const d = hit.start.get("day");
  if (y === null || m === null || d === null) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
