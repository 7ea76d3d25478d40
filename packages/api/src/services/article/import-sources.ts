import type { Db } from "@crosscheck/db";
import type { SourceOutcome } from "@crosscheck/ingest";
import { DomainError } from "../../domain-error.ts";
import { importArticle, type ImportedArticle } from "./import-article.ts";

export interface ImportSummary {
  imported: ImportedArticle[];
  duplicates: { sourceName: string; reason: string }[];
  refused: { sourceName: string; reason: string }[];
}

/** Imports what could be read; each article stands or falls alone, and the summary says which did what. */
// biome-ignore lint/complexity/useMaxParams: many callers (CLI, tests); to take one object in the next change
export async function importSources(
  db: Db,
  workspaceId: string,
  outcomes: SourceOutcome[],
  reviewerId: string | null,
  onProgress?: (done: number, total: number, sourceName: string) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
  let done = 0;
  for (const outcome of outcomes) {
    const sourceName = outcome.ok ? outcome.draft.sourceName : outcome.error.sourceName;
    if (!outcome.ok) summary.refused.push({ sourceName, reason: outcome.error.message });
    else {
      try {
        summary.imported.push(await importArticle(db, { workspaceId, draft: outcome.draft, reviewerId }));
      } catch (error) {
        if (error instanceof DomainError && error.code === "DUPLICATE") summary.duplicates.push({ sourceName, reason: error.message });
        else
          summary.refused.push({ sourceName, reason: `${sourceName}: could not be stored (${(error as Error).message.split("\n")[0]})` });
      }
    }
    onProgress?.(++done, outcomes.length, sourceName);
  }
  return summary;
}
