/** Visible text of a small HTML fragment, for checking what a Markdown renderer produced. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
