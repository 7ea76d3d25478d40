import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";

const root = join(import.meta.dirname, "..");
const SCRIPT = `<script>window.__xss = "script"; alert("script")</script>`;
const IMAGE = `<img src=x onerror="window.__xss = 'onerror'; alert('onerror')">`;

/** An article whose text carries script payloads, beside the seed articles. */
function payloadArticle(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-xss-"));
  writeFileSync(
    join(dir, "payload.txt"),
    `Payload test article\n\nLukashenko met Pezeshkian in Minsk on 20 August 2025. ${SCRIPT}\n\nThe two presidents signed a roadmap. ${IMAGE}\n`,
  );
  return join(dir, "payload.txt");
}

test.describe("hardening", () => {
  test("stored scripts in article text and verdict notes never run and show as text", async ({ page, importWorkspace }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const ws = await importWorkspace([join(root, "seeds"), payloadArticle()]);

    await page.goto(`/w/${ws.slug}`);
    await page.getByRole("link", { name: "Payload test article" }).click();
    await expect(page.getByText(`window.__xss = "script"`, { exact: false })).toBeVisible();
    await expect(page.getByText(IMAGE, { exact: false })).toBeVisible();

    await page.goto(`/w/${ws.slug}/groups`);
    await page.getByRole("table", { name: "Claim groups" }).getByRole("link").first().click();
    await page.getByRole("textbox", { name: /Note/ }).fill(`${SCRIPT} ${IMAGE}`);
    await page.getByRole("group", { name: "Record a verdict" }).getByRole("button", { name: /variant$/ }).click();
    await expect(page.getByText("Current verdict: variant")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Verdict history" })).toContainText(IMAGE);

    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("pages carry a nonce-based Content-Security-Policy and the other security headers", async ({ page }) => {
    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    // the page still works under the policy: its scripts carry the nonce
    await expect(page.getByRole("heading", { name: "Workspaces" })).toBeVisible();
    await page.getByRole("textbox", { name: "New workspace" }).fill("x");
    await expect(page.getByRole("button", { name: "Create" })).toBeEnabled();
  });

  test("refuses a cross-site mutation", async ({ request }) => {
    const response = await request.post("/api/trpc/workspace.create", {
      data: { json: { name: "Forged" } },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toMatch(/stack|node_modules/);
  });
});
