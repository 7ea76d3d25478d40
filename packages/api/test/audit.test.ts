import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { createTeam, seedWorkspace } from "./review-team.ts";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
let ws: { id: string; slug: string };
let team: Awaited<ReturnType<typeof makeTeam>>;
let localId: string;
const makeTeam = (id: string) => createTeam(api.db, id, { ana: "reviewer", dee: "admin", val: "viewer" });

beforeAll(async () => {
  ws = await api.workspace("Audited");
  localId = (await seedWorkspace(api.db, ws)).id;
  team = await makeTeam(ws.id);
});

async function allEvents(caller = team.val.caller, filter: Record<string, string> = {}) {
  const events = [];
  let cursor: string | undefined;
  do {
    const page = await caller.audit.list({ workspace: ws.slug, limit: 7, ...filter, ...(cursor ? { cursor } : {}) });
    events.push(...page.events);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

describe("the audit trail", () => {
  it("records every kind of change with who, when and what", async () => {
    const groups = (await api.caller.group.list({ workspace: ws.slug })).groups;
    const withDiscrepancy = groups.find((g) => g.discrepancies.length > 0)!;
    const big = groups.find((g) => g.claims.length >= 3)!;
    await team.ana.caller.verdict.record({ workspace: ws.slug, groupId: groups[0]!.id, label: "variant", note: "spelling only" });
    await team.ana.caller.verdict.undo({ workspace: ws.slug, groupId: groups[0]!.id });
    await team.ana.caller.alignment.dismissDiscrepancy({
      workspace: ws.slug,
      discrepancyId: withDiscrepancy.discrepancies[0]!.id,
      dismissed: true,
    });
    await team.ana.caller.alignment.splitGroup({ workspace: ws.slug, groupId: big.id, claimIds: [big.claims[0]!.id] });
    const people = await team.ana.caller.entity.list({ workspace: ws.slug, type: "person" });
    const [p1, p2] = [people[0]!, people[1]!];
    await team.ana.caller.entity.setCanonical({ workspace: ws.slug, entityId: p1.id, canonical: `${p1.canonical} (checked)` });
    await team.ana.caller.entity.merge({ workspace: ws.slug, intoId: p1.id, fromId: p2.id });
    await team.dee.caller.curation.setRequiredAgreement({ workspace: ws.slug, requiredAgreement: 2 });

    const events = await allEvents();
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      "article.import",
      "analysis.run",
      "verdict.record",
      "verdict.undo",
      "decision.discrepancy-dismiss",
      "decision.claim-unlink",
      "decision.entity-canonical",
      "decision.entity-merge",
      "workspace.required-agreement",
    ]) {
      expect(actions, action).toContain(action);
    }
    const verdict = events.find((e) => e.action === "verdict.record")!;
    expect(verdict).toMatchObject({
      reviewer: { id: team.ana.id },
      targetType: "group",
      targetId: groups[0]!.id,
      details: { label: "variant", note: "spelling only" },
    });
    expect(verdict.createdAt).toBeInstanceOf(Date);
    expect(events.find((e) => e.action === "article.import")?.reviewer?.id).toBe(localId);
    // newest first
    const times = events.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by action, reviewer, date range and text, and pages without gaps or repeats", async () => {
    const everything = await allEvents();
    expect(new Set(everything.map((e) => e.id)).size).toBe(everything.length);
    expect(everything.length).toBe(await api.db.auditEvent.count({ where: { workspaceId: ws.id } }));

    const byAna = await allEvents(team.val.caller, { reviewerId: team.ana.id });
    expect(byAna.length).toBeGreaterThan(0);
    expect(byAna.every((e) => e.reviewer?.id === team.ana.id)).toBe(true);
    const undos = await allEvents(team.val.caller, { action: "verdict.undo" });
    expect(undos.map((e) => e.action)).toEqual(["verdict.undo"]);
    const text = await allEvents(team.val.caller, { query: "spelling only" });
    expect(text.map((e) => e.action)).toContain("verdict.record");

    const day = (d: Date) => d.toISOString().slice(0, 10);
    const [newest, oldest] = [everything[0]!.createdAt, everything.at(-1)!.createdAt];
    expect((await allEvents(team.val.caller, { from: day(oldest), to: day(newest) })).length).toBe(everything.length);
    const later = new Date(newest.getTime() + 86_400_000);
    expect(await allEvents(team.val.caller, { from: day(later) })).toEqual([]);
    expect(await allEvents(team.val.caller, { to: "2000-01-01" })).toEqual([]);
    await expect(team.val.caller.audit.list({ workspace: ws.slug, from: "2030-01-02", to: "2030-01-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(team.val.caller.audit.list({ workspace: ws.slug, from: "yesterday" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const facets = await team.val.caller.audit.list({ workspace: ws.slug, limit: 1 });
    expect(facets.actions).toContain("verdict.record");
    expect(facets.reviewers.map((r) => r.id)).toContain(team.ana.id);
  });

  it("is append-only: re-analysis keeps every event, and no code path updates or deletes one", async () => {
    const before = await api.db.auditEvent.findMany({
      where: { workspaceId: ws.id },
      select: { id: true, action: true, details: true, createdAt: true },
    });
    await runAnalysis(api.db, ws.id, localId);
    const after = await api.db.auditEvent.findMany({
      where: { workspaceId: ws.id },
      select: { id: true, action: true, details: true, createdAt: true },
    });
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length);

    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) sources.push(readFileSync(path, "utf8"));
      }
    };
    walk(join(import.meta.dirname, "..", "src"));
    const writes = sources.join("\n").match(/auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/g);
    expect(writes).toBeNull();
    expect(Object.keys((await import("../src/routers/audit/index.ts")).auditRouter._def.procedures)).toEqual(["list"]);
  });

  it("never shows one workspace's trail to another workspace's members", async () => {
    const other = await api.workspace("Secret");
    const outsiders = await createTeam(api.db, other.id, { olga: "admin" });
    await expect(outsiders.olga.caller.audit.list({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await team.val.caller.audit.list({ workspace: ws.slug, limit: 1 });
    await expect(outsiders.olga.caller.audit.list({ workspace: other.slug, cursor: mine.events[0]!.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const theirs = await outsiders.olga.caller.audit.list({ workspace: other.slug });
    expect(theirs.events.every((e) => e.reviewer?.id !== team.ana.id)).toBe(true);
  });
});
