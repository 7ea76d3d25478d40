/** Far above any news article (the longest seed is 17 kB) yet small enough to hold in memory. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const TEXT_EXTENSIONS = [".txt", ".text", ".md", ".markdown"] as const;
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"] as const;
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;
/** Below this chardet is guessing: better to refuse than to import mojibake. */
export const MIN_ENCODING_CONFIDENCE = 15;
