/** How the workbench names an article in tight places: its outlet, else its file or URL name. */
export function nameSource(article: { outlet: string | null; sourceName: string }): string {
  return article.outlet ?? article.sourceName;
}
