import { createHash } from "node:crypto";
import type { ManifestEntry } from "./manifest.ts";

export interface ArticleDraft {
  sourceName: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedPrecision: string | null;
  language: string | null;
  text: string;
  contentHash: string;
  wordCount: number;
}

export function hashArticleText(text: string): string {
  // whitespace differences are not a new version of an article
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

export function precisionOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (/T\d{2}:\d{2}/.test(iso)) return "minute";
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "day";
  if (/^\d{4}-\d{2}$/.test(iso)) return "month";
  return /^\d{4}$/.test(iso) ? "year" : null;
}

/** A title when the source gives none: its first line if that reads like a headline, else its opening words. */
export function deriveTitle(text: string): string {
  const firstLine =
    text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? "";
  if (firstLine.length <= 120 && !/[.!?]$/.test(firstLine)) return firstLine;
  const words = firstLine.split(/\s+/);
  let title = "";
  for (const word of words) {
    if ((title + " " + word).trim().length > 90) return `${title}…`;
    title = `${title} ${word}`.trim();
  }
  return title;
}

export function draftArticle(text: string, sourceName: string, meta?: ManifestEntry | null): ArticleDraft {
  return {
    sourceName,
    title: meta?.title ?? deriveTitle(text),
    outlet: meta?.outlet ?? null,
    author: meta?.author ?? null,
    url: meta?.url ?? null,
    publishedAt: meta?.publishedAt ?? null,
    publishedPrecision: precisionOf(meta?.publishedAt),
    language: meta?.language ?? null,
    text,
    contentHash: hashArticleText(text),
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}
