import chardet from "chardet";
import iconv from "iconv-lite";
import { IngestError } from "./ingest-error.ts";
import { MAX_ARTICLE_BYTES, MIN_ENCODING_CONFIDENCE } from "./limits.ts";

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

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

export interface DecodeOptions {
  /** A charset the source declares (HTTP Content-Type, HTML <meta charset>); trusted before guessing. */
  declaredCharset?: string | null;
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were in, e.g. "UTF-8" or "windows-1251". */
  encoding: string;
}

/** Bytes of an uploaded, read or fetched file to text, converting legacy encodings, or a clear refusal. */
export function decodeBytes(bytes: Uint8Array, sourceName: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      "TOO_LARGE",
      sourceName,
      `the file is ${(bytes.byteLength / MEGABYTE).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / MEGABYTE} MB`,
    );
  }
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase() };
  if (looksBinary(bytes)) {
    throw new IngestError("BINARY", sourceName, "the file is binary, not text (it contains control bytes)");
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // not UTF-8: a declared legacy charset first, then chardet's guess when it is confident
  }
  const declared = options.declaredCharset?.trim();
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  }
  const guess = chardet
    .analyse(bytes)
    .find((c) => c.confidence >= MIN_ENCODING_CONFIDENCE && !/^(UTF-8|ASCII)$/i.test(c.name) && iconv.encodingExists(c.name));
  if (!guess) {
    throw new IngestError("INVALID_ENCODING", sourceName, "the file is not valid UTF-8 text and its encoding could not be recognised; save it as UTF-8");
  }
  return { text: iconv.decode(Buffer.from(bytes), guess.name), encoding: guess.name };
}

/** Bytes of a plain-text article to normalised text, or a clear refusal. */
export function decodeArticleBytes(bytes: Uint8Array, sourceName: string, options: DecodeOptions = {}): string {
  return normalizeArticleText(decodeBytes(bytes, sourceName, options).text, sourceName);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Half a UTF-16 pair is no character and databases refuse it: it becomes U+FFFD, as a decoder would make it. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

export function normalizeArticleText(raw: string, sourceName: string): string {
  const text = toWellFormed(raw)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "");
  if (text.trim().length === 0) throw new IngestError("EMPTY", sourceName, "the file is empty (no text to import)");
  if (text.length > MAX_ARTICLE_BYTES) throw new IngestError("TOO_LARGE", sourceName, "the text is too long for one article");
  return text;
}
