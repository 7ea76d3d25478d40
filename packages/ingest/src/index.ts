export { IngestError, type IngestErrorCode } from "./ingest-error.ts";
export { MAX_ARTICLE_BYTES, TEXT_EXTENSIONS } from "./limits.ts";
export { decodeArticleBytes, normalizeArticleText } from "./decode-text.ts";
export { parseManifest, manifestSchema, manifestEntrySchema, type ManifestEntry } from "./manifest.ts";
export { draftArticle, deriveTitle, hashArticleText, precisionOf, type ArticleDraft } from "./derive-article.ts";
export { readSources, type SourceOutcome } from "./read-sources.ts";
