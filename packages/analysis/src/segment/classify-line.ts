import { matchDateline } from "./match-dateline.ts";

export type LineKind = "furniture" | "credit" | "dateline" | "headline" | "body";

// Navigation, share bars and list headers of news sites; they never state a fact.
const FURNITURE = [
  /^(all|latest|recent|related|more|top|other) (news|stories|articles|posts)\b/i,
  /^(follow|share|subscribe|sign up|read more|read also|also read|see also|advertisement|comments?|tags?|print|home|menu|search)\b/i,
  /^(related|more on this|recommended|watch|listen)\s*:/i,
  /^page \d+( of \d+)?$/i,
  /^[\p{L}]{1,2}$/u,
];
const CREDIT = /^(sources?|photo|photos|image|credits?|by|reporting by|written by|edited by|editing by|copyright|©)\b\s*[:\-–]?/i;
const TEASER = /(\.\.\.|…)\s*$/;
const FINAL_PUNCT = /[.!?:;"”’»)\]]\s*$/;

/** A sentence that is only a credit in brackets: "(Photo: Reuters)". */
export function isCreditAside(sentence: string): boolean {
  const inner = sentence.trim().match(/^\((.*)\)\.?$/)?.[1];
  return inner !== undefined && CREDIT.test(inner.trim()) && inner.split(/\s+/).length <= 8;
}

/** Role of one non-empty line of an article, judged from its shape alone. */
export function classifyLine(line: string): LineKind {
  const t = line.trim();
  if (TEASER.test(t)) return "furniture";
  if (FURNITURE.some((re) => re.test(t))) return "furniture";
  if (CREDIT.test(t) && t.split(/\s+/).length <= 12) return "credit";
  if (matchDateline(t)) return "dateline";
  if (!FINAL_PUNCT.test(t)) {
    const words = t.split(/\s+/).length;
    if (words > 20) return "body";
    // Short unpunctuated lines with few words are menu items ("Projects", "Government Bodies").
    return words >= 4 ? "headline" : "furniture";
  }
  return "body";
}
