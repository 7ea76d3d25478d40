import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

// Three short reports of one invented event; the third, imported after the verdict, gives the
// reviewed group a claim and a number conflict the verdict never saw.
const report = (killed: number, outlet: string) =>
  `The Riverton bridge collapsed on 3 May 2024, ${outlet} reported. Officials counted ${killed} people killed when the bridge fell into the river. ` +
  `Mayor Anna Berg visited the site the next morning and promised an inquiry.`;

function writeArticles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-e2e-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test("a verdict whose group changes is shown as changed, confirmed by its reviewer, and exported as confirmed", async ({
  page,
  importWorkspace,
  importMore,
}) => {
  const ws = await importWorkspace([writeArticles({ "river-a.txt": report(30, "the Courier"), "river-b.txt": report(30, "the Herald") })]);
  await page.goto(`/w/${ws.slug}/groups`);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("killed");
  const results = page.getByRole("region", { name: "Matching claim groups" });
  await expect(results).toHaveAttribute("aria-busy", "false");
  await results
    .getByRole("link", { name: /killed/ })
    .first()
    .click();
  await page.getByRole("textbox", { name: /Note/ }).fill("Both outlets say thirty.");
  await page
    .getByRole("group", { name: "Record a verdict" })
    .getByRole("button", { name: /consistent$/ })
    .click();
  await expect(page.getByText("Current verdict: consistent")).toBeVisible();
  const groupUrl = page.url();

  await importMore(ws, [writeArticles({ "river-c.txt": report(45, "the Gazette") })]);
  // the queue's re-check filter lists the group, which keeps its address since it holds most of its old claims
  await page.goto(`/w/${ws.slug}/groups?status=recheck`);
  await page
    .getByRole("table", { name: "Claim groups" })
    .getByRole("link", { name: /killed/ })
    .click();
  await expect(page).toHaveURL(groupUrl);
  const notice = page.getByRole("region", { name: "Changed since your verdict" });
  await expect(notice).toContainText("claim added");
  await expect(notice).toContainText("Officials counted 45 people killed");
  await expect(notice).toContainText(/new discrepancy.*number/);
  await expect(page.getByRole("region", { name: "Reviewers’ verdicts" })).toContainText("not decided yet");
  await expectAccessible(page);

  await notice.getByRole("button", { name: /Confirm “consistent”/ }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole("region", { name: "Reviewers’ verdicts" })).toContainText("decided: consistent");
  await expect(page.getByRole("region", { name: "Verdict history" })).toContainText("confirmed after a change");
  await page.goto(`/w/${ws.slug}/groups?status=recheck`);
  await expect(page.getByText("No claim group matches these filters.")).toBeVisible();

  const csv = await (await page.request.get(`/api/workspaces/${ws.slug}/report?format=csv&scope=reviewed`)).text();
  const rows = csv.split(/\r\n/).filter((line) => line.includes("killed"));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/consistent,Both outlets say thirty\.,.*,current$/);
  const json = (await (await page.request.get(`/api/workspaces/${ws.slug}/report?format=json&scope=reviewed`)).json()) as {
    claimGroups: { label: string; verdict: { label: string; state: string; note: string } | null }[];
  };
  const group = json.claimGroups.find((g) => g.verdict?.note === "Both outlets say thirty.");
  expect(group?.verdict).toMatchObject({ label: "consistent", state: "current" });
});
