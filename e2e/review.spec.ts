import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

test.describe("review workbench", () => {
  test("records a verdict by mouse with a note, and it is there after a reload with its history", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/groups`);
    await expect(page.getByText(/0 of \d+ groups reviewed/)).toBeVisible();
    const firstGroup = page.getByRole("table", { name: "Claim groups" }).getByRole("link").first();
    const label = (await firstGroup.innerText()).trim();
    await firstGroup.click();
    await expect(page.getByRole("heading", { name: "Verdict", exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`Group: ${label} · Crosscheck`);
    // the first group of the queue has the most severe discrepancies; each lists every distinct value once
    const differences = page.getByRole("region", { name: "What differs" }).getByRole("listitem");
    await expect(differences.first()).toBeVisible();
    for (const item of await differences.all()) {
      const values = (await item.locator("span.muted").innerText()).match(/“[^”]*”/g) ?? [];
      expect(values.length).toBeGreaterThan(1);
      expect(new Set(values).size, `values listed once: ${values.join(" ")}`).toBe(values.length);
    }

    await page.getByRole("textbox", { name: /Note/ }).fill("Checked against the BelTA original, “quotes”, commas.");
    await page
      .getByRole("group", { name: "Record a verdict" })
      .getByRole("button", { name: /discrepancy$/ })
      .click();
    await expect(page.getByText("Current verdict: discrepancy")).toBeVisible();
    await page
      .getByRole("group", { name: "Record a verdict" })
      .getByRole("button", { name: /contradiction$/ })
      .click();
    await expect(page.getByText("Current verdict: contradiction")).toBeVisible();

    await page.reload();
    await expect(page.getByText("Current verdict: contradiction")).toBeVisible();
    const history = page.getByRole("region", { name: "Verdict history" }).getByRole("listitem");
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText("contradiction");
    await expect(history.first()).toContainText("Checked against the BelTA original, “quotes”, commas.");
    await expect(history.nth(1)).toContainText("discrepancy");
    await expectAccessible(page);
  });

  test("a reviewer works through the whole queue with the keyboard alone", async ({ page, importWorkspace }) => {
    // a walk through every group of the queue: a long flow, given three times the usual time
    test.slow();
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/groups`);
    const total = Number((await page.getByText(/0 of \d+ groups reviewed/).textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(3);
    await page.getByRole("table", { name: "Claim groups" }).getByRole("link").first().focus();
    await page.keyboard.press("Enter");
    for (let i = 1; i <= total; i++) {
      await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(`group ${i} of ${total}`);
      await page.keyboard.press(i % 2 ? "1" : "2");
      await expect(page.getByText(/Current verdict: (consistent|variant)/)).toBeVisible();
      if (i < total) await page.keyboard.press("j");
    }
    await expect(page.getByText(`${total} of ${total} groups reviewed`)).toBeVisible();

    await page.keyboard.press("u");
    await expect(page.getByText("No verdict yet.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Verdict history" })).toContainText("undone");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
    await page.keyboard.press("k");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(`group ${total - 1} of ${total}`);
  });

  test("moves a claim into another group, and the move survives a re-analysis", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/groups`);
    const links = page.getByRole("table", { name: "Claim groups" }).getByRole("link");
    const targetLabel = (await links.nth(1).textContent()) ?? "";
    const targetHref = (await links.nth(1).getAttribute("href")) ?? "";
    await links.first().click();
    await page.getByText("Fix the grouping").click();
    const firstClaim = page.getByRole("group", { name: "Claims in this group" }).getByRole("listitem").first();
    const claimText = ((await firstClaim.locator("label").first().textContent()) ?? "")
      .split(": ")
      .slice(1)
      .join(": ")
      .replace(/…$/, "")
      .slice(0, 60);
    await firstClaim.getByRole("combobox", { name: "Move this claim to" }).selectOption({ label: targetLabel.slice(0, 70) });
    await firstClaim.getByRole("button", { name: "Move", exact: true }).click();
    // the target group's page, holding its own claims and the moved one (the moved claim may come
    // first and so give the group its label)
    await expect(page).toHaveURL((url) => url.pathname === targetHref);
    await expect(page.getByRole("list", { name: "Claims side by side" })).toContainText(targetLabel.replace(/…$/, ""));
    await expect(page.getByRole("list", { name: "Claims side by side" })).toContainText(claimText);

    await page.goto(`/w/${ws.slug}`);
    await page.getByRole("button", { name: "Re-run analysis" }).click();
    await expect(page.getByText(/Last analysed/)).toBeVisible({ timeout: 30_000 });
    await page.goto(`/w/${ws.slug}/groups`);
    await page.getByRole("searchbox", { name: "Search claims" }).fill(claimText);
    // until the search has answered, the rows are the previous ones, marked busy
    const results = page.getByRole("region", { name: "Matching claim groups" });
    await expect(results).toHaveAttribute("aria-busy", "false");
    await expect(results.getByText(/· showing 1$/)).toBeVisible();
    await results.getByRole("table", { name: "Claim groups" }).getByRole("link").first().click();
    await expect(page.getByRole("list", { name: "Claims side by side" })).toContainText("linked by hand");
  });

  test("while a search is on its way, the previous rows stay on screen marked busy", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/groups`);
    const results = page.getByRole("region", { name: "Matching claim groups" });
    const rows = results.getByRole("table", { name: "Claim groups" }).getByRole("row");
    await expect(results).toHaveAttribute("aria-busy", "false");
    const before = await rows.count();
    // hold the search's answer until the waiting state has been checked: no clock involved
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route(/\/api\/trpc\/[^?]*group\.list/, async (route) => {
      if (decodeURIComponent(route.request().url()).includes("roadmap")) await held;
      await route.continue();
    });
    await page.getByRole("searchbox", { name: "Search claims" }).fill("roadmap");
    await expect(results).toHaveAttribute("aria-busy", "true");
    await expect(rows).toHaveCount(before);
    answer();
    await expect(results).toHaveAttribute("aria-busy", "false");
    await expect(results.getByText(/· showing \d+$/)).toBeVisible();
    await expect(rows).not.toHaveCount(before);
  });

  test("merges two names on the names page", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/entities`);
    await page.getByLabel("Only names with several spellings").uncheck();
    await page.getByRole("searchbox", { name: "Search names" }).fill("Khrenin");
    await page.getByRole("button", { name: "Merge Viktor Khrenin into another name" }).click();
    await page.getByRole("searchbox", { name: "Search names" }).fill("Ashtiani");
    await page.getByRole("button", { name: /Merge here.*into .*Ashtiani/ }).click();
    const row = page.getByRole("row").filter({ hasText: "Ashtiani" });
    await expect(row).toContainText("Viktor Khrenin");
    await expectAccessible(page);
  });

  test("opens a group from the matrix, and the timeline draws the dated claims", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/overview`);
    const cell = page
      .getByRole("table", { name: "Claim groups by article" })
      .getByRole("link", { name: /differs|agrees/ })
      .first();
    const label = ((await cell.getAttribute("aria-label")) ?? "").split(". ")[0] ?? "";
    await cell.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
    await page.goBack();
    const marks = page.getByRole("group", { name: /Timeline of dated claims/ }).getByRole("button");
    expect(await marks.count()).toBeGreaterThan(3);
    await marks.first().focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("figcaption")).toContainText("“");
    await expectAccessible(page);
  });

  test("the article view shows the claims and mentions the engine found", async ({ page, importWorkspace }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}`);
    await page.getByRole("link", { name: "Key takeaways from Belarus-Iran summit in Minsk" }).click();
    const text = page.getByRole("article", { name: "Article text" });
    await expect(text.locator("mark.date").filter({ hasText: "20 August" }).first()).toBeVisible();
    await expect(text.locator("mark.person").filter({ hasText: "Aleksandr Lukashenko" }).first()).toBeVisible();
    await expect(text.locator("mark.number").filter({ hasText: "fivefold" })).toBeVisible();
    await page.getByRole("checkbox", { name: /date/ }).uncheck();
    await expect(text.locator("mark.date")).toHaveCount(0);
    await expectAccessible(page);
    await text.locator(".claim.grouped a").first().click();
    await expect(page.getByRole("heading", { name: "What differs" })).toBeVisible();
  });
});
