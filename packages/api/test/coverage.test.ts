import { draftArticle } from "@crosscheck/ingest";
import { describe, expect, it } from "vitest";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { readSeedDrafts, useTestApi } from "./test-api.ts";

const api = useTestApi();

// Three short reports of one bridge opening. By hand: all three say it opened; A and C say it cost
// 12 million, B 15 million (B differs, and changed the first report's value, A's); A and B have
// the mayor cut the ribbon, C leaves it out (2 of 3 outlets: C's omission, expected right after
// its cost sentence, which precedes the ribbon in A); only A has the fireworks (its unique claim).
const OPENED = "The new Danube bridge in Novi Sad opened on Monday after four years of construction.";
const RIBBON = "Mayor Ana Petrovic cut the ribbon in front of a crowd of about 2,000 people.";
const FIREWORKS = "Fireworks lit up the river after dark.";
const C_COST = "The city council said the bridge cost 12 million euros.";
const BRIDGE = [
  {
    file: "daily-a.txt",
    outlet: "Daily A",
    publishedAt: "2026-03-02T08:00",
    text: [OPENED, "The bridge cost 12 million euros, according to the city council.", RIBBON, FIREWORKS],
  },
  {
    file: "daily-b.txt",
    outlet: "Daily B",
    publishedAt: "2026-03-02T12:00",
    text: [OPENED, "The bridge cost 15 million euros, according to the city council.", RIBBON],
  },
  {
    file: "courier-c.txt",
    outlet: "Courier C",
    publishedAt: "2026-03-03",
    text: ["A new bridge over the Danube in Novi Sad opened on Monday after four years of work.", C_COST],
  },
];

async function importAndAnalyze(workspaceId: string, drafts: ReturnType<typeof draftArticle>[]) {
  const reviewer = await ensureLocalReviewer(api.db);
  const summary = await importSources(
    api.db,
    workspaceId,
    drafts.map((draft) => ({ ok: true as const, draft })),
    reviewer.id,
  );
  expect(summary.refused).toEqual([]);
  await runAnalysis(api.db, workspaceId, reviewer.id);
}

const bridgeDraft = (a: (typeof BRIDGE)[number], text = a.text) =>
  draftArticle(`${text.join("\n\n")}\n`, a.file, {
    file: a.file,
    title: `Bridge opens (${a.outlet})`,
    outlet: a.outlet,
    author: null,
    url: null,
    publishedAt: a.publishedAt,
  });

