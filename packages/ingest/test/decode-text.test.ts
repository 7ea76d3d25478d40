import { describe, expect, it } from "vitest";
import { decodeArticleBytes, deriveTitle, draftArticle, hashArticleText, parseManifest } from "../src/index.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decoding article files", () => {
  it("keeps text, strips a BOM and normalises line ends", () => {
    expect(decodeArticleBytes(bytes("\uFEFFLine one\r\nLine two\r\n"), "a.txt")).toBe("Line one\nLine two\n");
  });

  it("refuses empty, binary, invalid UTF-8 and oversized input, naming the file", () => {
    expect(() => decodeArticleBytes(bytes(" \n\t"), "e.txt")).toThrow("e.txt: the file is empty");
    expect(() => decodeArticleBytes(new Uint8Array([80, 75, 3, 4, 0, 0]), "z.txt")).toThrow("z.txt: the file is binary");
    expect(() => decodeArticleBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "l.txt")).toThrow("l.txt: the file is not valid UTF-8");
    expect(() => decodeArticleBytes(new Uint8Array(6 * 1024 * 1024).fill(65), "h.txt")).toThrow("h.txt: the file is 6.0 MB");
  });

  it("keeps non-Latin text intact", () => {
    expect(decodeArticleBytes(bytes("Лукашэнка і Пезешкіян."), "be.txt")).toBe("Лукашэнка і Пезешкіян.");
  });
});

describe("article drafts", () => {
  it("treats whitespace-only changes as the same text", () => {
    expect(hashArticleText("a  b\nc")).toBe(hashArticleText("a b c "));
    expect(hashArticleText("a b c")).not.toBe(hashArticleText("a b d"));
  });

  it("titles an article by its headline, or by its opening words", () => {
    expect(deriveTitle("\nKey takeaways from the summit\nBody.")).toBe("Key takeaways from the summit");
    expect(
      deriveTitle("The leaders of Belarus and Iran reaffirmed the momentum of bilateral ties during a meeting in Tehran, with more."),
    ).toMatch(/^The leaders of Belarus.*…$/);
  });

  it("takes metadata from the manifest entry with the date's precision", () => {
    const draft = draftArticle("Text.", "x.txt", {
      file: "x.txt",
      title: "T",
      outlet: "O",
      author: null,
      url: null,
      publishedAt: "2025-08",
    });
    expect(draft).toMatchObject({ title: "T", outlet: "O", publishedAt: "2025-08", publishedPrecision: "month", wordCount: 1 });
  });
});

describe("manifest.json", () => {
  it("accepts the seeds' format and rejects malformed entries with a reason", () => {
    const ok = parseManifest(
      JSON.stringify([{ file: "a.txt", title: null, outlet: "BelTA", author: null, url: null, publishedAt: "2025-08-20T16:28" }]),
    );
    expect(ok.ok && ok.entries.get("a.txt")?.outlet).toBe("BelTA");
    expect(parseManifest("{not json")).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(parseManifest(JSON.stringify([{ file: "a.txt", publishedAt: "20 August" }]))).toMatchObject({
      ok: false,
      error: expect.stringContaining("publishedAt"),
    });
  });
});
