import { extname } from "node:path";
import sniffHtmlEncoding from "html-encoding-sniffer";
import { decodeBytes, normalizeArticleText, toWellFormed, type EncodingBasis } from "./decode-text.ts";
import { deriveTitle, draftArticle, type ArticleDraft } from "./derive-article.ts";
import { detectLanguage, normalizeLanguageTag } from "./detect-language.ts";
import { extractHtmlArticle } from "./extract-html.ts";
import { IngestError } from "./ingest-error.ts";
import { ARTICLE_EXTENSIONS, HTML_EXTENSIONS } from "./limits.ts";
import { normalizePublishedDate } from "./normalize-date.ts";
import { readTextMetadata } from "./text-metadata.ts";

export type ArticleSource =
  /** a file or a fetched page: its bytes, and what its transport says they are */
  | { kind: "bytes"; name: string; bytes: Uint8Array; contentType?: string | null; url?: string | null }
  /** text typed or pasted by a reviewer */
  | { kind: "text"; name: string; text: string; url?: string | null };

export const METADATA_FIELDS = ["title", "outlet", "author", "url", "publishedAt", "language"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
export type ArticleMetadata = Partial<Record<MetadataField, string | null>>;
/** Where a value came from, so the preview can say "from the page" or "guessed from the text". */
export type MetadataOrigin = "given" | "page" | "text" | "detected" | "file name";

export interface ParsedArticle {
  draft: ArticleDraft;
  format: "html" | "text";
  encoding: string;
  /** how the encoding was chosen (a declared charset, a detection…), for the preview to show */
  encodingBasis: EncodingBasis;
  origins: Partial<Record<MetadataField, MetadataOrigin>>;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function isHtmlSource(source: ArticleSource, text?: string): boolean {
  if (source.kind === "bytes" && source.contentType) return HTML_TYPES.test(source.contentType);
  if ((HTML_EXTENSIONS as readonly string[]).includes(extname(source.name).toLowerCase())) return true;
  // pasted page source is a page, not prose with tags in it
  return source.kind === "text" && /^\s*(?:<!doctype html|<html[\s>])/i.test(text ?? source.text);
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  return contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
}

function absoluteUrl(value: string | null | undefined, base: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * One source (file bytes, a fetched page, pasted text) to an article draft: the text decoded and,
 * for a web page, extracted; metadata from what the reviewer or a manifest gave (null: known to be
 * unknown), then what the page declares, then what the text states, then what can be detected.
 */
export function parseArticle(source: ArticleSource, given: ArticleMetadata = {}): ParsedArticle {
  const name = toWellFormed(source.name);
  if (source.kind === "bytes" && !source.contentType && !(ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
    throw new IngestError(
      "UNSUPPORTED_TYPE",
      name,
      `unsupported file type "${extname(name) || "(none)"}"; import .txt, .md or .html files`,
    );
  }
  let raw: string;
  let encoding = "UTF-8";
  let encodingBasis: EncodingBasis = "valid UTF-8";
  if (source.kind === "bytes") {
    const html = isHtmlSource(source);
    const transport = charsetOf(source.contentType);
    const declaredCharset = html
      ? sniffHtmlEncoding(source.bytes, { ...(transport ? { transportLayerEncodingLabel: transport } : {}), defaultEncoding: "UTF-8" })
      : transport;
    ({ text: raw, encoding, basis: encodingBasis } = decodeBytes(source.bytes, name, { declaredCharset }));
  } else raw = source.text;

  const html = isHtmlSource(source, raw);
  const extracted = html ? extractHtmlArticle(normalizeArticleText(raw, name), name) : null;
  const text = normalizeArticleText(extracted?.text ?? raw, name);
  const page = extracted?.meta ?? {};
  const fromText = readTextMetadata(text);
  const origins: ParsedArticle["origins"] = {};
  const pick = (field: MetadataField, candidates: [MetadataOrigin, string | null | undefined][]) => {
    // null from the reviewer or a manifest means "unknown", and nothing is guessed in its place
    if (given[field] === null && field !== "title") {
      origins[field] = "given";
      return null;
    }
    for (const [origin, value] of candidates) {
      const v = value ? toWellFormed(value).trim() : undefined;
      if (v) {
        origins[field] = origin;
        return v;
      }
    }
    return null;
  };
  const pageUrl = absoluteUrl(page.url, source.url);
  const meta = {
    title: pick("title", [
      ["given", given.title],
      ["page", page.title],
      ["text", fromText.title],
      ["text", deriveTitle(text)],
    ]),
    outlet: pick("outlet", [
      ["given", given.outlet],
      ["page", page.outlet],
      ["text", fromText.outlet],
    ]),
    author: pick("author", [
      ["given", given.author],
      ["page", page.author],
      ["text", fromText.author],
    ]),
    url: pick("url", [
      ["given", absoluteUrl(given.url, null)],
      ["page", pageUrl],
      ["given", absoluteUrl(source.url, null)],
    ]),
    publishedAt: pick("publishedAt", [
      ["given", normalizePublishedDate(given.publishedAt)],
      ["page", normalizePublishedDate(page.publishedAt)],
      ["text", fromText.publishedAt],
    ]),
    language: pick("language", [
      ["given", normalizeLanguageTag(given.language)],
      ["page", normalizeLanguageTag(page.language)],
      ["detected", detectLanguage(text)],
    ]),
  };
  return { draft: draftArticle(text, name, { file: name, ...meta }), format: html ? "html" : "text", encoding, encodingBasis, origins };
}
