import { analyze, type AnalysisResult } from "@crosscheck/analysis";
import { draftArticle } from "@crosscheck/ingest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDecisions } from "../src/services/analysis/load-decisions.ts";
import { persistAnalysis } from "../src/services/analysis/persist-analysis.ts";
import { loadAnalysisInputs } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { ensureLocalReviewer } from "../src/services/reviewer/ensure-local-reviewer.ts";
import { useTestApi } from "./test-api.ts";

const api = useTestApi();

// Short reports of one invented event that disagree on dates, numbers and names, so that the
// engine groups them and finds discrepancies quickly; the extra ones arrive by import mid-sequence.
const REPORT = (day: number, killed: number, mayor: string, cost: number, warned: number) =>
  `The Riverton bridge collapsed on ${day} May 2024, officials said. At least ${killed} people were killed when the bridge fell into the river. ` +
  `Mayor ${mayor} visited the site the next morning and promised an inquiry. The repair of the bridge will cost ${cost} million dollars. ` +
  `Engineers had warned about cracks in the bridge in ${warned}.`;
const BASE = [REPORT(3, 30, "Anna Berg", 12, 2019), REPORT(4, 35, "Anna Bergh", 15, 2018), REPORT(3, 50, "Anna Berg", 12, 2019)];
const EXTRA = [REPORT(5, 30, "Ana Berg", 20, 2019), REPORT(3, 31, "Anna Berg", 12, 2017)];

type Variant = "same" | "reversed" | "without" | "stricter" | "looser";
type Op =
  | { type: "verdict"; group: number; label: "consistent" | "discrepancy" | "contradiction"; onDiscrepancy: boolean }
  | { type: "reanalyze"; variant: Variant; index: number }
  | { type: "move"; claim: number; group: number | null }
  | { type: "split"; group: number }
  | { type: "dismiss"; group: number }
  | { type: "import"; index: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("verdict" as const),
      group: fc.nat(20),
      label: fc.constantFrom("consistent" as const, "discrepancy" as const, "contradiction" as const),
      onDiscrepancy: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("reanalyze" as const),
      variant: fc.constantFrom<Variant>("same", "reversed", "without", "stricter", "looser"),
      index: fc.nat(10),
    }),
  },
  fc.record({ type: fc.constant("move" as const), claim: fc.nat(40), group: fc.option(fc.nat(20), { nil: null }) }),
  fc.record({ type: fc.constant("split" as const), group: fc.nat(20) }),
  fc.record({ type: fc.constant("dismiss" as const), group: fc.nat(20) }),
  fc.record({ type: fc.constant("import" as const), index: fc.nat(EXTRA.length - 1) }),
);

/** Another engine's grouping of the same claims: stricter drops a claim from every group of three or more and breaks up pairs; looser merges neighbours. */
function regroup(result: AnalysisResult, variant: Variant): AnalysisResult {
  if (variant === "stricter") {
    const groups = result.groups.flatMap((g) => {
      if (g.claimIds.length < 3) return [];
      const claimIds = g.claimIds.slice(0, -1);
      const kept = new Set(claimIds);
      return [{ ...g, claimIds, discrepancies: g.discrepancies.filter((d) => d.values.every((v) => kept.has(v.claimId))) }];
    });
    return { ...result, groups };
  }
  if (variant === "looser") {
    const groups = [];
    for (let i = 0; i < result.groups.length; i += 2) {
      const a = result.groups[i]!;
      const b = result.groups[i + 1];
      groups.push(b ? { ...a, claimIds: [...a.claimIds, ...b.claimIds], discrepancies: [...a.discrepancies, ...b.discrepancies] } : a);
    }
    return { ...result, groups };
  }
  return result;
}

