import { Parser } from "htmlparser2";
import { IngestError } from "./ingest-error.ts";

export interface HtmlStructure {
  /** the deepest nesting of elements, counted as the page's own parser (htmlparser2, under linkedom) builds the tree */
  depth: number;
  elements: number;
}

export interface StructureLimits {
  maxDepth: number;
  maxElements: number;
}

class LimitReached extends Error {}

/**
 * Depth and element count of a page, read by a streaming tokenizer without building a tree.
 * The scan stops at the first element past a limit: htmlparser2 keeps its open elements in an
 * array it shifts and unshifts, so scanning a page nested 100,000 deep to the end would itself
 * take seconds; stopped at the limit, it stays linear.
 */
export function measureHtmlStructure(html: string, limits: StructureLimits): HtmlStructure {
  const found: HtmlStructure = { depth: 0, elements: 0 };
  let depth = 0;
  const parser = new Parser(
    {
      onopentagname() {
        depth++;
        found.elements++;
        if (depth > found.depth) found.depth = depth;
        if (found.depth > limits.maxDepth || found.elements > limits.maxElements) throw new LimitReached();
      },
      onclosetag() {
        depth--;
      },
    },
    // the same tokenizer settings as linkedom's, so void and implied-end elements count alike
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
  }
  return found;
}

/**
 * Refuses a page whose structure would make reading it take minutes: Readability's work grows
 * with about the cube of the nesting depth (1,000 nested divs take 14 s), so this cheap scan runs
 * before any tree is built. BENCHMARKS.md ("Reading web pages") shows how the limits were chosen.
 */
export function checkHtmlStructure(html: string, sourceName: string, limits: StructureLimits): void {
  const { depth, elements } = measureHtmlStructure(html, limits);
  if (depth > limits.maxDepth) {
    throw new IngestError(
      "TOO_COMPLEX",
      sourceName,
      `This page nests its elements more than ${limits.maxDepth} deep; the limit is ${limits.maxDepth}`,
    );
  }
  if (elements > limits.maxElements) {
    throw new IngestError(
      "TOO_COMPLEX",
      sourceName,
      `This page has more than ${limits.maxElements.toLocaleString("en")} elements; the limit is ${limits.maxElements.toLocaleString("en")}`,
    );
  }
}
