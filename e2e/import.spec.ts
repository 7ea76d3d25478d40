import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { expect as baseExpect, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

const savedPage = readFileSync(join(import.meta.dirname, "..", "packages", "ingest", "test", "fixtures", "saved-news-page.html"));
// playwright.config.ts allows exactly this loopback port for server-side fetching (CROSSCHECK_FETCH_ALLOW_HOSTS)
const articleSitePort = Number(process.env.E2E_PORT ?? 3100) + 61;

async function createWorkspace(page: Page): Promise<string> {
  const name = `Desk ${randomUUID().slice(0, 8)}`;
  await page.goto("/");
  await page.getByRole("textbox", { name: "New workspace" }).fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return name;
}

/** A script in an imported page must never run: any dialog fails the test. */
function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test("a reviewer uploads a saved news page and text files, corrects the metadata found, and finds them analysed", async ({ page }) => {
  const dialogs = failOnDialogs(page);
  await createWorkspace(page);
  await page.getByLabel("Choose files").setInputFiles([
    { name: "talks.html", mimeType: "text/html", buffer: savedPage },
    {
      name: "second.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        "Minsk, 21 August 2025\nBy Anna White\n\nLukashenka met Pezeshkian in Minsk yesterday. The talks lasted three hours.",
      ),
    },
    { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from([0x00, 0x01, 0x02, 0x00]) },
    { name: "<img src=x onerror=alert(1)>.txt", mimeType: "text/plain", buffer: Buffer.from("") },
  ]);

  const pageDraft = page.getByRole("group", { name: "talks.html" });
  await expect(pageDraft.getByRole("textbox", { name: "Title" })).toHaveValue("Lukashenko and Pezeshkian hold talks in Minsk");
  await expect(pageDraft.getByRole("textbox", { name: "Outlet" })).toHaveValue("Minsk Herald");
  await expect(pageDraft.getByRole("textbox", { name: "Author" })).toHaveValue("Olga Petrova");
  await expect(pageDraft.getByRole("textbox", { name: "Published" })).toHaveValue("2025-08-20T16:28");
  await expect(pageDraft.getByText("precision: to the minute")).toBeVisible();
  await expect(pageDraft.getByRole("textbox", { name: "Language" })).toHaveValue("en");
  const textDraft = page.getByRole("group", { name: "second.txt" });
  await expect(textDraft.getByRole("textbox", { name: "Published" })).toHaveValue("2025-08-21");
  await expect(textDraft.getByRole("textbox", { name: "Author" })).toHaveValue("Anna White");
  await expect(page.getByText("refused: broken.txt: the file is binary")).toBeVisible();
  await expect(page.getByText("refused: <img src=x onerror=alert(1)>.txt: the file is empty")).toBeVisible();
  await expectAccessible(page);

  await pageDraft.getByRole("textbox", { name: "Outlet" }).fill("The Minsk Herald");
  await textDraft.getByRole("textbox", { name: "Outlet" }).fill("Desk wire");
  await page.getByRole("button", { name: "Import 2 articles" }).click();
  await expect(page.getByText("2 imported, 0 already present, 2 refused · analysing in the background")).toBeVisible();
  await expect(page.getByRole("list", { name: "Import status" })).toContainText("imported: talks.html");

  const table = page.getByRole("table", { name: "Articles" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByText(/Last analysed/)).toBeVisible({ timeout: 45_000 });
  const pageRow = table.getByRole("row").filter({ hasText: "The Minsk Herald" });
  await expect(pageRow).toContainText("2025-08-20 16:28");
  await expect(pageRow.getByRole("cell").nth(6)).not.toHaveText("0");

  await pageRow.getByRole("link", { name: "Lukashenko and Pezeshkian hold talks in Minsk" }).click();
  const text = page.getByRole("article", { name: "Article text" });
  await expect(text).toContainText("held negotiations with Iranian President Masoud Pezeshkian in Minsk on Wednesday");
  await expect(text).not.toContainText("Share on Facebook");
  await expect(text.locator("img, script")).toHaveCount(0);
  baseExpect(dialogs).toEqual([]);
});

test("a reviewer pastes an article, imports a changed version, sees the word diff and corrects the date afterwards", async ({ page }) => {
  const dialogs = failOnDialogs(page);
  await createWorkspace(page);
  const first =
    "Talks in Minsk\n20 August 2025\n\nThe presidents met in Minsk. The talks lasted two hours. <script>alert('pasted')</script>";
  await page.getByRole("textbox", { name: "Or paste an article" }).fill(first);
  await page.getByRole("button", { name: "Read pasted text" }).click();
  const draft = page.getByRole("group", { name: "pasted: Talks in Minsk" });
  await expect(draft.getByRole("textbox", { name: "Published" })).toHaveValue("2025-08-20");
  await draft.getByRole("textbox", { name: "Outlet" }).fill("Paste wire");
  await page.getByRole("button", { name: "Import 1 article" }).click();
  await expect(page.getByText("1 imported, 0 already present, 0 refused")).toBeVisible();

  await page.getByRole("textbox", { name: "Or paste an article" }).fill(first.replace("two hours", "almost four hours"));
  await page.getByRole("button", { name: "Read pasted text" }).click();
  await expect(page.getByRole("group", { name: "pasted: Talks in Minsk" }).getByRole("note")).toContainText("A changed version of");
  await page.getByRole("button", { name: "Import 1 article" }).click();
  await expect(page.getByText("new version: pasted: Talks in Minsk")).toBeVisible();
  // the first import's analysis may still be running: this one's starts when it ends, not never
  await expect(page.getByText("1 imported, 0 already present, 0 refused · analysing in the background")).toBeVisible({ timeout: 60_000 });

  const table = page.getByRole("table", { name: "Articles" });
  await expect(table.getByRole("row")).toHaveCount(3);
  // the newer version is listed after the older one of the same source
  await table.getByRole("link", { name: "Talks in Minsk" }).last().click();
  await expect(page.getByRole("heading", { name: "Versions" })).toBeVisible();
  const changes = page.getByLabel("Changes from the previous version");
  await expect(changes.locator("del")).toContainText(["two"]);
  await expect(changes.locator("ins")).toContainText(["almost four"]);
  await expect(changes).toContainText("<script>alert('pasted')</script>");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Edit metadata" }).click();
  await page.getByRole("textbox", { name: "Published" }).fill("2025-08-21T09:15");
  await page.getByRole("button", { name: "Save metadata" }).click();
  await expect(page.getByText(/Saved \(.*publishedAt.*\)/)).toBeVisible();
  await expect(page.getByText("2025-08-21 09:15 (to the minute)")).toBeVisible();
  baseExpect(dialogs).toEqual([]);
});

test("a reviewer fetches an article by URL; an address inside the network is refused with the reason", async ({ page }) => {
  const site = createServer((req, res) => {
    if (req.url === "/news/talks") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(savedPage);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(articleSitePort, "127.0.0.1", resolve));
  try {
    await createWorkspace(page);
    const url = `http://127.0.0.1:${articleSitePort}/news/talks`;
    await page.getByRole("textbox", { name: "Or fetch an article URL" }).fill(url);
    await page.getByRole("button", { name: "Fetch" }).click();
    const draft = page.getByRole("group", { name: url });
    await expect(draft.getByRole("textbox", { name: "Outlet" })).toHaveValue("Minsk Herald");
    await expect(draft.getByRole("textbox", { name: "URL" })).toHaveValue("https://minsk-herald.example/news/2025/08/20/talks");

    await page.getByRole("textbox", { name: "Or fetch an article URL" }).fill("http://169.254.169.254/latest/meta-data/");
    await page.getByRole("button", { name: "Fetch" }).click();
    await expect(page.getByText(/refused: http:\/\/169\.254\.169\.254\/latest\/meta-data\/: .*link-local address/)).toBeVisible();

    await page.getByRole("button", { name: "Import 1 article" }).click();
    await expect(page.getByText("1 imported, 0 already present, 1 refused · analysing in the background")).toBeVisible();
    await expect(page.getByRole("table", { name: "Articles" })).toContainText("Minsk Herald");
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});

test("a reviewer sees how a text not in UTF-8 was read, and why a damaged one is refused", async ({ page }) => {
  await createWorkspace(page);
  const german = "Der Präsident traf seinen Amtskollegen in Minsk. Die Gespräche dauerten fast vier Stunden, berichtete die Agentur.";
  await page.getByLabel("Choose files").setInputFiles([
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from(german, "latin1") },
    { name: "utf16.txt", mimeType: "text/plain", buffer: Buffer.from(german.replace("Minsk", "Brest"), "utf16le") },
    // UTF-8 with one stray byte: once imported as windows-1250 mojibake ("PrĂ¤sident")
    {
      name: "damaged.txt",
      mimeType: "text/plain",
      buffer: Buffer.concat([Buffer.from(german.replace("Minsk", "Grodno")), Buffer.from([0xff])]),
    },
  ]);
  await expect(page.getByRole("group", { name: "latin1.txt" })).toContainText("converted from ISO-8859-1 (detected: check the text below)");
  await expect(page.getByRole("group", { name: "utf16.txt" })).toContainText("converted from UTF-16LE (detected: check the text below)");
  await expect(
    page.getByText(
      "refused: damaged.txt: the file is UTF-8 text with 1 invalid byte sequence in it (damaged, or two encodings mixed); re-save it as UTF-8",
    ),
  ).toBeVisible();
});

test("a batch of files is read and imported in parts of a few requests, each file with its own status", async ({ page }) => {
  await createWorkspace(page);
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `wire-${String(i + 1).padStart(2, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(
      `Talks in Minsk, part ${i + 1}\n\nThe presidents met in Minsk for the ${i + 1}th round. The talks lasted ${i + 2} hours.`,
    ),
  }));
  const requests: string[] = [];
  page.on("request", (request) => {
    if (/\/api\/trpc\/article\.(preview|import)/.test(request.url())) requests.push(new URL(request.url()).pathname);
  });
  await page.getByLabel("Choose files").setInputFiles(files);
  await expect(page.getByRole("button", { name: "Import 12 articles" })).toBeVisible();
  await page.getByRole("button", { name: "Import 12 articles" }).click();
  await expect(page.getByText("12 imported, 0 already present, 0 refused")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Import status" })).toContainText("imported: wire-12.txt");
  // ten sources a part: two previews and two imports, not twelve of each (the import rate limit counts requests)
  baseExpect(requests.filter((path) => path.endsWith("article.preview"))).toHaveLength(2);
  baseExpect(requests.filter((path) => path.endsWith("article.import"))).toHaveLength(2);
});
