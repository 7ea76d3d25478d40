import { matchDateline } from "./match-dateline.ts";

export type LineKind = "furniture" | "credit" | "dateline" | "headline" | "body";

// Navigation, share bars and list headers of news sites; they never state a fact.
const FURNITURE = [
  /^(all|latest|recent|related|more|top|other) (news|stories|articles|posts)\b/i,
  /^(follow|share|subscribe|sign up|read more|see also|advertisement|comments?|tags?|print|home|menu|search)\b/i,
  /^page \d+( of \d+)?$/i,
  /^[\p{L}]{1,2}$/u,
];
const CREDIT = /^(sources?|photo|photos|image|credits?|by|reporting by|written by|edited by|editing by|copyright|©)\b\s*[:\-–]?/i;
const TEASER = /(\.\.\.|…)\s*$/;
const FINAL_PUNCT = /[.!?:;"”’»)\]]\s*$/;

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
