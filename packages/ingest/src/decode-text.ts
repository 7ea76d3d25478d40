import { IngestError } from "./ingest-error.ts";
import { MAX_ARTICLE_BYTES } from "./limits.ts";

const MEGABYTE = 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // C0 controls other than tab, newline, form feed and carriage return never occur in prose
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** Bytes of an uploaded or read file to article text, or a clear refusal. */
export function decodeArticleBytes(bytes: Uint8Array, sourceName: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      "TOO_LARGE",
      sourceName,
      `the file is ${(bytes.byteLength / MEGABYTE).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / MEGABYTE} MB`,
    );
  }
  if (looksBinary(bytes)) {
    throw new IngestError("BINARY", sourceName, "the file is binary, not text (it contains control bytes)");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError("INVALID_ENCODING", sourceName, "the file is not valid UTF-8 text");
  }
  return normalizeArticleText(text, sourceName);
}

export function normalizeArticleText(raw: string, sourceName: string): string {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC").replace(/[ \t]+$/gm, "");
  if (text.trim().length === 0) throw new IngestError("EMPTY", sourceName, "the file is empty (no text to import)");
  if (text.length > MAX_ARTICLE_BYTES) throw new IngestError("TOO_LARGE", sourceName, "the text is too long for one article");
  return text;
}
