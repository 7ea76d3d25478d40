import chardet from "chardet";
import iconv from "iconv-lite";
import { IngestError } from "./ingest-error.ts";
import { guessBomlessUtf16, hasControlCharacters, inspectUtf8, isPlausibleText, readUtf16Bom } from "./inspect-encoding.ts";
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

/** How the encoding was chosen; the import preview shows it beside the encoding's name. */
export type EncodingBasis = "valid UTF-8" | "byte-order mark" | "declared" | "detected";

export interface DecodeOptions {
  /** A charset the source declares (HTTP Content-Type, HTML <meta charset>); trusted before guessing. */
  declaredCharset?: string | null;
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were in, e.g. "UTF-8" or "windows-1251". */
  encoding: string;
  basis: EncodingBasis;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", sourceName: string): DecodedText {
  const refuse = () =>
    new IngestError(
      "INVALID_ENCODING",
      sourceName,
      `the file looks like ${encoding.toUpperCase()} text without a byte-order mark, but it does not decode as such; save it as UTF-8`,
    );
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw refuse();
  }
  // zeros in one position only, yet not text: 16-bit binary data
  if (hasControlCharacters(text)) throw refuse();
  return { text, encoding: encoding.toUpperCase(), basis: "detected" };
}

/** A legacy encoding chardet is sure enough of, and whose decoding reads as text; null when none is. */
function detectLegacyEncoding(bytes: Uint8Array): DecodedText | null {
  for (const candidate of chardet.analyse(bytes)) {
    if (candidate.confidence < MIN_ENCODING_CONFIDENCE) break;
    if (/^(UTF-8|ASCII|UTF-16.*|UTF-32.*)$/i.test(candidate.name) || !iconv.encodingExists(candidate.name)) continue;
    const text = iconv.decode(Buffer.from(bytes), candidate.name);
    if (isPlausibleText(text)) return { text, encoding: candidate.name, basis: "detected" };
  }
  return null;
}

/**
 * Bytes of an uploaded, read or fetched file to text, or a clear refusal. Text that is not valid
 * UTF-8 is decoded only when the source declares its charset or the detection is confident;
 * UTF-8 with damaged bytes in it is refused rather than read as a legacy encoding (mojibake).
 */
export function decodeBytes(bytes: Uint8Array, sourceName: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      "TOO_LARGE",
      sourceName,
      `the file is ${(bytes.byteLength / MEGABYTE).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / MEGABYTE} MB`,
    );
  }
  const bom = readUtf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase(), basis: "byte-order mark" };
  // before the binary check, which refuses any zero byte: UTF-16 text is full of them
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, sourceName);
  if (looksBinary(bytes)) {
    throw new IngestError("BINARY", sourceName, "the file is binary, not text (it contains control bytes)");
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "UTF-8", basis: "valid UTF-8" };
  } catch {
    // not UTF-8: a declared legacy charset first, then a confident detection
  }
  const declared = options.declaredCharset?.trim();
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, basis: "declared" };
  }
  const { multibyte, invalid } = inspectUtf8(bytes);
  if (multibyte >= invalid) {
    throw new IngestError(
      "INVALID_ENCODING",
      sourceName,
      `the file is UTF-8 text with ${invalid === 1 ? "1 invalid byte sequence" : `${invalid} invalid byte sequences`} in it (damaged, or two encodings mixed); re-save it as UTF-8`,
    );
  }
  const detected = detectLegacyEncoding(bytes);
  if (!detected) {
    throw new IngestError(
      "INVALID_ENCODING",
      sourceName,
      "the file is not valid UTF-8 text and its encoding could not be recognised with confidence; save it as UTF-8",
    );
  }
  return detected;
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
