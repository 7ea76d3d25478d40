import { createDb } from "@crosscheck/db";
import { computeCohenKappa } from "../packages/api/src/services/agreement/cohen-kappa.ts";
import { AUDIT_PAGE_SIZE } from "../packages/api/src/services/audit/list-audit-events.ts";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

type Label = "consistent" | "variant" | "discrepancy" | "contradiction";

/**
 * The e2e server runs in single-user mode, so the other reviewers' verdicts are written straight
 * into its database, as the verdict service would (verdict row and audit event).
 */
async function addReviewerVerdicts(slug: string) {
  const { db, disconnect } = createDb(process.env.E2E_DATABASE_URL);
  try {
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const groups = await db.claimGroup.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "asc" }, select: { id: true } });
    const [ana, ben] = await Promise.all(
      ["Ana", "Ben"].map((name) => db.reviewer.create({ data: { name: `${name} ${slug}` }, select: { id: true, name: true } })),
    );
    const ratings: { groupId: string; ana: Label; ben: Label }[] = groups.map((g, i) => {
      const label: Label = i % 2 ? "variant" : "consistent";
      // the first group is the disagreement settled below; a few others differ too, so kappa is not trivially 1
      if (i === 0) return { groupId: g.id, ana: "discrepancy", ben: "contradiction" };
      return { groupId: g.id, ana: label, ben: i % 5 === 0 ? "discrepancy" : label };
    });
    // Ana first records and undoes a few verdicts (two events each, never on the first group, whose
    // verdicts the test reads), so that with the final verdicts (two per group), the analysis run
    // and the settlement the events after the import fill more than one audit page, however many
    // groups the seed analysis makes.
    const others = groups.length > 1 ? groups.slice(1) : groups;
    const undone = Math.max(0, Math.ceil((AUDIT_PAGE_SIZE + 10 - 2 * groups.length - 2) / 2));
    for (let k = 0; k < undone; k++) {
      const groupId = others[k % others.length]!.id;
      const verdict = await db.verdict.create({
        data: { workspaceId: workspace.id, groupId, reviewerId: ana!.id, label: "unverifiable", note: "", retractedAt: new Date() },
        select: { id: true },
      });
      await db.auditEvent.create({
        data: {
          workspaceId: workspace.id,
          reviewerId: ana!.id,
          action: "verdict.record",
          targetType: "group",
          targetId: groupId,
          details: JSON.stringify({ label: "unverifiable", note: "" }),
        },
      });
      await db.auditEvent.create({
        data: {
          workspaceId: workspace.id,
          reviewerId: ana!.id,
          action: "verdict.undo",
          targetType: "group",
          targetId: groupId,
          details: JSON.stringify({ label: "unverifiable", verdictId: verdict.id }),
        },
      });
    }
    for (const r of ratings) {
      for (const [reviewer, label] of [
        [ana!, r.ana],
        [ben!, r.ben],
      ] as const) {
        const note = r.groupId === ratings[0]!.groupId ? `fixture note by ${reviewer.name}` : "";
        await db.verdict.create({ data: { workspaceId: workspace.id, groupId: r.groupId, reviewerId: reviewer.id, label, note } });
        await db.auditEvent.create({
          data: {
            workspaceId: workspace.id,
            reviewerId: reviewer.id,
            action: "verdict.record",
            targetType: "group",
            targetId: r.groupId,
            details: JSON.stringify({ label, note }),
          },
        });
      }
    }
    return { ana: ana!, ben: ben!, ratings };
  } finally {
    await disconnect();
  }
}

test("reviewers' agreement per kind, curation of a disagreement, and the audit trail", async ({ page, importWorkspace }) => {
  // four pages, each checked with axe, and a settlement: longer than one page's test
  test.slow();
  const ws = await importWorkspace();
  const { ana, ben, ratings } = await addReviewerVerdicts(ws.slug);

  await page.goto(`/w/${ws.slug}`);
  await page.getByRole("link", { name: "Agreement between reviewers" }).click();
  const table = page.getByRole("table", { name: "Agreement per discrepancy kind" });
  const overall = table.getByRole("row", { name: /All groups/ });
  const kappa = computeCohenKappa(ratings.map((r) => [r.ana, r.ben] as [string, string])).kappa!;
  await expect(overall).toContainText("Cohen’s kappa");
  await expect(overall).toContainText(kappa.toFixed(3));
  await expect(overall).toContainText(String(ratings.length));
  // at least one discrepancy kind gets its own kappa
  expect(await table.getByRole("row").filter({ hasText: "Cohen’s kappa" }).count()).toBeGreaterThan(2);
  await expect(page.getByRole("table", { name: "Reviewer pairs" })).toContainText(`${ana.name} and ${ben.name}`);
  await expectAccessible(page);

  const disagreements = ratings.filter((r) => r.ana !== r.ben).length;
  await page.goto(`/w/${ws.slug}/groups`);
  await page.getByRole("link", { name: `${disagreements} in disagreement` }).click();
  await expect(page.getByRole("heading", { name: "Curation", level: 1 })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(disagreements);
  const card = page.getByRole("article").filter({ hasText: `fixture note by ${ana.name}` });
  await expect(card.getByRole("region", { name: `Verdict of ${ana.name}` })).toContainText("discrepancy");
  await expect(card.getByRole("region", { name: `Verdict of ${ben.name}` })).toContainText(`fixture note by ${ben.name}`);
  await expectAccessible(page);
  await card.getByRole("combobox", { name: "Settling verdict" }).selectOption("contradiction");
  await card.getByRole("textbox", { name: "Why (required)" }).fill("The agency’s own correction says the date is wrong.");
  await card.getByRole("button", { name: "Settle" }).click();
  await expect(page.getByRole("article")).toHaveCount(disagreements - 1);
  await expect(page.getByText(`fixture note by ${ana.name}`)).toBeHidden();

  await page.goto(`/w/${ws.slug}/groups/${ratings[0]!.groupId}`);
  const verdicts = page.getByRole("region", { name: "Reviewers’ verdicts" });
  await expect(verdicts).toContainText("decided: contradiction");
  await expect(verdicts).toContainText("settled by Local reviewer");
  await expect(verdicts.getByRole("row")).toHaveCount(3);

  await page.goto(`/w/${ws.slug}/audit`);
  const events = page.getByRole("table", { name: "Audit events" });
  // newest first, a page at a time: the imports are on the second page
  await expect(events.getByRole("row").nth(1)).toContainText("verdict.settle");
  await expect(events).not.toContainText("article.import");
  await page.getByRole("button", { name: "Load older events" }).click();
  await expect(events).toContainText("article.import");
  await page.getByRole("combobox", { name: "Action" }).selectOption("verdict.settle");
  await expect(events.getByRole("row")).toHaveCount(2);
  await expect(events).toContainText("Local reviewer");
  await expect(events).toContainText("The agency’s own correction");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("combobox", { name: "Reviewer" }).selectOption({ label: ana.name });
  await expect(events.getByRole("row").nth(1)).toContainText(ana.name);
  await expect(events).not.toContainText(ben.name);
  await page.getByRole("searchbox", { name: "Search" }).fill(`fixture note by ${ana.name}`);
  await expect(events.getByRole("row")).toHaveCount(2);
  await expectAccessible(page);
});