/** runAnalysis's own steps (decisions replayed, one transaction), in this process and with the grouping varied. */
async function reanalyze(workspaceId: string, variant: Variant, index: number) {
  let articles = await loadAnalysisInputs(api.db, workspaceId);
  if (variant === "reversed") articles = [...articles].reverse();
  if (variant === "without") articles = articles.filter((_, i) => i !== index % articles.length);
  const { decisions, dismissedKeys } = await loadDecisions(api.db, workspaceId);
  const result = regroup(analyze(articles, { decisions }), variant);
  const manualLinks = new Set(
    (decisions.claimLinks ?? []).flatMap((l) => [`${l.a.articleId}:${l.a.start}`, `${l.b.articleId}:${l.b.start}`]),
  );
  return api.db.$transaction((tx) => persistAnalysis(tx, { workspaceId, result, dismissedKeys, manualLinks }), { timeout: 60_000 });
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size && new Set(a).size === a.length;

/**
 * The oracle, read from the rows themselves: no verdict lost or altered; one with a group is
 * current exactly when the group holds the claims and discrepancies it was given on, and changed
 * otherwise; one without a group is detached, and then no group holds most of its claims.
 */
const seen = { current: 0, changed: 0, detached: 0 };

async function checkVerdicts(workspace: { id: string; slug: string }, known: Map<string, { label: string; note: string }>) {
  const rows = await api.db.verdict.findMany({
    where: { workspaceId: workspace.id },
    select: { id: true, label: true, note: true, groupId: true, basis: true, retiredAt: true },
  });
  expect(rows.length).toBe(known.size);
  for (const row of rows) expect(known.get(row.id)).toEqual({ label: row.label, note: row.note });
  const groups = await api.db.claimGroup.findMany({
    where: { workspaceId: workspace.id },
    select: {
      id: true,
      members: { select: { claim: { select: { articleId: true, start: true, end: true } } } },
      discrepancies: { select: { key: true } },
    },
  });
  const refsOf = (g: (typeof groups)[number]) => g.members.map((m) => `${m.claim.articleId}:${m.claim.start}:${m.claim.end}`);
  const detached = new Set((await api.caller.verdict.listDetached({ workspace: workspace.slug })).map((v) => v.id));
  for (const row of rows) {
    const basis = JSON.parse(row.basis ?? "null") as { claims: { ref: string }[]; discrepancies: { key: string }[] };
    const given = basis.claims.map((c) => c.ref);
    if (!row.groupId) {
      expect(detached.has(row.id)).toBe(true);
      seen.detached++;
      for (const g of groups) expect(given.filter((r) => refsOf(g).includes(r)).length * 2).toBeLessThanOrEqual(given.length);
      continue;
    }
    const group = groups.find((g) => g.id === row.groupId)!;
    const expected =
      sameSet(refsOf(group), given) &&
      sameSet(
        group.discrepancies.map((d) => d.key),
        basis.discrepancies.map((d) => d.key),
      )
        ? "current"
        : "changed";
    const shown = await api.caller.group.byId({ workspace: workspace.slug, groupId: row.groupId });
    expect(shown.verdicts.find((v) => v.id === row.id)?.state).toBe(expected);
    seen[expected]++;
    expect(detached.has(row.id)).toBe(false);
  }
}

async function apply(
  op: Op,
  workspace: { id: string; slug: string },
  reviewerId: string,
  known: Map<string, { label: string; note: string }>,
) {
  const groups = (await api.caller.group.list({ workspace: workspace.slug })).groups;
  const pick = <T>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
  if (op.type === "verdict") {
    const group = pick(groups, op.group);
    if (!group) return;
    const full = await api.caller.group.byId({ workspace: workspace.slug, groupId: group.id });
    const discrepancy = op.onDiscrepancy ? pick(full.discrepancies, op.group) : undefined;
    const note = `note ${known.size} on ${group.label}`;
    const v = await api.caller.verdict.record({
      workspace: workspace.slug,
      groupId: group.id,
      label: op.label,
      note,
      discrepancyKey: discrepancy?.key ?? null,
    });
    known.set(v.id, { label: op.label, note });
  } else if (op.type === "reanalyze") {
    await reanalyze(workspace.id, op.variant, op.index);
  } else if (op.type === "move") {
    const claim = pick(
      groups.flatMap((g) => g.claims),
      op.claim,
    );
    const target = op.group === null ? null : (pick(groups, op.group)?.id ?? null);
    if (claim) await api.caller.alignment.moveClaim({ workspace: workspace.slug, claimId: claim.id, toGroupId: target });
  } else if (op.type === "split") {
    const group = pick(groups, op.group);
    if (group && group.claims.length > 1)
      await api.caller.alignment.splitGroup({ workspace: workspace.slug, groupId: group.id, claimIds: [group.claims[0]!.id] });
  } else if (op.type === "dismiss") {
    const discrepancy = pick(
      groups.flatMap((g) => g.discrepancies),
      op.group,
    );
    if (discrepancy)
      await api.caller.alignment.dismissDiscrepancy({ workspace: workspace.slug, discrepancyId: discrepancy.id, dismissed: true });
  } else {
    const text = EXTRA[op.index]!;
    await importSources(
      api.db,
      workspace.id,
      [{ ok: true as const, draft: draftArticle(text, `extra-${op.index}.txt`, null) }],
      reviewerId,
    ).catch(() => undefined);
  }
}

describe("verdicts through re-analyses, engine changes and hand fixes", () => {
  it("never loses a verdict, and labels each current, changed or detached exactly as its group's content says", async () => {
    const reviewer = await ensureLocalReviewer(api.db);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 2, maxLength: 7 }), async (ops) => {
        const workspace = await api.workspace("Integrity");
        await importSources(
          api.db,
          workspace.id,
          BASE.map((text, i) => ({ ok: true as const, draft: draftArticle(text, `base-${i}.txt`, null) })),
          reviewer.id,
        );
        await reanalyze(workspace.id, "same", 0);
        const start = await api.caller.group.list({ workspace: workspace.slug });
        expect(start.groups.length).toBeGreaterThanOrEqual(3);
        expect(start.groups.some((g) => g.discrepancies.length > 0)).toBe(true);
        // every sequence starts with verdicts to carry
        const known = new Map<string, { label: string; note: string }>();
        const t0 = Date.now();
        for (const op of [
          { type: "verdict", group: 0, label: "discrepancy", onDiscrepancy: false } as const,
          { type: "verdict", group: 1, label: "consistent", onDiscrepancy: true } as const,
          ...ops,
        ]) {
          await apply(op, workspace, reviewer.id, known);
          await checkVerdicts(workspace, known);
        }
        if (process.env.INTEGRITY_TRACE) console.log(ops.map((o) => o.type).join(","), Date.now() - t0, "ms");
      }),
      { numRuns: Number(process.env.INTEGRITY_RUNS ?? 10), endOnFailure: true },
    );
    // the sequences reached every state, so the oracle was exercised on each
    expect(seen.current).toBeGreaterThan(0);
    expect(seen.changed).toBeGreaterThan(0);
    expect(seen.detached).toBeGreaterThan(0);
    if (process.env.INTEGRITY_TRACE) console.log(seen);
  }, 600_000);
});
