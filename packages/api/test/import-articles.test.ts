import { describe, expect, it, vi } from "vitest";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");

describe("importing through the API (paste and upload)", () => {
  it("creates a workspace, refuses a second one of the same name", async () => {
    const name = `Paste desk ${Date.now()}`;
    const ws = await api.caller.workspace.create({ name });
    expect(ws.name).toBe(name);
    await expect(api.caller.workspace.create({ name })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("exists already"),
    });
    await expect(api.caller.workspace.create({ name: "!!!" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("imports pasted text and uploaded files, refusing bad ones by name while the rest go in", async () => {
    const ws = await api.caller.workspace.create({ name: `Uploads ${Date.now()}` });
    const result = await api.caller.article.import({
      workspace: ws.slug,
      sources: [
        {
          kind: "text",
          name: "pasted.txt",
          text: "Lukashenko met Pezeshkian in Minsk on 20 August 2025.",
          meta: { outlet: "BelTA", publishedAt: "2025-08-20" },
        },
        { kind: "file", name: "upload.md", base64: b64("# Talks\nThe talks lasted almost four hours.") },
        { kind: "file", name: "binary.txt", base64: b64(new Uint8Array([0, 1, 2, 3, 0, 0])) },
        { kind: "file", name: "latin1.txt", base64: b64(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) },
        { kind: "file", name: "empty.txt", base64: b64("   ") },
        { kind: "file", name: "page.pdf", base64: b64("%PDF-1.4") },
        { kind: "text", name: "again.txt", text: "Lukashenko met Pezeshkian in Minsk on 20 August 2025.\n" },
      ],
    });
    expect(result.imported.map((a) => a.sourceName)).toEqual(["pasted.txt", "upload.md"]);
    expect(result.analysisStarted).toBe(true);
    // the import starts an analysis in the background: it must finish before this database goes
    await vi.waitFor(async () => expect((await api.caller.analysis.status({ workspace: ws.slug }))?.status).toBe("done"), {
      timeout: 30_000,
      interval: 200,
    });
    expect(result.duplicates.map((d) => d.sourceName)).toEqual(["again.txt"]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      expect.stringContaining("binary.txt: the file is binary"),
      expect.stringContaining("latin1.txt: the file is not valid UTF-8"),
      expect.stringContaining("empty.txt: the file is empty"),
      expect.stringContaining("page.pdf: unsupported file type"),
    ]);
    const list = await api.caller.article.list({ workspace: ws.slug });
    expect(list.articles.find((a) => a.sourceName === "pasted.txt")).toMatchObject({
      outlet: "BelTA",
      publishedAt: "2025-08-20",
      publishedPrecision: "day",
    });
  });

  it("imports a web page as text only and converts a legacy encoding", async () => {
    const ws = await api.caller.workspace.create({ name: `Pages ${Date.now()}` });
    const page = `<html><head><title>Talks</title><script>alert(1)</script></head><body onload="alert(2)"><nav>Home News</nav>
      <article><p>The presidents met in Minsk and talked for almost four hours about trade.</p><img src=x onerror="alert(3)"><p onclick="alert(4)">They signed twelve documents.</p></article></body></html>`;
    const cp1251 = Buffer.from([
      0xcf, 0xe5, 0xf0, 0xe5, 0xe3, 0xee, 0xe2, 0xee, 0xf0, 0xfb, 0x20, 0xe2, 0x20, 0xcc, 0xe8, 0xed, 0xf1, 0xea, 0xe5, 0x20, 0xe4, 0xeb,
      0xe8, 0xeb, 0xe8, 0xf1, 0xfc, 0x20, 0xf7, 0xe5, 0xf2, 0xfb, 0xf0, 0xe5, 0x20, 0xf7, 0xe0, 0xf1, 0xe0, 0x2c, 0x20, 0xf1, 0xee, 0xee,
      0xe1, 0xf9, 0xe8, 0xeb, 0xe8, 0x20, 0xe4, 0xe8, 0xef, 0xeb, 0xee, 0xec, 0xe0, 0xf2, 0xfb, 0x2e,
    ]);
    const result = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [
        { kind: "file", name: "page.html", base64: b64(page) },
        { kind: "file", name: "ru.txt", base64: b64(cp1251) },
      ],
    });
    expect(result.refused).toEqual([]);
    const list = await api.caller.article.list({ workspace: ws.slug });
    const html = await api.caller.article.byId({
      workspace: ws.slug,
      articleId: list.articles.find((a) => a.sourceName === "page.html")!.id,
    });
    expect(html.text).toBe("The presidents met in Minsk and talked for almost four hours about trade.\n\nThey signed twelve documents.");
    const ru = await api.caller.article.byId({ workspace: ws.slug, articleId: list.articles.find((a) => a.sourceName === "ru.txt")!.id });
    expect(ru.text).toBe("Переговоры в Минске длились четыре часа, сообщили дипломаты.");
  });

  it("rejects malformed metadata before anything is written", async () => {
    const ws = await api.caller.workspace.create({ name: `Strict ${Date.now()}` });
    await expect(
      api.caller.article.import({
        workspace: ws.slug,
        sources: [{ kind: "text", name: "x.txt", text: "Text.", meta: { publishedAt: "20 August" } }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(0);
  });
});
