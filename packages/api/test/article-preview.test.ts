import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");
const savedPage = readFileSync(join(import.meta.dirname, "..", "..", "ingest", "test", "fixtures", "saved-news-page.html"));

// a local news site on loopback, allowed explicitly as an operator would allow an intranet host
let server: Server;
let site: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/news/talks") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(savedPage);
    else if (req.url === "/ru")
      res
        .writeHead(200, { "content-type": "text/plain; charset=windows-1251" })
        .end(iconv.encode("Переговоры в Минске длились почти четыре часа.", "windows-1251"));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CROSSCHECK_FETCH_ALLOW_HOSTS = new URL(site).host;
});
afterAll(async () => {
  delete process.env.CROSSCHECK_FETCH_ALLOW_HOSTS;
  await new Promise((resolve) => server.close(resolve));
});

describe("previewing an import, then confirming it with corrected metadata", () => {
  it("shows what a saved web page, a URL and pasted text would import, and writes nothing", async () => {
    const ws = await api.caller.workspace.create({ name: `Preview ${Date.now()}` });
    const preview = await api.caller.article.preview({
      workspace: ws.slug,
      sources: [
        { kind: "file", name: "talks.html", base64: b64(savedPage) },
        { kind: "url", url: `${site}/ru` },
        { kind: "text", name: "pasted", text: "Minsk, 20 August 2025\nBy Olga Petrova\n\nThe presidents met for four hours." },
        { kind: "url", url: "http://169.254.169.254/latest/meta-data/" },
        { kind: "file", name: "photo.png", base64: b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])) },
      ],
    });
    expect(preview.drafts.map((d) => d.sourceName)).toEqual(["talks.html", `${site}/ru`, "pasted"]);
    const [page, fetched, pasted] = preview.drafts;
    expect(page).toMatchObject({
      format: "html",
      metadata: {
        title: "Lukashenko and Pezeshkian hold talks in Minsk",
        outlet: "Minsk Herald",
        author: "Olga Petrova",
        publishedAt: "2025-08-20T16:28",
        publishedPrecision: "minute",
        language: "en",
      },
      origins: { title: "page", outlet: "page" },
      duplicateOf: null,
      newVersionOf: null,
    });
    expect(page!.text).not.toMatch(/Share on Facebook|<script|onerror/);
    expect(fetched).toMatchObject({
      encoding: "windows-1251",
      text: "Переговоры в Минске длились почти четыре часа.",
      metadata: { url: `${site}/ru`, language: "ru" },
    });
    expect(pasted!.metadata).toMatchObject({ author: "Olga Petrova", publishedAt: "2025-08-20", publishedPrecision: "day" });
    expect(preview.refused).toEqual([
      {
        sourceName: "http://169.254.169.254/latest/meta-data/",
        reason: expect.stringMatching(/link-local address .* which the server does not fetch/),
      },
      { sourceName: "photo.png", reason: expect.stringContaining('unsupported file type ".png"') },
    ]);
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(0);
  });

  it("imports the previewed text with the reviewer's corrections, including fields cleared to unknown", async () => {
    const ws = await api.caller.workspace.create({ name: `Confirm ${Date.now()}` });
    const { drafts } = await api.caller.article.preview({ workspace: ws.slug, sources: [{ kind: "url", url: `${site}/news/talks` }] });
    const draft = drafts[0]!;
    expect(draft.metadata.url).toBe("https://minsk-herald.example/news/2025/08/20/talks");
    const result = await api.caller.article.import({
      workspace: ws.slug,
      sources: [
        {
          kind: "text",
          name: draft.sourceName,
          text: draft.text,
          meta: { ...draft.metadata, publishedPrecision: undefined, outlet: "The Minsk Herald", author: null } as never,
        },
      ],
    });
    expect(result.imported).toHaveLength(1);
    expect(result.analysisStarted).toBe(true);
    await vi.waitFor(async () => expect((await api.caller.analysis.status({ workspace: ws.slug }))?.status).toBe("done"), {
      timeout: 30_000,
      interval: 200,
    });
    const article = await api.caller.article.byId({ workspace: ws.slug, articleId: result.imported[0]!.id });
    expect(article).toMatchObject({
      outlet: "The Minsk Herald",
      author: null,
      publishedAt: "2025-08-20T16:28",
      publishedPrecision: "minute",
      language: "en",
      sourceName: `${site}/news/talks`,
    });
    expect(article.claims.length).toBeGreaterThan(3);

    // the same page again is a duplicate, and the preview already says so
    const again = await api.caller.article.preview({ workspace: ws.slug, sources: [{ kind: "url", url: `${site}/news/talks` }] });
    expect(again.drafts[0]!.duplicateOf).toMatchObject({ id: article.id });
    const dup = await api.caller.article.import({ workspace: ws.slug, sources: [{ kind: "url", url: `${site}/news/talks` }] });
    expect(dup.duplicates).toEqual([{ sourceName: `${site}/news/talks`, reason: expect.stringContaining("already imported") }]);
  });

  it("imports a URL directly and refuses a URL that points into the server's network, writing nothing for it", async () => {
    const ws = await api.caller.workspace.create({ name: `Direct ${Date.now()}` });
    const result = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [
        { kind: "url", url: `${site}/ru` },
        { kind: "url", url: "http://[::ffff:10.0.0.1]/" },
        { kind: "url", url: `${site}/gone` },
      ],
    });
    expect(result.imported.map((a) => a.sourceName)).toEqual([`${site}/ru`]);
    expect(result.analysisStarted).toBe(false);
    expect(result.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/private network address: 10\.0\.0\.1/),
      expect.stringContaining("the server answered 404"),
    ]);
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(1);
  });

  it("rejects malformed metadata before anything is fetched or written", async () => {
    const ws = await api.caller.workspace.create({ name: `Strict preview ${Date.now()}` });
    await expect(
      api.caller.article.import({
        workspace: ws.slug,
        sources: [{ kind: "text", name: "x", text: "Text.", meta: { url: "javascript:alert(1)" } }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.caller.article.import({
        workspace: ws.slug,
        sources: [{ kind: "text", name: "x", text: "Text.", meta: { language: "English!" } }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(0);
  });
});
