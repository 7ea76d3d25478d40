import { readDateline } from "@crosscheck/analysis/dateline";
import { deriveTitle, precisionOf } from "./derive-article.ts";

export interface TextMetadata {
  /** the headline under a dateline, when page chrome comes first in a saved page's text */
  title?: string;
  publishedAt?: string;
  author?: string;
  outlet?: string;
}

/** How far down the text a dateline or byline may sit (saved pages often start with menu lines). */
const HEAD_LINES = 15;
const TAIL_LINES = 15;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin))*`;
const BYLINE = new RegExp(String.raw`^(?:by|written by|text by|author:?)\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s*$`, "iu");
const BIO = new RegExp(
  String.raw`^(${NAME}) is an? (?:[\p{L}-]+ ){0,3}(?:journalist|reporter|correspondent|editor|writer|columnist) (?:at|for|with) ((?:the )?[\p{Lu}\d][^,.;]{1,60}?)(?:[,.;]| where| who)`,
  "u",
);
const SOURCE = /^(?:source|quelle|источник|крыніца):\s*(.+?)\.?\s*$/iu;

/**
 * A dateline ("20 August 2025, 16:28", "Flag Wednesday, 20 August 2025"): its ISO date, with the
 * time when stated; a saved page's chrome may put a word or two more on the line than a plain text.
 */
export function matchDatelineLine(line: string): string | null {
  const found = readDateline(line, 2);
  if (!found) return null;
  return found.time ? `${found.date}T${found.time}` : found.date;
}

/** A line that reads like a headline: short, several words, not a sentence or two of prose. */
function isHeadline(line: string): boolean {
  return line.length <= 120 && !/[.!?:]$/.test(line) && !/[.!?]\s/.test(line) && line.split(/\s+/).length >= 3;
}

const RANK: Record<string, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** Publication date, author and outlet as the text itself states them (datelines, bylines, "Source:" lines, author bios). */
export function readTextMetadata(text: string): TextMetadata {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(-TAIL_LINES);
  const found: TextMetadata = {};
  let datelineAt = -1;
  for (const [i, line] of head.entries()) {
    const date = matchDatelineLine(line);
    if (date) datelineAt = i;
    // a later dateline of the same day may add the time ("Wednesday, 20 August 2025" then "20 August 2025, 16:28")
    if (
      date &&
      (!found.publishedAt ||
        (date.startsWith(found.publishedAt.slice(0, 10)) &&
          (RANK[precisionOf(date) ?? ""] ?? 0) > (RANK[precisionOf(found.publishedAt) ?? ""] ?? 0)))
    ) {
      found.publishedAt = date;
    }
    const byline = !found.author ? line.match(BYLINE) : null;
    if (byline?.[1]) found.author = byline[1].trim();
  }
  const headline = datelineAt >= 0 ? head.slice(datelineAt + 1).find((l) => isHeadline(l) && !BYLINE.test(l)) : undefined;
  // datelines and bylines are no headline: the title comes from what follows them
  found.title = headline ?? (deriveTitle(lines.filter((l) => !matchDatelineLine(l) && !BYLINE.test(l)).join("\n")) || undefined);
  for (const line of tail) {
    const bio = line.match(BIO);
    if (bio?.[1] && bio[2]) {
      found.author ??= bio[1].trim();
      found.outlet ??= bio[2].trim();
    }
  }
  if (!found.outlet) {
    // several "Source:" lines name agencies, then the outlet the text was taken from: the last single name wins
    const sources = [...head, ...tail]
      .map((l) => l.match(SOURCE)?.[1]?.trim())
      .filter((s): s is string => !!s && !/[,;]/.test(s) && s.length <= 80);
    if (sources.length) found.outlet = sources[sources.length - 1];
  }
  return found;
}
