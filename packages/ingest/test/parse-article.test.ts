import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, matchDatelineLine, normalizePublishedDate, parseArticle, readTextMetadata } from "../src/index.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));
const seed = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "..", "seeds", name));

describe("a saved news web page", () => {
  const parsed = parseArticle({ kind: "bytes", name: "talks.html", bytes: fixture("saved-news-page.html") });

  it("keeps the article body and drops menus, share buttons, related links and the footer", () => {
    const { text } = parsed.draft;
    expect(text).toMatch(/^Belarusian President Aleksandr Lukashenko held negotiations/);
    expect(text).toContain("The Iranian president is expected to travel on to Moscow on Thursday.");
    for (const furniture of [
      "Subscribe now",
      "Politics",
      "Share on Facebook",
      "Email this story",
      "Related stories",
      "All rights reserved",
      "Privacy policy",
    ]) {
      expect(text).not.toContain(furniture);
    }
    // one paragraph per block, as the analysis expects
    expect(text.split("\n\n")).toHaveLength(6);
  });

  it("never keeps markup, scripts or event handlers", () => {
    const { text } = parsed.draft;
    expect(text).not.toMatch(/<|onerror|alert|dataLayer|font-family/);
  });

  it("takes title, outlet, author, URL, date with its precision and language from JSON-LD and Open Graph", () => {
    expect(parsed.format).toBe("html");
    expect(parsed.draft).toMatchObject({
      title: "Lukashenko and Pezeshkian hold talks in Minsk",
      outlet: "Minsk Herald",
      author: "Olga Petrova",
      url: "https://minsk-herald.example/news/2025/08/20/talks",
      publishedAt: "2025-08-20T16:28",
      publishedPrecision: "minute",
      language: "en",
    });
    expect(parsed.origins).toMatchObject({ title: "page", publishedAt: "page" });
  });

  it("lets given metadata win over what the page says", () => {
    const corrected = parseArticle(
      { kind: "bytes", name: "talks.html", bytes: fixture("saved-news-page.html") },
      { outlet: "Herald of Minsk", publishedAt: "2025-08-21" },
    );
    expect(corrected.draft).toMatchObject({
      outlet: "Herald of Minsk",
      publishedAt: "2025-08-21",
      publishedPrecision: "day",
      author: "Olga Petrova",
    });
    expect(corrected.origins.outlet).toBe("given");
  });

  it("reads meta tags and <html lang> when a page has no JSON-LD, and falls back to the body without furniture", () => {
    const html = `<html lang="ru"><head><meta property="og:title" content="Переговоры в Минске"><meta name="author" content="Иван Петров"><meta property="article:published_time" content="2025-08-20"></head>
      <body><nav>Главная Политика</nav><p>Президенты Беларуси и Ирана провели переговоры в Минске.</p><footer>Все права защищены</footer></body></html>`;
    const page = parseArticle({ kind: "bytes", name: "short.htm", bytes: Buffer.from(html) });
    expect(page.draft).toMatchObject({
      title: "Переговоры в Минске",
      author: "Иван Петров",
      publishedAt: "2025-08-20",
      publishedPrecision: "day",
      language: "ru",
    });
    expect(page.draft.text).toBe("Президенты Беларуси и Ирана провели переговоры в Минске.");
  });

  it("takes the headline from the page's one <h1>, or from <title> without the site's name, which names the outlet", () => {
    const body = "<p>Iranian President Masoud Pezeshkian arrived in Minsk on Wednesday for a two-day visit.</p>";
    const withHeading = parseArticle({
      kind: "bytes",
      name: "h1.html",
      bytes: Buffer.from(
        `<html><head><title>Iran and Belarus sign 12 agreements | Example News</title></head><body><h1>Iran and Belarus sign 12 agreements</h1>${body}</body></html>`,
      ),
    });
    expect(withHeading.draft).toMatchObject({ title: "Iran and Belarus sign 12 agreements", outlet: "Example News" });
    const titleOnly = parseArticle({
      kind: "bytes",
      name: "t.html",
      bytes: Buffer.from(`<html><head><title>Pezeshkian arrives in Minsk - Minsk Herald</title></head><body>${body}</body></html>`),
    });
    expect(titleOnly.draft).toMatchObject({ title: "Pezeshkian arrives in Minsk", outlet: "Minsk Herald" });
    const plain = parseArticle({
      kind: "bytes",
      name: "p.html",
      bytes: Buffer.from(`<html><head><title>Belarus-Iran summit: what was signed in Minsk</title></head><body>${body}</body></html>`),
    });
    expect(plain.draft).toMatchObject({ title: "Belarus-Iran summit: what was signed in Minsk", outlet: null });
  });

  it("refuses a page with no text at all", () => {
    expect(() =>
      parseArticle({
        kind: "bytes",
        name: "blank.html",
        bytes: Buffer.from("<html><body><script>alert(1)</script><nav>Home</nav></body></html>"),
      }),
    ).toThrow("blank.html: the page has no article text");
  });

  it("treats pasted page source as a page", () => {
    const pasted = parseArticle({ kind: "text", name: "pasted", text: fixture("saved-news-page.html").toString("utf8") });
    expect(pasted.format).toBe("html");
    expect(pasted.draft.outlet).toBe("Minsk Herald");
  });
});

