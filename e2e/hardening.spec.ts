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
    await page
      .getByRole("group", { name: "Record a verdict" })
      .getByRole("button", { name: /variant$/ })
      .click();
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

  test("a page of 10,000 nested divs is refused at once while the server keeps answering", async ({ page, request }) => {
    await page.goto("/");
    const name = `Hostile ${Date.now()}`;
    await page.getByRole("textbox", { name: "New workspace" }).fill(name);
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const deep = `<html><body>${"<div>".repeat(10_000)}Talks in Minsk.${"</div>".repeat(10_000)}</body></html>`;
    await page.getByLabel("Choose files").setInputFiles([{ name: "deep.html", mimeType: "text/html", buffer: Buffer.from(deep) }]);
    const started = Date.now();
    expect((await request.get("/api/trpc/health.get")).ok()).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(page.getByText(/^refused: deep\.html: This page nests its elements more than \d+ deep; the limit is \d+$/)).toBeVisible();
  });

  test("answers a request body over the API's limit with 413 and a clear tRPC error", async ({ request }) => {
    // 12 MB: past the 10 MB at which the framework used to cut the body ("Unterminated string in JSON")
    const text = "Talks in Minsk. ".repeat((12 * 1024 * 1024) / 16);
    const response = await request.post("/api/trpc/article.import?batch=1", {
      data: JSON.stringify({ 0: { json: { workspace: "any", analyze: false, sources: [{ kind: "text", name: "big.txt", text }] } } }),
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(413);
    const [answer] = (await response.json()) as { error: { json: { message: string; data: { code: string } } } }[];
    expect(answer!.error.json.message).toMatch(/^This request is 12(\.\d)? MB; the limit is 8 MB: import the files in several requests$/);
    expect(answer!.error.json.data.code).toBe("PAYLOAD_TOO_LARGE");
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
