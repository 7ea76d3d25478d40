import { describe, expect, it } from "vitest";
import { createTeam, seedWorkspace } from "./review-team.ts";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();

async function setUp(name: string) {
  const ws = await api.workspace(name);
  await seedWorkspace(api.db, ws);
  const team = await createTeam(api.db, ws.id, { ana: "reviewer", ben: "reviewer", cleo: "reviewer", dee: "admin", val: "viewer" });
  const groups = (await api.caller.group.list({ workspace: ws.slug })).groups;
  return { ws, team, groups };
}

describe("required agreement and curation", () => {
  it("keeps the single-user behaviour by default: one verdict decides a group", async () => {
    const { ws, groups } = await setUp("Single");
    const group = groups[0]!;
    await api.caller.verdict.record({ workspace: ws.slug, groupId: group.id, label: "variant", note: "" });
    const list = await api.caller.group.list({ workspace: ws.slug });
    expect(list.requiredAgreement).toBe(1);
    expect(list.reviewed).toBe(1);
    expect(list.groups.find((g) => g.id === group.id)?.status).toBe("decided");
    expect((await api.caller.group.list({ workspace: ws.slug, status: "reviewed" })).groups.map((g) => g.id)).toEqual([group.id]);
  });

  it("needs two agreeing reviewers when required, shows every reviewer's verdict, and sends disagreements to curation", async () => {
    const { ws, team, groups } = await setUp("Two");
    await expect(team.ana.caller.curation.setRequiredAgreement({ workspace: ws.slug, requiredAgreement: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(team.dee.caller.curation.setRequiredAgreement({ workspace: ws.slug, requiredAgreement: 9 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await team.dee.caller.curation.setRequiredAgreement({ workspace: ws.slug, requiredAgreement: 2 });

    const [agreed, split] = [groups[0]!, groups[1]!];
    await team.ana.caller.verdict.record({ workspace: ws.slug, groupId: agreed.id, label: "consistent", note: "same date" });
    expect((await team.ana.caller.group.byId({ workspace: ws.slug, groupId: agreed.id })).status).toBe("undecided");
    await team.ben.caller.verdict.record({ workspace: ws.slug, groupId: agreed.id, label: "consistent", note: "" });
    const decided = await team.val.caller.group.byId({ workspace: ws.slug, groupId: agreed.id });
    expect(decided.status).toBe("decided");
    expect(decided.decidedLabel).toBe("consistent");
    expect(decided.standing.map((v) => v.reviewer).sort()).toEqual([team.ana.name, team.ben.name].sort());
    expect(decided.standing.find((v) => v.reviewer === team.ana.name)?.note).toBe("same date");

    await team.ana.caller.verdict.record({ workspace: ws.slug, groupId: split.id, label: "discrepancy", note: "the dates differ" });
    await team.cleo.caller.verdict.record({ workspace: ws.slug, groupId: split.id, label: "contradiction", note: "cannot both be right" });
    const queue = await team.val.caller.group.list({ workspace: ws.slug });
    expect(queue.reviewed).toBe(1);
    expect(queue.disagreements).toBe(1);
    expect((await team.val.caller.group.list({ workspace: ws.slug, status: "disagreement" })).groups.map((g) => g.id)).toEqual([split.id]);

    const curation = await team.val.caller.curation.list({ workspace: ws.slug });
    expect(curation.groups.map((g) => g.id)).toEqual([split.id]);
    expect(curation.groups[0]!.standing.map((v) => [v.label, v.note]).sort()).toEqual([
      ["contradiction", "cannot both be right"],
      ["discrepancy", "the dates differ"],
    ]);

    await expect(
      team.ana.caller.curation.settle({ workspace: ws.slug, groupId: split.id, label: "discrepancy", note: "mine" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      team.dee.caller.curation.settle({ workspace: ws.slug, groupId: split.id, label: "discrepancy", note: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      team.dee.caller.curation.settle({ workspace: ws.slug, groupId: agreed.id, label: "discrepancy", note: "no" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await team.dee.caller.curation.settle({
      workspace: ws.slug,
      groupId: split.id,
      label: "discrepancy",
      note: "the agency corrected its date",
    });

    expect((await team.val.caller.curation.list({ workspace: ws.slug })).groups).toEqual([]);
    const settled = await team.val.caller.group.byId({ workspace: ws.slug, groupId: split.id });
    expect(settled.status).toBe("decided");
    expect(settled.settlement).toMatchObject({ reviewer: team.dee.name, label: "discrepancy", note: "the agency corrected its date" });
    // the reviewers' own verdicts stay as they were
    expect(settled.standing).toHaveLength(2);
    await expect(
      team.dee.caller.curation.settle({ workspace: ws.slug, groupId: split.id, label: "variant", note: "again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await team.val.caller.audit.list({ workspace: ws.slug, action: "verdict.settle" });
    expect(audit.events).toHaveLength(1);
    expect(audit.events[0]).toMatchObject({ reviewer: { name: team.dee.name }, targetId: split.id, details: { label: "discrepancy" } });
    expect((await team.val.caller.audit.list({ workspace: ws.slug, action: "workspace.required-agreement" })).events[0]?.details).toEqual({
      from: 1,
      to: 2,
    });
  });

  it("refuses members of another workspace, and curation of a group from another workspace", async () => {
    const { ws, team, groups } = await setUp("Own");
    const other = await api.workspace("Other");
    const outsiders = await createTeam(api.db, other.id, { olga: "admin" });
    await expect(outsiders.olga.caller.curation.list({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      outsiders.olga.caller.curation.settle({ workspace: other.slug, groupId: groups[0]!.id, label: "variant", note: "guess" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(team.dee.caller.curation.setRequiredAgreement({ workspace: other.slug, requiredAgreement: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
