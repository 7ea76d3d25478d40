import { describe, expect, it } from "vitest";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();

async function seeded(name: string) {
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

describe("fixing the analysis by hand", () => {
  it("splits a group, links claims found by search, and keeps both through a re-run", async () => {
    const { ws, reviewer } = await seeded("Split");
    const big = (await api.caller.group.list({ workspace: ws.slug })).groups.find(
      (g) => new Set(g.claims.map((c) => c.articleId)).size >= 3,
    )!;
    const off = big.claims.slice(0, 1).map((c) => c.id);
    await api.caller.alignment.splitGroup({ workspace: ws.slug, groupId: big.id, claimIds: off });
    const after = await api.caller.group.byId({ workspace: ws.slug, groupId: big.id });
    expect(after.claims.map((c) => c.id)).not.toContain(off[0]);

    const loose = await api.db.claim.findFirstOrThrow({
      where: { workspaceId: ws.id, groups: { none: {} }, text: { contains: "military" } },
      select: { text: true },
    });
    const found = await api.caller.alignment.searchClaims({ workspace: ws.slug, query: loose.text.slice(0, 30), excludeGroupId: big.id });
    expect(found[0]?.text).toBe(loose.text);
    const linked = await api.caller.alignment.linkClaims({ workspace: ws.slug, claimId: after.claims[0]!.id, otherClaimId: found[0]!.id });
    expect(linked.groupId).toBe(big.id);

    await runAnalysis(api.db, ws.id, reviewer.id);
    const groups = (await api.caller.group.list({ workspace: ws.slug })).groups;
    const withLinked = groups.find((g) => g.claims.some((c) => c.text === loose.text));
    expect(withLinked?.claims.some((c) => c.text === after.claims[0]!.text)).toBe(true);
    const offText = big.claims[0]!.text;
    expect(groups.some((g) => g.claims.some((c) => c.text === offText) && g.claims.some((c) => c.text === after.claims[0]!.text))).toBe(
      false,
    );
  });

  it("dismisses a discrepancy, and it stays dismissed after a re-run", async () => {
    const { ws, reviewer } = await seeded("Dismiss");
    const group = (await api.caller.group.list({ workspace: ws.slug })).groups.find((g) => g.discrepancies.length > 0)!;
    const discrepancy = group.discrepancies[0]!;
    await api.caller.alignment.dismissDiscrepancy({ workspace: ws.slug, discrepancyId: discrepancy.id, dismissed: true });
    await runAnalysis(api.db, ws.id, reviewer.id);
    const again = (await api.caller.group.list({ workspace: ws.slug, kind: discrepancy.kind as "name-spelling" })).groups;
    const same = (await api.caller.group.list({ workspace: ws.slug })).groups
      .flatMap((g) => g.discrepancies)
      .filter((d) => d.explanation === discrepancy.explanation);
    expect(same.length).toBeGreaterThan(0);
    expect(same.every((d) => d.dismissed)).toBe(true);
    expect(again.every((g) => g.discrepancies.some((d) => !d.dismissed && d.kind === discrepancy.kind))).toBe(true);
  });

  it("merges, splits and renames entities, and headings use the canonical spelling", async () => {
    const { ws, reviewer } = await seeded("Names");
    const people = await api.caller.entity.list({ workspace: ws.slug, type: "person", query: "Lukashenk" });
    const lukashenko = people.find((e) => e.forms.some((f) => f.text === "Lukashenka"))!;
    // the roles the texts give him, with the country the title names
    expect(lukashenko.roles).toEqual(["President of Belarus"]);
    await api.caller.entity.setCanonical({ workspace: ws.slug, entityId: lukashenko.id, canonical: "Alyaksandr Lukashenka" });
    const groups = (await api.caller.group.list({ workspace: ws.slug })).groups;
    expect(groups.some((g) => g.label.includes("Alyaksandr Lukashenka"))).toBe(true);
    expect(groups.flatMap((g) => g.claims).some((c) => c.text.includes("Alyaksandr"))).toBe(false);

    await api.caller.entity.splitForm({ workspace: ws.slug, entityId: lukashenko.id, form: "Lukashenka" });
    await runAnalysis(api.db, ws.id, reviewer.id);
    const after = await api.caller.entity.list({ workspace: ws.slug, type: "person", query: "Lukashenk" });
    const split = after.find((e) => e.forms.some((f) => f.text === "Lukashenka"));
    expect(split?.forms.map((f) => f.text)).toEqual(["Lukashenka"]);
    await expect(api.caller.entity.merge({ workspace: ws.slug, intoId: split!.id, fromId: split!.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
