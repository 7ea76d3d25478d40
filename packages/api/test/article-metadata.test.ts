import { describe, expect, it, vi } from "vitest";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();

describe("correcting an article's metadata afterwards", () => {
  it("stores the correction, audits it and re-runs the analysis so relative dates resolve against it", async () => {
    const ws = await api.caller.workspace.create({ name: `Metadata ${Date.now()}` });
    const imported = await api.caller.article.import({
      workspace: ws.slug,
      sources: [
        {
          kind: "text",
          name: "talks.txt",
          text: "The presidents met in Minsk yesterday. The talks lasted four hours.",
          meta: { publishedAt: "2025-08-20" },
        },
      ],
    });
    const articleId = imported.imported[0]!.id;
    const waitForAnalysis = () =>
      vi.waitFor(async () => expect((await api.caller.analysis.status({ workspace: ws.slug }))?.status).toBe("done"), {
        timeout: 30_000,
        interval: 200,
      });
    const yesterday = async () => {
      const article = await api.caller.article.byId({ workspace: ws.slug, articleId });
      return article.mentions.find((m) => m.type === "date" && m.text === "yesterday")?.normalized as { start?: string } | undefined;
    };
    await waitForAnalysis();
    expect((await yesterday())?.start).toBe("2025-08-19");

    const updated = await api.caller.article.updateMetadata({
      workspace: ws.slug,
      articleId,
      metadata: {
        title: "Talks in Minsk",
        outlet: "BelTA",
        author: "",
        url: "https://belta.example/talks",
        publishedAt: "2025-08-22T09:15",
        language: "en",
      },
    });
    expect(updated).toMatchObject({
      metadata: { title: "Talks in Minsk", outlet: "BelTA", author: null, publishedAt: "2025-08-22T09:15", publishedPrecision: "minute" },
      analysisStarted: true,
    });
    expect(updated.changed.sort()).toEqual(["outlet", "publishedAt", "publishedPrecision", "title", "url"]);
    await waitForAnalysis();
    expect((await yesterday())?.start).toBe("2025-08-21");

    const events = await api.db.auditEvent.findMany({
      where: { workspaceId: ws.id, action: "article.metadata" },
      select: { targetId: true, details: true },
    });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.details)).toMatchObject({
      changed: { outlet: { from: null, to: "BelTA" }, publishedAt: { from: "2025-08-20", to: "2025-08-22T09:15" } },
    });
  });

  it("refuses an empty title, a bad date and an article of another workspace", async () => {
    const ws = await api.caller.workspace.create({ name: `Metadata bad ${Date.now()}` });
    const other = await api.caller.workspace.create({ name: `Metadata other ${Date.now()}` });
    const { imported } = await api.caller.article.import({
      workspace: ws.slug,
      analyze: false,
      sources: [{ kind: "text", name: "a.txt", text: "Alpha text." }],
    });
    const base = { title: "T", outlet: null, author: null, url: null, publishedAt: null, language: null };
    const articleId = imported[0]!.id;
    await expect(
      api.caller.article.updateMetadata({ workspace: ws.slug, articleId, metadata: { ...base, title: " " } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.caller.article.updateMetadata({ workspace: ws.slug, articleId, metadata: { ...base, publishedAt: "22/08/2025" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.caller.article.updateMetadata({ workspace: other.slug, articleId, metadata: base })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await api.caller.article.byId({ workspace: ws.slug, articleId })).title).toBe("Alpha text.");
  });
});
