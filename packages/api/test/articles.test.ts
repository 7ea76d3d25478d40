import { draftArticle } from "@crosscheck/ingest";
import { describe, expect, it } from "vitest";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { importArticle } from "../src/services/article/import-article.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();

describe("articles through the API", () => {
  it("reports a healthy database", async () => {
    await expect(api.caller.health.get()).resolves.toMatchObject({ ok: true, database: "up" });
  });

  it("imports the five seed articles and lists them with their metadata", async () => {
    const ws = await api.workspace("Seeds");
    const drafts = readSeedDrafts();
    const summary = await importSources(
      api.db,
      ws.id,
      drafts.map((draft) => ({ ok: true as const, draft })),
      null,
    );
    expect(summary.imported).toHaveLength(5);

    const list = await api.caller.article.list({ workspace: ws.slug });
    expect(list.total).toBe(5);
    const summit = list.articles.find((a) => a.sourceName.startsWith("002_"));
    expect(summit).toMatchObject({
      title: "Key takeaways from Belarus-Iran summit in Minsk",
      outlet: "BelTA",
      publishedAt: "2025-08-20T16:28",
      publishedPrecision: "minute",
    });
    expect(list.outlets).toEqual(["247 News Reel", "BelTA"]);

    const filtered = await api.caller.article.list({ workspace: ws.slug, outlet: "BelTA" });
    expect(filtered.articles.map((a) => a.sourceName)).toEqual(["002_b2eadd2c91b0bb17.txt"]);
    const searched = await api.caller.article.list({ workspace: ws.slug, query: "Khrenin" });
    expect(searched.articles.map((a) => a.sourceName)).toEqual(["004_be3693e29a9c8e21.txt"]);

    const article = await api.caller.article.byId({ workspace: ws.slug, articleId: summit!.id });
    expect(article.text).toContain("Aleksandr Lukashenko held negotiations with Iranian President Masoud Pezeshkian");
  });

  it("refuses a duplicate and keeps a changed version of the same source beside the first", async () => {
    const ws = await api.workspace("Versions");
    const reviewer = await ensureLocalReviewer(api.db);
    const first = await importArticle(api.db, {
      workspaceId: ws.id,
      draft: draftArticle("The talks lasted two days.", "talks.txt"),
      reviewerId: reviewer.id,
    });
    await expect(
      importArticle(api.db, {
        workspaceId: ws.id,
        draft: draftArticle("The talks  lasted two days.\n", "copy.txt"),
        reviewerId: reviewer.id,
      }),
    ).rejects.toThrow(/already imported/);
    const second = await importArticle(api.db, {
      workspaceId: ws.id,
      draft: draftArticle("The talks lasted three days.", "talks.txt"),
      reviewerId: reviewer.id,
    });
    expect(second.previousVersionId).toBe(first.id);
    expect(await api.db.article.count({ where: { workspaceId: ws.id } })).toBe(2);
    const events = await api.db.auditEvent.findMany({ where: { workspaceId: ws.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["article.import", "article.import"]);
  });

  it("answers NOT_FOUND for an unknown workspace or an article of another workspace", async () => {
    const a = await api.workspace("Alpha");
    const b = await api.workspace("Beta");
    const imported = await importArticle(api.db, { workspaceId: a.id, draft: draftArticle("Alpha only.", "alpha.txt"), reviewerId: null });
    await expect(api.caller.workspace.bySlug({ slug: "no-such-workspace" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.caller.article.byId({ workspace: b.slug, articleId: imported.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects malformed input with BAD_REQUEST", async () => {
    await expect(api.caller.workspace.bySlug({ slug: "../etc/passwd" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
