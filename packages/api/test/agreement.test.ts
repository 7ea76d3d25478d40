import { beforeAll, describe, expect, it } from "vitest";
import { computeCohenKappa } from "../src/services/agreement/cohen-kappa.ts";
import { computeKrippendorffAlpha } from "../src/services/agreement/krippendorff-alpha.ts";
import { createTeam, seedWorkspace } from "./review-team.ts";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();
type Label = "consistent" | "variant" | "discrepancy" | "contradiction" | "unverifiable";

let ws: { id: string; slug: string };
let team: Awaited<ReturnType<typeof makeTeam>>;
const makeTeam = (id: string) => createTeam(api.db, id, { ana: "reviewer", ben: "reviewer", cleo: "reviewer", val: "viewer" });

beforeAll(async () => {
  ws = await api.workspace("Agreement");
  await seedWorkspace(api.db, ws);
  team = await makeTeam(ws.id);
});

describe("agreement between reviewers", () => {
  it("says nothing can be computed before two reviewers rated the same groups", async () => {
    const summary = await team.val.caller.agreement.summary({ workspace: ws.slug });
    expect(summary.rows.find((r) => r.scope === "overall")).toMatchObject({ items: 0, statistic: null, value: null });
  });

  it("computes Cohen's kappa per discrepancy kind for two reviewers, then Krippendorff's alpha for three", async () => {
    const groups = (await api.caller.group.list({ workspace: ws.slug })).groups;
    const labels: Label[] = ["consistent", "variant", "discrepancy", "contradiction"];
    const ana = new Map<string, Label>();
    const ben = new Map<string, Label>();
    groups.forEach((g, i) => {
      ana.set(g.id, labels[i % 4]!);
      // ben agrees on two groups in three
      ben.set(g.id, i % 3 === 2 ? labels[(i + 1) % 4]! : labels[i % 4]!);
    });
    for (const g of groups) {
      // a retracted verdict never counts: ana first records something else and undoes it
      await team.ana.caller.verdict.record({ workspace: ws.slug, groupId: g.id, label: "unverifiable", note: "" });
      await team.ana.caller.verdict.undo({ workspace: ws.slug, groupId: g.id });
      await team.ana.caller.verdict.record({ workspace: ws.slug, groupId: g.id, label: ana.get(g.id)!, note: "" });
      await team.ben.caller.verdict.record({ workspace: ws.slug, groupId: g.id, label: ben.get(g.id)!, note: "" });
    }
    const summary = await team.val.caller.agreement.summary({ workspace: ws.slug });
    const live = (g: (typeof groups)[number]) => [...new Set(g.discrepancies.filter((d) => !d.dismissed).map((d) => d.kind))];
    const expectedFor = (scoped: typeof groups) =>
      computeCohenKappa(scoped.map((g) => [ana.get(g.id)!, ben.get(g.id)!] as [string, string]));

    const overall = summary.rows.find((r) => r.scope === "overall")!;
    expect(overall).toMatchObject({ groups: groups.length, items: groups.length, reviewers: 2, statistic: "cohen-kappa" });
    expect(overall.value).toBeCloseTo(expectedFor(groups).kappa!, 10);
    expect(overall.observed).toBeCloseTo(expectedFor(groups).observed, 10);
    const kinds = [...new Set(groups.flatMap(live))];
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      const scoped = groups.filter((g) => live(g).includes(kind));
      const row = summary.rows.find((r) => r.scope === kind)!;
      expect(row.items).toBe(scoped.length);
      expect(row.value).toEqual(expectedFor(scoped).kappa === null ? null : expect.closeTo(expectedFor(scoped).kappa!, 10));
    }
    const none = summary.rows.find((r) => r.scope === "none")!;
    expect(none.items).toBe(groups.filter((g) => live(g).length === 0).length);
    expect(summary.pairs).toHaveLength(1);
    expect(summary.pairs[0]!.items).toBe(groups.length);
    expect(summary.reviewers.map((r) => r.name).sort()).toEqual([team.ana.name, team.ben.name].sort());

    // a third reviewer on half the groups: alpha over all ratings, missing ones left out
    const half = groups.filter((_, i) => i % 2 === 0);
    for (const g of half) await team.cleo.caller.verdict.record({ workspace: ws.slug, groupId: g.id, label: ana.get(g.id)!, note: "" });
    const three = await team.val.caller.agreement.summary({ workspace: ws.slug });
    const overall3 = three.rows.find((r) => r.scope === "overall")!;
    expect(overall3).toMatchObject({ reviewers: 3, statistic: "krippendorff-alpha", items: groups.length });
    const units = groups.map((g) => [ana.get(g.id)!, ben.get(g.id)!, ...(half.includes(g) ? [ana.get(g.id)!] : [])]);
    expect(overall3.value).toBeCloseTo(computeKrippendorffAlpha(units).alpha!, 10);
    expect(three.pairs).toHaveLength(3);
  });

  it("is scoped to the workspace: another workspace's member cannot read it", async () => {
    const other = await api.workspace("Elsewhere");
    const outsiders = await createTeam(api.db, other.id, { olga: "reviewer" });
    await expect(outsiders.olga.caller.agreement.summary({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const empty = await outsiders.olga.caller.agreement.summary({ workspace: other.slug });
    expect(empty.reviewers).toEqual([]);
  });
});
