/** Far above any news article (the longest seed is 17 kB) yet small enough to hold in memory. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const TEXT_EXTENSIONS = [".txt", ".text", ".md", ".markdown"] as const;
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"] as const;
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;
/** Below this chardet is guessing: better to refuse than to import mojibake. */
export const MIN_ENCODING_CONFIDENCE = 15;
/**
 * Readability's time grows with about the cube of the nesting depth (BENCHMARKS.md, "Reading web
 * pages"): 1,000 nested divs take 14 s. Eight times the depth past which Lighthouse flags a page
 * (32), yet a chain this deep reads in 0.4 s.
 */
export const MAX_HTML_DEPTH = 256;
/** Lighthouse calls 1,400 elements excessive; a news-like page this large reads in about 5 s. */
export const MAX_HTML_ELEMENTS = 50_000;
