import { beforeAll, describe, expect, it } from "vitest";
import { createTeam, race, seedWorkspace } from "./review-team.ts";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
let ws: { id: string; slug: string };
let team: Awaited<ReturnType<typeof setUpTeam>>;
const setUpTeam = (id: string) => createTeam(api.db, id, { ana: "reviewer", ben: "reviewer", cleo: "reviewer", dan: "reviewer" });

beforeAll(async () => {
  ws = await api.workspace("Concurrent");
  await seedWorkspace(api.db, ws);
  team = await setUpTeam(ws.id);
});

/** The index-th group with a discrepancy, wrapping round: each race reads the group's current version. */
async function groupWithDiscrepancies(index: number) {
  const groups = (await api.caller.group.list({ workspace: ws.slug })).groups.filter((g) => g.discrepancies.length > 0);
  expect(groups.length).toBeGreaterThan(0);
  return groups[index % groups.length]!;
}

describe("two reviewers editing one group at once", () => {
  it("keeps the verdicts of different reviewers recorded at the same moment", async () => {
    const group = await groupWithDiscrepancies(0);
    const reviewers = [team.ana, team.ben, team.cleo, team.dan];
    const { won, lost } = await race(
      reviewers.map((r, i) =>
        r.caller.verdict.record({
          workspace: ws.slug,
          groupId: group.id,
          label: i % 2 ? "variant" : "discrepancy",
          note: `by ${r.name}`,
          expectedVersion: group.version,
          expectedVerdictId: null,
        }),
      ),
    );
    expect(lost).toEqual([]);
    const stored = await api.db.verdict.findMany({ where: { groupId: group.id, retractedAt: null }, select: { id: true, note: true } });
    expect(stored.map((v) => v.id).sort()).toEqual(won.map((v) => v.id).sort());
    expect((await api.caller.group.byId({ workspace: ws.slug, groupId: group.id })).standing).toHaveLength(4);
  });

  it("lets one of the same reviewer's stale tabs win and tells the others", async () => {
    const group = await groupWithDiscrepancies(1);
    const seen = await team.ana.caller.group.byId({ workspace: ws.slug, groupId: group.id });
    const labels = ["consistent", "variant", "discrepancy", "contradiction", "unverifiable"] as const;
    const { won, lost } = await race(
      labels.map((label) =>
        team.ana.caller.verdict.record({
          workspace: ws.slug,
          groupId: group.id,
          label,
          note: "",
          expectedVersion: seen.version,
          expectedVerdictId: seen.myVerdictId,
        }),
      ),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(4);
    for (const error of lost) {
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/changed since you opened it.*Reload to see the change/);
    }
    const stored = await api.db.verdict.findMany({
      where: { groupId: group.id, reviewerId: team.ana.id },
      select: { id: true, label: true },
    });
    expect(stored).toEqual([{ id: won[0]!.id, label: won[0]!.label }]);

    // two tabs undoing the same verdict: one retracts it, the other is told
    const mine = (await team.ana.caller.group.byId({ workspace: ws.slug, groupId: group.id })).myVerdictId!;
    const undo = await race(
      [0, 1].map(() => team.ana.caller.verdict.undo({ workspace: ws.slug, groupId: group.id, expectedVerdictId: mine })),
    );
    expect(undo.won).toHaveLength(1);
    expect(undo.lost.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    expect(await api.db.verdict.count({ where: { groupId: group.id, retractedAt: { not: null } } })).toBe(1);
  });

  it("lets exactly one of several dismissals made on the same version through", async () => {
    const group = await groupWithDiscrepancies(2);
    const discrepancy = group.discrepancies[0]!;
    const before = await api.db.auditEvent.count({ where: { workspaceId: ws.id, targetId: group.id } });
    const reviewers = [team.ana, team.ben, team.cleo, team.dan];
    const { won, lost } = await race(
      reviewers.map((r, i) =>
        r.caller.alignment.dismissDiscrepancy({
          workspace: ws.slug,
          discrepancyId: discrepancy.id,
          dismissed: i % 2 === 0,
          groupId: group.id,
          expectedVersion: group.version,
        }),
      ),
    );
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(lost[0]!.message).toMatch(/changed since you opened it: .* (dismissed|restored) a discrepancy .*Reload to see the change\./);
    const after = await api.caller.group.byId({ workspace: ws.slug, groupId: group.id });
    expect(after.version).toBeGreaterThan(group.version);
    expect(
      after.discrepancies.find((d) => d.key === (after.discrepancies.find((x) => x.id === discrepancy.id) ?? after.discrepancies[0])!.key)
        ?.dismissed,
    ).toBe(won[0]!.dismissed);
    expect(await api.db.auditEvent.count({ where: { workspaceId: ws.id, targetId: group.id } })).toBe(before + 1);

    // the later writer reloads and then succeeds
    await team.ben.caller.alignment.dismissDiscrepancy({
      workspace: ws.slug,
      discrepancyId: after.discrepancies[0]!.id,
      dismissed: false,
      groupId: group.id,
      expectedVersion: after.version,
    });
  });

  it("refuses a split or move made on a version someone else has changed, and keeps the first change", async () => {
    const group = (await api.caller.group.list({ workspace: ws.slug })).groups.find(
      (g) => g.claims.length >= 3 && new Set(g.claims.map((c) => c.articleId)).size >= 3,
    )!;
    const [first, second] = [group.claims[0]!, group.claims[1]!];
    const { won, lost } = await race<unknown>([
      team.ana.caller.alignment.splitGroup({ workspace: ws.slug, groupId: group.id, claimIds: [first.id], expectedVersion: group.version }),
      team.ben.caller.alignment.moveClaim({ workspace: ws.slug, claimId: second.id, toGroupId: null, expectedVersion: group.version }),
      team.cleo.caller.alignment.dismissDiscrepancy({
        workspace: ws.slug,
        discrepancyId: group.discrepancies[0]?.id ?? "none",
        dismissed: true,
        groupId: group.id,
        expectedVersion: group.version,
      }),
    ]);
    expect(won.length).toBe(1);
    expect(lost.every((e) => e.code === "CONFLICT" || (e.code === "NOT_FOUND" && group.discrepancies.length === 0))).toBe(true);
    const members = await api.db.claimGroupMember.findMany({ where: { groupId: group.id }, select: { claimId: true } });
    const ids = members.map((m) => m.claimId);
    // exactly one of the two claim changes happened
    expect(Number(!ids.includes(first.id)) + Number(!ids.includes(second.id))).toBeLessThanOrEqual(1);
  });

  it("refuses a stale verdict after the group's claims changed", async () => {
    const group = await groupWithDiscrepancies(0);
    const before = await api.db.verdict.count({ where: { groupId: group.id, reviewerId: team.dan.id } });
    const seen = await team.dan.caller.group.byId({ workspace: ws.slug, groupId: group.id });
    await team.cleo.caller.alignment.dismissDiscrepancy({
      workspace: ws.slug,
      discrepancyId: seen.discrepancies[0]!.id,
      dismissed: true,
      groupId: group.id,
      expectedVersion: seen.version,
    });
    await expect(
      team.dan.caller.verdict.record({
        workspace: ws.slug,
        groupId: group.id,
        label: "variant",
        note: "",
        expectedVersion: seen.version,
        expectedVerdictId: seen.myVerdictId,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`${team.cleo.name} dismissed a discrepancy`),
    });
    expect(await api.db.verdict.count({ where: { groupId: group.id, reviewerId: team.dan.id } })).toBe(before);
  });
});
