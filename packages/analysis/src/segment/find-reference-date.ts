import type { ArticleInput } from "../types.ts";
import { matchDateline } from "./match-dateline.ts";

/** How far down the text a dateline may sit (page chrome often comes first). */
const DATELINE_LINES = 12;

export function findReferenceDate(article: ArticleInput): string | null {
  const meta = article.publishedAt?.match(/^(\d{4}-\d{2}-\d{2})/);
  if (meta?.[1]) return meta[1];
  const lines = article.text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, DATELINE_LINES);
  for (const line of lines) {
    const iso = matchDateline(line);
    if (iso) return iso;
  }
  return null;
}
