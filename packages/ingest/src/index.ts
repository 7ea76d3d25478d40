export { IngestError, type IngestErrorCode } from "./ingest-error.ts";
export { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_ARTICLE_BYTES, TEXT_EXTENSIONS, HTML_EXTENSIONS, ARTICLE_EXTENSIONS } from "./limits.ts";
export {
  decodeArticleBytes,
  decodeBytes,
  normalizeArticleText,
  toWellFormed,
  type EncodingBasis,
  type DecodedText,
} from "./decode-text.ts";
export { parseManifest, manifestSchema, manifestEntrySchema, type ManifestEntry } from "./manifest.ts";
export { draftArticle, deriveTitle, hashArticleText, precisionOf, type ArticleDraft } from "./derive-article.ts";
export { readSources, type SourceOutcome } from "./read-sources.ts";
export { extractHtmlArticle } from "./extract-html.ts";
export { checkHtmlStructure, measureHtmlStructure, type HtmlStructure, type StructureLimits } from "./check-html-structure.ts";
export { readHtmlMetadata, type HtmlMetadata } from "./html-metadata.ts";
export { readTextMetadata, matchDatelineLine } from "./text-metadata.ts";
export { normalizePublishedDate } from "./normalize-date.ts";
export { detectLanguage, normalizeLanguageTag } from "./detect-language.ts";
export {
  parseArticle,
  METADATA_FIELDS,
  type ArticleSource,
  type ArticleMetadata,
  type MetadataField,
  type MetadataOrigin,
  type ParsedArticle,
} from "./parse-article.ts";
