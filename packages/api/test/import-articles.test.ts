import { describe, expect, it, vi } from "vitest";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");

describe("importing through the API (paste and upload)", () => {
  it("creates a workspace, refuses a second one of the same name", async () => {
    const name = `Paste desk ${Date.now()}`;
    const ws = await api.caller.workspace.create({ name });
    expect(ws.name).toBe(name);
    await expect(api.caller.workspace.create({ name })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("exists already") });
    await expect(api.caller.workspace.create({ name: "!!!" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("imports pasted text and uploaded files, refusing bad ones by name while the rest go in", async () => {
    const ws = await api.caller.workspace.create({ name: `Uploads ${Date.now()}` });
    const result = await api.caller.article.import({
      workspace: ws.slug,
      sources: [
        { kind: "text", name: "pasted.txt", text: "Lukashenko met Pezeshkian in Minsk on 20 August 2025.", meta: { outlet: "BelTA", publishedAt: "2025-08-20" } },
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
    await vi.waitFor(async () => expect((await api.caller.analysis.status({ workspace: ws.slug }))?.status).toBe("done"), { timeout: 30_000, interval: 200 });
    expect(result.duplicates.map((d) => d.sourceName)).toEqual(["again.txt"]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      expect.stringContaining("binary.txt: the file is binary"),
      expect.stringContaining("latin1.txt: the file is not valid UTF-8"),
      expect.stringContaining("empty.txt: the file is empty"),
      expect.stringContaining("page.pdf: unsupported file type"),
    ]);
    const list = await api.caller.article.list({ workspace: ws.slug });
    expect(list.articles.find((a) => a.sourceName === "pasted.txt")).toMatchObject({ outlet: "BelTA", publishedAt: "2025-08-20", publishedPrecision: "day" });
  });

  it("rejects malformed metadata before anything is written", async () => {
    const ws = await api.caller.workspace.create({ name: `Strict ${Date.now()}` });
    await expect(
      api.caller.article.import({ workspace: ws.slug, sources: [{ kind: "text", name: "x.txt", text: "Text.", meta: { publishedAt: "20 August" } }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.caller.article.list({ workspace: ws.slug })).total).toBe(0);
  });
});
