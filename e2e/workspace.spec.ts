import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

test("a reviewer opens the seed workspace, sees its five articles and reads one", async ({ page, importWorkspace }) => {
  const workspace = await importWorkspace();
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search workspaces" }).fill(workspace.slug);
  await page.getByRole("link", { name: workspace.name }).click();

  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  // The first paint (server HTML, before any script runs) already states the analysis the import ran.
  const firstPaint = await (await page.request.get(`/w/${workspace.slug}`)).text();
  expect(firstPaint).toContain("Last analysed");
  expect(firstPaint).not.toContain("Not analysed yet");
  await expect(page.getByText(/^Last analysed/)).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(6); // header + five articles
  await expect(page.getByText("Showing 5 of 5 articles")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Outlet" }).selectOption("BelTA");
  await expect(rows).toHaveCount(2);
  await page.getByRole("link", { name: "Key takeaways from Belarus-Iran summit in Minsk" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Key takeaways from Belarus-Iran summit in Minsk" })).toBeVisible();
  await expect(page).toHaveTitle("Key takeaways from Belarus-Iran summit in Minsk · Crosscheck");
  await expect(page.getByRole("article", { name: "Article text" })).toContainText(
    "held negotiations with Iranian President Masoud Pezeshkian in Minsk on 20 August",
  );
  await expect(page.getByText("2025-08-20 16:28")).toBeVisible();
});

test("an unknown workspace is a 404 page, not a crash", async ({ page }) => {
  const response = await page.goto("/w/no-such-workspace-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
