import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { createArticleParser } from "../src/services/article/parse-in-worker.ts";
import { addMembership, signedInCaller, useTestApi } from "./test-api.ts";

const api = useTestApi();
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");
const SENTENCE = "Iranian President Masoud Pezeshkian arrived in Minsk on Wednesday for a two-day visit. ";

/** The issue's page: 10,000 nested divs, 110 KB, which froze the server for over 15 minutes. */
const deepPage = `<html><body>${"<div>".repeat(10_000)}${SENTENCE}${"</div>".repeat(10_000)}</body></html>`;
/** Within the depth and element limits, yet seconds of work (3.7 s on the benchmark machine): 5,000 paragraphs 250 deep. */
const slowPage = `<html><body>${"<div>".repeat(250)}${`<p>${SENTENCE}</p>`.repeat(5_000)}${"</div>".repeat(250)}</body></html>`;
/** 4.9 MB of article text: its tree needs about 100 MB of heap. */
const bigPage = `<html><body><article>${`<p>${SENTENCE.repeat(40)}</p>`.repeat(1450)}</article></body></html>`;

/**
 * The longest the main thread went without running a 10 ms timer while `work` ran: what a
 * concurrent request (a health check, a reviewer's verdict) would have waited at most.
 */
async function measureLongestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work.catch(() => undefined);
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("a hostile page sent to the preview", () => {
  it("is refused with the depth limit, while the server keeps answering within a second", async () => {
    const ws = await api.workspace("Hostile");
    const preview = api.caller.article.preview({
      workspace: ws.slug,
      sources: [{ kind: "file", name: "deep.html", base64: b64(deepPage) }],
    });
    // a concurrent request: the health check the issue saw wait 45 s
    const healthStarted = performance.now();
    const health = await api.caller.health.get();
    const healthMs = performance.now() - healthStarted;
    const stall = await measureLongestStall(preview);
    expect(health.ok).toBe(true);
    expect(healthMs).toBeLessThan(1_000);
    expect(stall).toBeLessThan(1_000);
    expect(await preview).toEqual({
      drafts: [],
      refused: [
        {
          sourceName: "deep.html",
          reason: expect.stringMatching(/^deep\.html: This page nests its elements more than \d+ deep; the limit is \d+$/),
        },
      ],
    });
  });

  it("is rate-limited like an import: a 61st preview within a minute is refused", async () => {
    const ws = await api.workspace("Preview limit");
    const { caller, reviewer } = await signedInCaller(api.db, { address: "192.0.2.61" });
    await addMembership(api.db, ws.id, reviewer.id, "reviewer");
    const source = { kind: "file" as const, name: "data.bin", base64: "AAECAwQFBgc=" };
    for (let i = 0; i < 60; i++) expect((await caller.article.preview({ workspace: ws.slug, sources: [source] })).refused).toHaveLength(1);
    await expect(caller.article.preview({ workspace: ws.slug, sources: [source] })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many imports in a short time\. Try again in \d+ seconds\.$/),
    });
  });

  it("shows the encoding used and how it was chosen, and refuses damaged UTF-8 with the reason", async () => {
    const ws = await api.workspace("Encodings");
    const russian = "Президент Беларуси провёл переговоры с президентом Ирана в Минске. Переговоры длились почти четыре часа.";
    const polish = "Prezydent spotkał się ze swoim odpowiednikiem w Mińsku w środę. Rozmowy trwały prawie cztery godziny.";
    const { drafts, refused } = await api.caller.article.preview({
      workspace: ws.slug,
      sources: [
        { kind: "file", name: "ru.txt", base64: b64(iconv.encode(russian, "windows-1251")) },
        { kind: "file", name: "utf16.txt", base64: b64(Buffer.from(russian, "utf16le")) },
        { kind: "file", name: "damaged.txt", base64: b64(Buffer.concat([Buffer.from(polish), Buffer.from([0xff])])) },
      ],
    });
    expect(drafts.map((d) => [d.sourceName, d.encoding, d.encodingBasis, d.text])).toEqual([
      ["ru.txt", "windows-1251", "detected", russian],
      ["utf16.txt", "UTF-16LE", "detected", russian],
    ]);
    expect(refused).toEqual([
      { sourceName: "damaged.txt", reason: expect.stringContaining("damaged.txt: the file is UTF-8 text with 1 invalid byte sequence") },
    ]);
  });
});

describe("the page reader's worker", () => {
  const quick = createArticleParser({ timeMs: 500, memoryMb: 256 });
  const small = createArticleParser({ timeMs: 60_000, memoryMb: 64 });
  afterAll(async () => Promise.all([quick.close(), small.close()]));

  it("stops a page that reads past its time limit, off the main thread, and reads the next page with a fresh worker", async () => {
    const slow = quick.parse({ kind: "bytes", name: "slow.html", bytes: Buffer.from(slowPage) });
    const stall = await measureLongestStall(slow);
    await expect(slow).rejects.toThrow(
      "slow.html: reading this page took longer than 0.5 s, the limit; its structure is too complex to import",
    );
    expect(stall).toBeLessThan(1_000);
    const next = await quick.parse({ kind: "text", name: "fine.txt", text: SENTENCE });
    expect(next.draft.text).toBe(SENTENCE.trim());
  });

  it("stops a page that needs more memory than the worker may use", async () => {
    await expect(small.parse({ kind: "bytes", name: "big.html", bytes: Buffer.from(bigPage) })).rejects.toThrow(
      "big.html: reading this page needed more than 64 MB of memory, the limit; it is too large or too complex to import",
    );
    expect((await small.parse({ kind: "text", name: "fine.txt", text: SENTENCE })).draft.wordCount).toBe(13);
  });
});
