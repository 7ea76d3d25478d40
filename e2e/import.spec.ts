import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("a reviewer creates a workspace, pastes an article and uploads files, bad ones refused by name", async ({ page }) => {
  const name = `Desk ${randomUUID().slice(0, 8)}`;
  await page.goto("/");
  await page.getByRole("textbox", { name: "New workspace" }).fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("textbox", { name: "Or paste an article" }).fill("Lukashenko met Pezeshkian in Minsk on 20 August 2025. The talks lasted almost four hours.");
  await page.getByRole("textbox", { name: "Title" }).fill("Minsk talks, pasted");
  await page.getByRole("textbox", { name: "Outlet" }).fill("Desk wire");
  await page.getByRole("textbox", { name: "Published (YYYY-MM-DD)" }).fill("2025-08-20");
  await page.getByRole("button", { name: "Import pasted text" }).click();
  await expect(page.getByText("1 imported, 0 already present, 0 refused")).toBeVisible();

  await page.getByLabel("Choose files").setInputFiles([
    { name: "second.txt", mimeType: "text/plain", buffer: Buffer.from("Lukashenka met Pezeshkian in Minsk on 20 August. The talks lasted three hours.") },
    { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from([0x00, 0x01, 0x02, 0x00]) },
    { name: "<img src=x onerror=alert(1)>.txt", mimeType: "text/plain", buffer: Buffer.from("") },
  ]);
  await expect(page.getByText("1 imported, 0 already present, 2 refused")).toBeVisible();
  await expect(page.getByText("refused: broken.txt: the file is binary")).toBeVisible();
  await expect(page.getByText("refused: <img src=x onerror=alert(1)>.txt: the file is empty")).toBeVisible();

  const table = page.getByRole("table", { name: "Articles" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("Desk wire");
  await expect(table).toContainText("2025-08-20");
});
