/** Far above any news article (the longest seed is 17 kB) yet small enough to hold in memory. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const TEXT_EXTENSIONS = [".txt", ".text", ".md", ".markdown"] as const;
