import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseArticle } from "../src/index.ts";

const polish = "Prezydent spotkał się ze swoim odpowiednikiem w Mińsku w środę. Rozmowy trwały prawie cztery godziny, podała agencja.";
const german = "Der Präsident traf seinen Amtskollegen in Minsk. Die Gespräche dauerten fast vier Stunden, berichtete die Agentur.";
const russian =
  "Президент Беларуси провёл переговоры с президентом Ирана, сообщает агентство «ТАСС». Переговоры длились почти четыре часа.";

describe("text that is not valid UTF-8", () => {
  it("refuses UTF-8 with a damaged byte instead of reading it as a legacy encoding (mojibake)", () => {
    // chardet calls these windows-1250 (45) and ISO-8859-1 (98): both would import "spotkaĹ‚" or "PrÃ¤sident"
    for (const [name, text] of [
      ["pl.txt", polish],
      ["de.txt", german],
    ] as const) {
      const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(" Koniec.")]);
      expect(() => decodeBytes(bytes, name)).toThrow(
        `${name}: the file is UTF-8 text with 1 invalid byte sequence in it (damaged, or two encodings mixed); re-save it as UTF-8`,
      );
    }
    const cut = Buffer.from(`${russian} ё`).subarray(0, -1);
    expect(() => parseArticle({ kind: "bytes", name: "cut.txt", bytes: cut })).toThrow(
      /cut\.txt: the file is UTF-8 text with 1 invalid byte sequence/,
    );
  });

  it("still converts a legacy encoding whose bytes happen to hold a valid UTF-8 pair", () => {
    // "С»" in windows-1251 is D1 BB, a valid UTF-8 sequence; every other Cyrillic letter is not
    const bytes = iconv.encode(russian, "windows-1251");
    expect(decodeBytes(bytes, "ru.txt")).toEqual({ text: russian, encoding: "windows-1251", basis: "detected" });
  });

  it("says how the encoding was chosen: declared, detected, byte-order mark or plain UTF-8", () => {
    expect(parseArticle({ kind: "bytes", name: "ok.txt", bytes: Buffer.from(polish) })).toMatchObject({
      encoding: "UTF-8",
      encodingBasis: "valid UTF-8",
    });
    const declared = parseArticle({
      kind: "bytes",
      name: "page",
      bytes: iconv.encode(`<p>${polish}</p>`, "iso-8859-2"),
      contentType: "text/html; charset=ISO-8859-2",
    });
    expect(declared).toMatchObject({ encoding: "ISO-8859-2", encodingBasis: "declared" });
    expect(declared.draft.text).toBe(polish);
    const bom = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(polish, "utf16le").swap16()]);
    expect(parseArticle({ kind: "bytes", name: "bom.txt", bytes: bom })).toMatchObject({
      encoding: "UTF-16BE",
      encodingBasis: "byte-order mark",
    });
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("is detected by where its zero bytes fall, little- and big-endian, Latin and Cyrillic", () => {
    for (const text of [german, russian]) {
      const le = Buffer.from(text, "utf16le");
      expect(decodeBytes(le, "le.txt")).toEqual({ text, encoding: "UTF-16LE", basis: "detected" });
      expect(decodeBytes(Buffer.from(le).swap16(), "be.txt")).toEqual({ text, encoding: "UTF-16BE", basis: "detected" });
    }
    expect(parseArticle({ kind: "bytes", name: "w.txt", bytes: Buffer.from(german, "utf16le") }).draft.text).toBe(german);
  });

  it("is refused as UTF-16 that does not decode, not as binary", () => {
    const oddLength = Buffer.concat([Buffer.from(german, "utf16le"), Buffer.from([0x41])]);
    expect(() => decodeBytes(oddLength, "odd.txt")).toThrow(
      "odd.txt: the file looks like UTF-16LE text without a byte-order mark, but it does not decode as such",
    );
    const loneSurrogate = Buffer.concat([Buffer.from(german, "utf16le"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(() => decodeBytes(loneSurrogate, "half.txt")).toThrow(/half\.txt: the file looks like UTF-16LE text/);
  });

  it("leaves binary files binary", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(() => decodeBytes(zip, "z.txt")).toThrow("z.txt: the file is binary");
  });
});
