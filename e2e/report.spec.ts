import { readFile } from "node:fs/promises";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

const FORMATS = [
  {
    name: "JSON (crosscheck.report.v1)",
    ext: "json",
    check: (text: string) => expect(JSON.parse(text).schema).toBe("crosscheck.report.v1"),
  },
  { name: "Markdown", ext: "md", check: (text: string) => expect(text).toMatch(/^#/m) },
  { name: "CSV (spreadsheet)", ext: "csv", check: (text: string) => expect(text.split("\r\n").length).toBeGreaterThan(1) },
  { name: "HTML (printable)", ext: "html", check: (text: string) => expect(text).toContain("<html") },
  { name: "PDF", ext: "pdf", check: (text: string) => expect(text.startsWith("%PDF")).toBe(true) },
  { name: "ClaimReview (schema.org JSON-LD)", ext: "claimreview.json", check: (text: string) => expect(text).toContain("ClaimReview") },
];

test("an editor downloads the report in every format from the report page, verdicts included", async ({ page, importWorkspace }) => {
  const ws = await importWorkspace();
  await page.goto(`/w/${ws.slug}/groups`);
  await page.getByRole("table", { name: "Claim groups" }).getByRole("link").first().click();
  await page.getByRole("textbox", { name: /Note/ }).fill('Verified: «Лукашэнка», "quoted", and commas, too.');
  await page
    .getByRole("group", { name: "Record a verdict" })
    .getByRole("button", { name: /contradiction$/ })
    .click();
  await expect(page.getByText("Current verdict: contradiction")).toBeVisible();

  await page.goto(`/w/${ws.slug}/report`);
  await expect(page.frameLocator("iframe[title='Report preview']").locator("body")).toContainText("Лукашэнка");
  await expectAccessible(page);
  for (const format of FORMATS) {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: format.name }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${ws.slug}-report\\.`));
    const body = await readFile((await file.path())!);
    format.check(format.ext === "pdf" ? body.subarray(0, 8).toString("latin1") : body.toString("utf8"));
    if (format.ext === "csv" || format.ext === "md" || format.ext === "json") expect(body.toString("utf8")).toContain("«Лукашэнка»");
  }

  await page.getByLabel("Only reviewed groups").check();
  const reviewed = await page.request.get(`/api/workspaces/${ws.slug}/report?format=json&scope=reviewed`);
  const json = await reviewed.json();
  expect(json.claimGroups).toHaveLength(1);
  expect(json.claimGroups[0].verdict).toMatchObject({ label: "contradiction", note: 'Verified: «Лукашэнка», "quoted", and commas, too.' });
  const bad = await page.request.get(`/api/workspaces/${ws.slug}/report?format=docx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("format");
});
