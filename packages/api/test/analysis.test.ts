import { ENGINE_VERSION } from "@crosscheck/analysis";
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { getAnalysisStatus, startAnalysis } from "../src/services/analysis/start-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();

async function seededWorkspace(name: string) {
  const ws = await api.workspace(name);
  const reviewer = await ensureLocalReviewer(api.db);
  await importSources(
    api.db,
    ws.id,
    readSeedDrafts().map((draft) => ({ ok: true as const, draft })),
    reviewer.id,
  );
  await runAnalysis(api.db, ws.id, reviewer.id);
  return { ws, reviewer };
}

async function entityForms(workspaceId: string) {
  const entities = await api.db.entity.findMany({
    where: { workspaceId },
    select: { id: true, canonical: true, mentions: { select: { text: true } } },
  });
  return entities.map((e) => ({ id: e.id, canonical: e.canonical, forms: new Set(e.mentions.map((m) => m.text)) }));
}

describe("analysis of a workspace", () => {
  it("offers a re-run when the results on show came from an earlier engine, and not after it", async () => {
    const { ws, reviewer } = await seededWorkspace("Upgraded");
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({ outdated: false, analysedBy: ENGINE_VERSION });
    // as if the workspace had been analysed before an upgrade of the engine
    await api.db.analysisRun.updateMany({ where: { workspaceId: ws.id }, data: { engineVersion: "2020.01.01-1" } });
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({
      outdated: true,
      analysedBy: "2020.01.01-1",
      engineVersion: ENGINE_VERSION,
    });
    await runAnalysis(api.db, ws.id, reviewer.id);
    expect(await api.caller.analysis.status({ workspace: ws.slug })).toMatchObject({ outdated: false, analysedBy: ENGINE_VERSION });
  });

  it("stores claims, dated and numbered mentions, name variants and claim groups", async () => {
    const { ws } = await seededWorkspace("Analysed");
    const summit = await api.db.article.findFirstOrThrow({
      where: { workspaceId: ws.id, sourceName: { startsWith: "002_" } },
      select: { id: true },
    });
    const article = await api.caller.article.byId({ workspace: ws.slug, articleId: summit.id });
    expect(article.claims.length).toBeGreaterThan(40);
    const dates = article.mentions.filter((m) => m.type === "date");
    expect(dates.find((m) => m.text.includes("20 August"))?.normalized).toMatchObject({
      start: "2025-08-20",
      end: "2025-08-20",
      precision: "day",
    });
    expect(article.mentions.some((m) => m.type === "number" && m.text.includes("fivefold"))).toBe(true);
    // what the reader's tooltip shows of a titled name: the role and the country it serves
    expect(article.mentions.find((m) => m.text === "Masoud Pezeshkian" && m.role)?.roleLabel).toBe("President of Iran");

    const lukashenko = (await entityForms(ws.id)).find((e) => e.forms.has("Lukashenka"));
    expect([...(lukashenko?.forms ?? [])]).toEqual(expect.arrayContaining(["Lukashenka", "Alexander Lukashenko", "Aleksandr Lukashenko"]));

    const groups = await api.caller.group.list({ workspace: ws.slug });
    expect(groups.total).toBeGreaterThan(3);
    const thirtyYears = groups.groups.find((g) => g.claims.some((c) => c.text.startsWith("“Thirty years after")));
    expect(thirtyYears?.claims.length).toBeGreaterThanOrEqual(2);
    expect(thirtyYears?.discrepancies.filter((d) => d.kind === "number" && d.severity === "conflict")).toEqual([]);
  });

  it("keeps verdicts, entity merges, claim links and dismissals through a re-run", async () => {
    const { ws, reviewer } = await seededWorkspace("Rerun");
    const before = await api.caller.group.list({ workspace: ws.slug });
    const target = before.groups[0]!;
    await api.caller.verdict.record({ workspace: ws.slug, groupId: target.id, label: "discrepancy", note: "first look" });
    await api.caller.verdict.record({ workspace: ws.slug, groupId: target.id, label: "contradiction", note: "on reflection" });

    // a reviewer merges two entities the engine keeps apart and links two claims it did not group
    const forms = await entityForms(ws.id);
    const khrenin = forms.find((e) => e.forms.has("Viktor Khrenin"));
    const ashtiani = forms.find((e) => [...e.forms].some((f) => f.includes("Ashtiani")));
    expect(khrenin && ashtiani && khrenin.id !== ashtiani.id).toBe(true);
    const claims = await api.db.claim.findMany({
      where: { workspaceId: ws.id, groups: { none: {} } },
      select: { articleId: true, start: true },
      take: 200,
    });
    const a = claims[0]!;
    const b = claims.find((c) => c.articleId !== a.articleId)!;
    await api.db.manualDecision.createMany({
      data: [
        {
          workspaceId: ws.id,
          reviewerId: reviewer.id,
          kind: "entity-merge",
          payload: JSON.stringify({ forms: ["Viktor Khrenin", [...ashtiani!.forms][0]] }),
        },
        { workspaceId: ws.id, reviewerId: reviewer.id, kind: "claim-link", payload: JSON.stringify({ a, b }) },
      ],
    });

    await runAnalysis(api.db, ws.id, reviewer.id);

    const after = await api.caller.group.list({ workspace: ws.slug });
    const carried = after.groups.find((g) => g.verdict?.note === "on reflection");
    expect(carried?.verdict?.label).toBe("contradiction");
    const detail = await api.caller.group.byId({ workspace: ws.slug, groupId: carried!.id });
    expect(detail.verdicts.map((v) => v.label)).toEqual(["contradiction", "discrepancy"]);

    const merged = (await entityForms(ws.id)).find((e) => e.forms.has("Viktor Khrenin"));
    expect([...merged!.forms].some((f) => f.includes("Ashtiani"))).toBe(true);

    const linked = await api.db.claimGroupMember.findMany({
      where: {
        claim: {
          OR: [
            { articleId: a.articleId, start: a.start },
            { articleId: b.articleId, start: b.start },
          ],
        },
      },
      select: { groupId: true, origin: true },
    });
    expect(linked).toHaveLength(2);
    expect(linked[0]!.groupId).toBe(linked[1]!.groupId);
    expect(linked.every((m) => m.origin === "manual")).toBe(true);
  });

  it("refuses a verdict made on a stale version of a group", async () => {
    const { ws } = await seededWorkspace("Stale");
    const group = (await api.caller.group.list({ workspace: ws.slug })).groups[0]!;
    await api.caller.verdict.record({
      workspace: ws.slug,
      groupId: group.id,
      label: "variant",
      note: "",
      expectedVersion: group.version,
      expectedVerdictId: null,
    });
    await expect(
      api.caller.verdict.record({
        workspace: ws.slug,
        groupId: group.id,
        label: "consistent",
        note: "",
        expectedVersion: group.version,
        expectedVerdictId: null,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("This group changed since you opened it"),
    });
  });

  it("a run cut off by a server restart does not block the next one, which runs to completion", async () => {
    const { ws, reviewer } = await seededWorkspace("Interrupted");
    // what a SIGKILL during an analysis leaves behind: a run marked running whose heartbeat stopped a minute ago
    const cutOff = await api.db.analysisRun.create({
      data: {
        workspaceId: ws.id,
        status: "running",
        stage: "align",
        startedAt: new Date(Date.now() - 120_000),
        heartbeatAt: new Date(Date.now() - 60_000),
      },
      select: { id: true },
    });
    await startAnalysis(api.db, ws.id, reviewer.id);
    // a second start while it runs (an import finished meanwhile) queues one more run, never a refusal
    await expect(startAnalysis(api.db, ws.id, reviewer.id)).resolves.toEqual({ started: true });
    const interrupted = await api.db.analysisRun.findUniqueOrThrow({ where: { id: cutOff.id }, select: { status: true, error: true } });
    expect(interrupted).toMatchObject({ status: "failed", error: expect.stringMatching(/interrupted/) });
    await expect
      .poll(async () => api.db.analysisRun.count({ where: { workspaceId: ws.id, status: "done" } }), { timeout: 240_000, interval: 500 })
      .toBe(3); // the seeding run, the started one, the queued one
    expect((await getAnalysisStatus(api.db, ws.id))?.status).toBe("done");
  });
});