describe("coverage of a workspace built in the test", () => {
  it("shows who states, changes, leaves out or alone states each fact", async () => {
    const ws = await api.workspace("Bridge");
    await importAndAnalyze(
      ws.id,
      BRIDGE.map((a) => bridgeDraft(a)),
    );
    const { coverage, articles } = await api.caller.coverage.get({ workspace: ws.slug });
    const idOf = (outlet: string) => articles.find((a) => a.outlet === outlet)?.id ?? "";

    expect(coverage.outlets).toEqual([
      {
        name: "Courier C",
        articleIds: [idOf("Courier C")],
        stated: 2,
        agreeing: 2,
        differing: 0,
        notStated: 1,
        omitted: 1,
        unique: 0,
        firstReports: 0,
      },
      {
        name: "Daily A",
        articleIds: [idOf("Daily A")],
        stated: 3,
        agreeing: 3,
        differing: 0,
        notStated: 0,
        omitted: 0,
        unique: 1,
        firstReports: 3,
      },
      {
        name: "Daily B",
        articleIds: [idOf("Daily B")],
        stated: 3,
        agreeing: 2,
        differing: 1,
        notStated: 0,
        omitted: 0,
        unique: 0,
        firstReports: 0,
      },
    ]);
    expect(coverage.facts).toHaveLength(3);
    const [cost, ...others] = coverage.facts;
    // the conflict comes first, as in the review queue; a group is headed by its claim from the first source by name
    expect(cost).toMatchObject({
      label: C_COST,
      statedBy: 3,
      severity: "conflict",
      kinds: ["number"],
      majorityValues: [{ kind: "number", text: "12 million euros" }],
    });
    expect(cost?.cells.map((c) => [c.outlet, c.state, c.severity, c.values, c.claim?.text])).toEqual([
      ["Courier C", "agrees", null, [], C_COST],
      ["Daily A", "agrees", null, [], "The bridge cost 12 million euros, according to the city council."],
      ["Daily B", "differs", "conflict", ["15 million euros"], "The bridge cost 15 million euros, according to the city council."],
    ]);
    expect(cost?.firstReport).toMatchObject({
      outlet: "Daily A",
      articleId: idOf("Daily A"),
      publishedAt: "2026-03-02T08:00",
      tiedWith: [],
    });
    expect(cost?.laterChanges).toMatchObject([
      {
        kind: "number",
        from: "12 million euros",
        to: "15 million euros",
        outlet: "Daily B",
        articleId: idOf("Daily B"),
        publishedAt: "2026-03-02T12:00",
      },
    ]);

    const ribbon = others.find((f) => f.label === RIBBON);
    expect(ribbon?.statedBy).toBe(2);
    // at Courier C's cost sentence: the claim its cell of the cost fact shows
    const anchor = { articleId: idOf("Courier C"), claimId: cost?.cells[0]?.claim?.id, position: "after", neighbourGroupId: cost?.groupId };
    expect(ribbon?.cells[0]).toEqual({
      outlet: "Courier C",
      state: "absent",
      severity: null,
      kinds: [],
      values: [],
      claim: null,
      expectedAt: anchor,
    });
    expect(coverage.omissions).toMatchObject([
      { groupId: ribbon?.groupId, label: RIBBON, outlet: "Courier C", statedBy: 2, outletCount: 3, severity: null, expectedAt: anchor },
    ]);
    expect(coverage.uniqueClaims).toMatchObject([{ outlet: "Daily A", articleId: idOf("Daily A"), text: FIREWORKS, groupId: null }]);

    // the export carries the very same figures
    const report = await api.caller.report.model({ workspace: ws.slug });
    expect(report.coverage).toEqual(coverage);

    // a reviewer dismisses the number discrepancy: Daily B no longer differs
    const discrepancy = await api.db.discrepancy.findFirstOrThrow({ where: { groupId: cost?.groupId ?? "" }, select: { id: true } });
    await api.caller.alignment.dismissDiscrepancy({ workspace: ws.slug, discrepancyId: discrepancy.id, dismissed: true });
    const after = (await api.caller.coverage.get({ workspace: ws.slug })).coverage;
    expect(after.facts.find((f) => f.groupId === cost?.groupId)).toMatchObject({ severity: null, kinds: [], laterChanges: [] });
    expect(after.outlets.map((o) => [o.name, o.agreeing, o.differing])).toEqual([
      ["Courier C", 2, 0],
      ["Daily A", 3, 0],
      ["Daily B", 3, 0],
    ]);
  });

  it("counts current versions only: a new version that adds the fact ends the omission", async () => {
    const ws = await api.workspace("Bridge versions");
    await importAndAnalyze(
      ws.id,
      BRIDGE.map((a) => bridgeDraft(a)),
    );
    const courier = BRIDGE[2]!;
    await importAndAnalyze(ws.id, [bridgeDraft(courier, [...courier.text, RIBBON])]);
    const { coverage, articles } = await api.caller.coverage.get({ workspace: ws.slug });
    expect(articles).toHaveLength(3);
    expect(coverage.outlets.map((o) => [o.name, o.stated, o.omitted, o.unique])).toEqual([
      ["Courier C", 3, 0, 0],
      ["Daily A", 3, 0, 1],
      ["Daily B", 3, 0, 0],
    ]);
    expect(coverage.omissions).toEqual([]);
  });

  it("refuses an unknown workspace", async () => {
    await expect(api.caller.coverage.get({ workspace: "no-such-workspace" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("coverage of the seeds", () => {
  it("finds the two Raisi-era reports leaving out what the three summit reports share, and what each says alone", async () => {
    const ws = await api.workspace("Seeds coverage");
    await importAndAnalyze(ws.id, readSeedDrafts());
    const { coverage, articles } = await api.caller.coverage.get({ workspace: ws.slug });
    const names = coverage.outlets.map((o) => o.name);
    // three articles have no outlet: they go by their file names
    expect(names).toEqual(["000_461ea24fbf47d266.txt", "001_acb6da21a0999456.txt", "004_be3693e29a9c8e21.txt", "247 News Reel", "BelTA"]);

    // facts stated by 3 of the 5: exactly those the summit reports (BelTA, 247 News Reel, 004) share
    const widely = coverage.facts.filter((f) => f.statedBy >= 3);
    for (const f of widely)
      expect(f.cells.filter((c) => c.state !== "absent").map((c) => c.outlet)).toEqual([
        "004_be3693e29a9c8e21.txt",
        "247 News Reel",
        "BelTA",
      ]);
    expect(coverage.omissions).toHaveLength(widely.length * 2);
    expect(new Set(coverage.omissions.map((m) => m.outlet))).toEqual(new Set(["000_461ea24fbf47d266.txt", "001_acb6da21a0999456.txt"]));
    // they share no fact with the summit reports, so the place to look is the top of their article
    for (const m of coverage.omissions) expect(m.expectedAt).toMatchObject({ position: "start", claimId: null, neighbourGroupId: null });

    // Raisi (247 News Reel) and Pezeshkian (BelTA) named as Iran's president: one against one, no majority; 004 names neither
    const president = coverage.facts.find((f) => f.kinds.includes("person"));
    expect(president?.majorityValues).toContainEqual({ kind: "person", text: null });
    expect(president?.cells.map((c) => [c.outlet, c.state, c.severity])).toEqual([
      ["000_461ea24fbf47d266.txt", "absent", null],
      ["001_acb6da21a0999456.txt", "absent", null],
      ["004_be3693e29a9c8e21.txt", "agrees", null],
      ["247 News Reel", "differs", "conflict"],
      ["BelTA", "differs", "conflict"],
    ]);
    expect(president?.cells[3]?.values).toContain("Ebrahim Raisi");
    expect(president?.cells[4]?.values).toContain("Masoud Pezeshkian");

    // only BelTA's article is dated: it reports first every fact it states, nobody later changes anything
    const belta = coverage.outlets[4];
    expect(belta?.firstReports).toBe(belta?.stated);
    expect(coverage.facts.every((f) => f.laterChanges.length === 0)).toBe(true);

    // unique claims, counted straight from the database: each article's claims in no group
    for (const outlet of coverage.outlets) {
      const article = articles.find((a) => outlet.articleIds.includes(a.id));
      const ungrouped = await api.db.claim.count({ where: { articleId: article?.id ?? "", groups: { none: {} } } });
      expect(outlet.unique, outlet.name).toBe(ungrouped);
    }
    expect(coverage.outlets.map((o) => o.stated + o.notStated)).toEqual(names.map(() => coverage.facts.length));
  });
});
