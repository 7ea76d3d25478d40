import { describe, expect, it } from "vitest";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();

describe("versions of an article", () => {
  it("keeps a changed re-import beside the first, shows a word diff, and refuses an identical one", async () => {
    const ws = await api.caller.workspace.create({ name: `Versions ${Date.now()}` });
    const send = (text: string, name = "talks.txt", url?: string) =>
      api.caller.article.import({ workspace: ws.slug, analyze: false, sources: [{ kind: "text", name, text, meta: url ? { url } : {} }] });
    const first = await send("The talks in Minsk lasted two days and ended on Thursday.");
    const second = await send("The talks in Minsk lasted three days and ended on Friday.");
    expect(second.imported[0]!.previousVersionId).toBe(first.imported[0]!.id);
    const same = await send("The talks in Minsk lasted  three days and ended on Friday.\n");
    expect(same.duplicates).toHaveLength(1);

    const { versions, diff } = await api.caller.article.versions({ workspace: ws.slug, articleId: second.imported[0]!.id });
    expect(versions.map((v) => v.id)).toEqual([first.imported[0]!.id, second.imported[0]!.id]);
    expect(diff).toMatchObject({ fromId: first.imported[0]!.id, added: 2, removed: 2 });
    expect(diff!.parts.filter((p) => p.change !== "same").map((p) => `${p.change}:${p.text.trim()}`)).toEqual([
      "removed:two",
      "added:three",
      "removed:Thursday",
      "added:Friday",
    ]);
    expect(diff!.parts.map((p) => (p.change === "removed" ? "" : p.text)).join("")).toBe(
      "The talks in Minsk lasted three days and ended on Friday.",
    );

    // the oldest version lists the whole chain too, and has nothing before it to compare with
    const oldest = await api.caller.article.versions({ workspace: ws.slug, articleId: first.imported[0]!.id });
    expect(oldest.versions).toHaveLength(2);
    expect(oldest.diff).toBeNull();
    const backwards = await api.caller.article.versions({
      workspace: ws.slug,
      articleId: first.imported[0]!.id,
      against: second.imported[0]!.id,
    });
    expect(backwards.diff?.added).toBe(2);
  });

  it("recognises a new version of a page by its URL even under another name", async () => {
    const ws = await api.caller.workspace.create({ name: `URL versions ${Date.now()}` });
    const url = "https://news.example/story";
    const a = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [{ kind: "text", name: "saved.html", text: "First edit of the story.", meta: { url } }],
    });
    const b = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [{ kind: "text", name: url, text: "Second edit of the story.", meta: { url } }],
    });
    expect(b.imported[0]!.previousVersionId).toBe(a.imported[0]!.id);
    const unrelated = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [{ kind: "text", name: "other.txt", text: "Another story." }],
    });
    await expect(
      api.caller.article.versions({ workspace: ws.slug, articleId: b.imported[0]!.id, against: unrelated.imported[0]!.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
