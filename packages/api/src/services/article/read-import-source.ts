import { IngestError, type ArticleMetadata, type ParsedArticle } from "@crosscheck/ingest";
import { fetchArticleUrl, type FetchOptions } from "../fetch/fetch-article-url.ts";
import { parseArticleInWorker } from "./parse-in-worker.ts";

/** What the web UI, the CLI and the API hand the importer: pasted text, an uploaded file, or a URL to fetch. */
export type ImportSource =
  | { kind: "text"; name: string; text: string; meta?: ArticleMetadata }
  | { kind: "file"; name: string; base64: string; meta?: ArticleMetadata }
  | { kind: "url"; url: string; meta?: ArticleMetadata };

export type ReadOutcome = { ok: true; parsed: ParsedArticle } | { ok: false; error: IngestError };

export function sourceNameOf(source: ImportSource): string {
  return source.kind === "url" ? source.url.trim() : source.name;
}

/**
 * Reads one source into a draft (fetching a URL on the server); every failure becomes a refusal
 * naming the source. The reading itself runs in a worker thread with a time and a memory limit:
 * a hostile page must not freeze every other request.
 */
export async function readImportSource(source: ImportSource, fetchOptions?: FetchOptions): Promise<ReadOutcome> {
  try {
    if (source.kind === "text")
      return { ok: true, parsed: await parseArticleInWorker({ kind: "text", name: source.name, text: source.text }, source.meta) };
    if (source.kind === "file") {
      return {
        ok: true,
        parsed: await parseArticleInWorker({ kind: "bytes", name: source.name, bytes: Buffer.from(source.base64, "base64") }, source.meta),
      };
    }
    const page = await fetchArticleUrl(source.url, fetchOptions);
    const parsed = await parseArticleInWorker(
      { kind: "bytes", name: page.url, bytes: page.bytes, contentType: page.contentType, url: page.finalUrl },
      source.meta,
    );
    return { ok: true, parsed };
  } catch (error) {
    const name = sourceNameOf(source);
    return { ok: false, error: error instanceof IngestError ? error : new IngestError("UNREADABLE", name, (error as Error).message) };
  }
}
