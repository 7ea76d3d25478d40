import { createDb } from "@crosscheck/db";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, tempSqliteUrl } from "./run-cli.ts";

const savedPage = join(repoRoot, "packages/ingest/test/fixtures/saved-news-page.html");
// windows-1251 bytes of RU_TEXT (written out so the test needs no encoder)
const RU_TEXT =
  "Президент Беларуси Александр Лукашенко провёл переговоры с президентом Ирана в Минске. Переговоры длились почти четыре часа.";
const cp1251 = Buffer.from(
  "cff0e5e7e8e4e5edf220c1e5ebe0f0f3f1e820c0ebe5eaf1e0ede4f020cbf3eae0f8e5edeaee20eff0eee2b8eb20efe5f0e5e3eee2eef0fb20f120eff0e5e7e8e4e5edf2eeec20c8f0e0ede020e220cce8edf1eae52e20cfe5f0e5e3eee2eef0fb20e4ebe8ebe8f1fc20efeef7f2e820f7e5f2fbf0e520f7e0f1e02e",
  "hex",
);

describe("crosscheck import of web pages, legacy encodings and URLs", () => {
  const DATABASE_URL = tempSqliteUrl();
  const handle = createDb(DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-web-"));
  let server: Server;
  let site: string;

  beforeAll(async () => {
    copyFileSync(savedPage, join(dir, "talks.html"));
    writeFileSync(join(dir, "ru.txt"), cp1251);
    writeFileSync(join(dir, "notes.md"), "# Notes\n\nThe talks lasted almost four hours.\n");
    writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4");
    server = createServer((req, res) => {
      if (req.url === "/story")
        res
          .writeHead(200, { "content-type": "text/html" })
          .end(
            "<html lang=en><head><title>Story</title></head><body><p>Minsk hosted the Iranian delegation on Wednesday for talks.</p></body></html>",
          );
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await handle.disconnect();
    await new Promise((resolve) => server.close(resolve));
  });

  it("imports a folder with a saved page, a windows-1251 text and Markdown, with progress and a summary", async () => {
    const run = await runCli(["import", dir, "--workspace", "web-pages", "--no-analyze"], { DATABASE_URL });
    expect(run.stderr).toMatch(/\[1\/4\] notes\.md\n\[2\/4\] ru\.txt\n\[3\/4\] scan\.pdf\n\[4\/4\] talks\.html\n/);
    expect(run.stdout).toContain('imported  talks.html  "Lukashenko and Pezeshkian hold talks in Minsk"');
    expect(run.stderr).toMatch(/refused +scan\.pdf: unsupported file type "\.pdf"; import \.txt, \.md or \.html files/);
    expect(run.stdout).toContain("3 imported, 0 already present, 1 refused");
    expect(run.code).toBe(1);
    const page = await handle.db.article.findFirst({
      where: { sourceName: "talks.html" },
      select: { outlet: true, author: true, publishedAt: true, publishedPrecision: true, language: true, text: true },
    });
    expect(page).toMatchObject({
      outlet: "Minsk Herald",
      author: "Olga Petrova",
      publishedAt: "2025-08-20T16:28",
      publishedPrecision: "minute",
      language: "en",
    });
    expect(page?.text).not.toMatch(/Share on|Privacy policy|<|alert/);
    const ru = await handle.db.article.findFirst({ where: { sourceName: "ru.txt" }, select: { text: true, language: true } });
    expect(ru).toEqual({ text: RU_TEXT, language: "ru" });
  });

  it("fetches a URL from an operator-allowed host and refuses one that points into the network", async () => {
    const allowed = await runCli(["import", `${site}/story`, "--workspace", "web-pages", "--no-analyze"], {
      DATABASE_URL,
      CROSSCHECK_FETCH_ALLOW_HOSTS: new URL(site).host,
    });
    expect(allowed.stdout).toContain("1 imported, 0 already present, 0 refused");
    const refused = await runCli(
      ["import", `${site}/story`, "http://169.254.169.254/latest/meta-data/", "--workspace", "web-pages", "--no-analyze"],
      { DATABASE_URL, CROSSCHECK_FETCH_ALLOW_HOSTS: "" },
    );
    expect(refused.stderr).toMatch(/refused +http:\/\/127\.0\.0\.1:\d+\/story: 127\.0\.0\.1 points to a loopback address/);
    expect(refused.stderr).toMatch(/refused +http:\/\/169\.254\.169\.254\/latest\/meta-data\/: .*link-local/);
    expect(refused.code).toBe(1);
    expect(await handle.db.article.count({ where: { url: { startsWith: site } } })).toBe(1);
  });
});
