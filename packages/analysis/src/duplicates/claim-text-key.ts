/**
 * A claim's text reduced to what a copy keeps: letters and digits, lower-cased, single-spaced. A
 * republished story keeps its sentences but often loses curly quotes, dashes or line breaks.
 */
export function claimTextKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
