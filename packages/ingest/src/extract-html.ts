import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { checkHtmlStructure, type StructureLimits } from "./check-html-structure.ts";
import { readHtmlMetadata, type HtmlMetadata } from "./html-metadata.ts";
import { nodeToText } from "./html-to-text.ts";
import { IngestError } from "./ingest-error.ts";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./limits.ts";

export interface ExtractedHtml {
  text: string;
  meta: HtmlMetadata;
}

/** Page furniture that is never article text; removed before Readability so short pages lose it too. */
const FURNITURE =
  'nav, footer, aside, form, menu, dialog, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]';

/** linkedom builds a broken tree from a fragment (it becomes the root element): give it a whole document. */
function parseDocument(html: string) {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  return document;
}

/**
 * The article of a saved or fetched web page as plain text, with the metadata the page states.
 * Readability (Firefox Reader View) drops navigation, menus, share buttons and footers; the DOM
 * is linkedom, which never runs scripts or loads anything. No markup survives: only text.
 */
export function extractHtmlArticle(
  html: string,
  sourceName: string,
  limits: StructureLimits = { maxDepth: MAX_HTML_DEPTH, maxElements: MAX_HTML_ELEMENTS },
): ExtractedHtml {
  // before any tree is built: a small page nested thousands deep would otherwise take hours
  checkHtmlStructure(html, sourceName, limits);
  const document = parseDocument(html);
  // metadata first: Readability rewrites the document it reads
  const meta = readHtmlMetadata(document as never);
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  let text = "";
  if (article?.content) {
    text = nodeToText(parseDocument(article.content).body as never);
  }
  if (!text.trim()) {
    const whole = parseDocument(html);
    for (const el of [...whole.querySelectorAll(FURNITURE)]) el.remove();
    text = whole.body ? nodeToText(whole.body as never) : "";
  }
  if (!text.trim()) throw new IngestError("NO_ARTICLE", sourceName, "the page has no article text to import");
  return {
    text,
    meta: {
      ...meta,
      title: meta.title ?? article?.title ?? undefined,
      author: meta.author ?? (article?.byline?.replace(/^by\s+/i, "").trim() || undefined),
      outlet: meta.outlet ?? article?.siteName ?? undefined,
      publishedAt: meta.publishedAt ?? article?.publishedTime ?? undefined,
      language: meta.language ?? article?.lang ?? undefined,
    },
  };
}
