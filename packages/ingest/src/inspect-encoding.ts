// Cheap looks at raw bytes that say what they cannot be, before any guess at what they are.

/** A byte-order mark at the start says UTF-16 and which byte comes first. */
export function readUtf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by where its zero bytes fall: every space, digit,
 * punctuation mark and Latin letter has a zero high byte, so UTF-16 text has many zeros in one
 * position of each byte pair (odd for little-endian, even for big-endian) and almost none in the
 * other. Binary files have zeros in both.
 */
export function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 16_384));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  // a tenth of the characters being ASCII is little for prose in any script (spaces alone are more)
  if (oddZeros >= pairs / 10 && evenZeros <= oddZeros / 20) return "utf-16le";
  if (evenZeros >= pairs / 10 && oddZeros <= evenZeros / 20) return "utf-16be";
  return null;
}

export interface Utf8Damage {
  /** characters encoded correctly as UTF-8 in two to four bytes */
  multibyte: number;
  /** byte sequences that are not UTF-8 */
  invalid: number;
}

/**
 * How much of the non-ASCII in bytes that failed strict UTF-8 decoding is UTF-8 after all. Text in
 * a legacy single-byte encoding has almost no valid multi-byte sequences (an accented or Cyrillic
 * letter is one byte, which UTF-8 reads as invalid); UTF-8 with a damaged or foreign byte in it
 * has mostly valid ones. The decoder replaces each invalid sequence with U+FFFD (as the WHATWG
 * Encoding standard says); a U+FFFD the file itself holds (EF BF BD) is not damage.
 */
export function inspectUtf8(bytes: Uint8Array): Utf8Damage {
  const text = new TextDecoder("utf-8").decode(bytes);
  let multibyte = 0;
  let replacements = 0;
  for (const char of text) {
    if (char === "\uFFFD") replacements++;
    else if (char.codePointAt(0)! >= 0x80) multibyte++;
  }
  let storedReplacements = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) storedReplacements++;
  }
  return { multibyte: multibyte + storedReplacements, invalid: replacements - storedReplacements };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what betrays a wrong decoding
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const C1_CONTROL = /[\u0080-\u009F]/;

/** Control characters other than whitespace never occur in prose: decoded text holding them was binary, or misread. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Text decoded with the right legacy encoding holds no control characters and no U+FFFD (a byte
 * the encoding has no character for); C1 controls are what ISO-8859-x makes of windows-125x
 * punctuation, so they mark a wrong guess too.
 */
export function isPlausibleText(text: string): boolean {
  return !hasControlCharacters(text) && !C1_CONTROL.test(text) && !text.includes("\uFFFD");
}