describe("metadata in the text itself", () => {
  it("finds datelines with their precision", () => {
    expect(matchDatelineLine("20 August 2025, 16:28")).toBe("2025-08-20T16:28");
    expect(matchDatelineLine("Flag Wednesday, 20 August 2025")).toBe("2025-08-20");
    expect(matchDatelineLine("The talks on 20 August 2025 lasted four hours and ended late")).toBeNull();
  });

  it("reads a saved page's text: headline under the dateline, the most precise dateline of the day", () => {
    const parsed = parseArticle({ kind: "bytes", name: "002.txt", bytes: seed("002_b2eadd2c91b0bb17.txt") });
    expect(parsed.draft).toMatchObject({
      title: "Key takeaways from Belarus-Iran summit in Minsk",
      publishedAt: "2025-08-20T16:28",
      publishedPrecision: "minute",
      language: "en",
    });
  });

  it("reads bylines, author bios and Source: lines", () => {
    expect(readTextMetadata("Talks in Minsk\nBy Olga Petrova\n\nThe presidents met.")).toMatchObject({ author: "Olga Petrova" });
    const seed003 = parseArticle({ kind: "bytes", name: "003.txt", bytes: seed("003_6426592a57a81fb1.txt") });
    expect(seed003.draft).toMatchObject({ author: "Anna White", outlet: "247 News Reel" });
    expect(readTextMetadata("The presidents met.\nSource: APE-MPE, AFP, dpa.\nSource: Kathimerini")).toMatchObject({
      outlet: "Kathimerini",
    });
  });

  it("normalises published dates to the publisher's wall time", () => {
    expect(normalizePublishedDate("2025-08-20T16:28:00+03:00")).toBe("2025-08-20T16:28");
    expect(normalizePublishedDate("2025-08")).toBe("2025-08");
    expect(normalizePublishedDate("Wed, 20 Aug 2025")).toBe("2025-08-20");
    expect(normalizePublishedDate("soon")).toBeNull();
  });

  it("detects the language when the source does not say", () => {
    const be = parseArticle({
      kind: "text",
      name: "be.txt",
      text: "Прэзідэнт Беларусі Аляксандр Лукашэнка правёў перамовы з прэзідэнтам Ірана ў Мінску.",
    });
    expect(be.draft.language).toBe("be");
    expect(be.origins.language).toBe("detected");
  });
});

describe("legacy encodings", () => {
  const russian =
    "Президент Беларуси Александр Лукашенко провёл переговоры с президентом Ирана в Минске. Переговоры длились почти четыре часа.";

  it("detects and converts windows-1251 Cyrillic", () => {
    const parsed = parseArticle({ kind: "bytes", name: "ru.txt", bytes: iconv.encode(russian, "windows-1251") });
    expect(parsed.draft.text).toBe(russian);
    expect(parsed.encoding).toBe("windows-1251");
    expect(parsed.draft.language).toBe("ru");
  });

  it("detects and converts ISO-8859-1", () => {
    const german = "Der Präsident traf seinen Amtskollegen in Minsk. Die Gespräche dauerten fast vier Stunden, berichtete die Agentur.";
    expect(decodeBytes(iconv.encode(german, "latin1"), "de.txt")).toEqual({ text: german, encoding: "ISO-8859-1", basis: "detected" });
  });

  it("respects an HTML page's <meta charset> and a transport charset", () => {
    const page = `<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>${russian}</p></body></html>`;
    expect(parseArticle({ kind: "bytes", name: "ru.html", bytes: iconv.encode(page, "windows-1251") }).draft.text).toBe(russian);
    const koi = parseArticle({
      kind: "bytes",
      name: "page",
      bytes: iconv.encode(`<p>${russian}</p>`, "koi8-r"),
      contentType: "text/html; charset=KOI8-R",
    });
    expect(koi.draft.text).toBe(russian);
  });

  it("refuses bytes whose encoding cannot be recognised, and unsupported file types", () => {
    expect(() => parseArticle({ kind: "bytes", name: "odd.txt", bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9]) })).toThrow(
      "odd.txt: the file is not valid UTF-8 text and its encoding could not be recognised",
    );
    expect(() => parseArticle({ kind: "bytes", name: "a.pdf", bytes: Buffer.from("%PDF-1.4") })).toThrow(
      'a.pdf: unsupported file type ".pdf"',
    );
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Talks in Minsk.", "utf16le")]);
    expect(parseArticle({ kind: "bytes", name: "w.txt", bytes }).draft.text).toBe("Talks in Minsk.");
  });
});

describe("malformed strings", () => {
  it("replaces lone surrogates in text, names and metadata instead of storing what databases refuse", () => {
    const parsed = parseArticle({ kind: "text", name: "odd\ud800.txt", text: "Talks \udc00in Minsk." }, { outlet: "Wire\ud800" });
    expect(parsed.draft).toMatchObject({ sourceName: "odd\ufffd.txt", text: "Talks \ufffdin Minsk.", outlet: "Wire\ufffd" });
  });
});
