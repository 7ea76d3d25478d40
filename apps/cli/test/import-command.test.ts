import { createDb } from "@crosscheck/db";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, tempSqliteUrl } from "./run-cli.ts";

describe("crosscheck import", () => {
  const DATABASE_URL = tempSqliteUrl();
  const handle = createDb(DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-import-"));
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    writeFileSync(join(dir, "good.txt"), "Minsk hosted the talks on 20 August 2025. They lasted almost four hours.\n");
    writeFileSync(join(dir, "empty.txt"), "  \n\n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 50 * 1024 * 1024);
    first = await runCli(["import", dir, "--workspace", "bad-input"], { DATABASE_URL });
  });
  afterAll(() => handle.disconnect());

  it("imports the good file although others in the same run are refused", async () => {
    expect(first.stdout).toContain("imported  good.txt");
    expect(first.stdout).toContain("1 imported, 0 already present, 4 refused");
    expect(first.code).toBe(1);
    const articles = await handle.db.article.findMany({ select: { sourceName: true } });
    expect(articles).toEqual([{ sourceName: "good.txt" }]);
  });

  it.each([
    ["empty.txt", "the file is empty"],
    ["binary.txt", "the file is binary"],
    ["latin1.txt", "not valid UTF-8 text and its encoding could not be recognised"],
    ["huge.txt", "the file is 50.0 MB; articles may be at most 5 MB"],
  ])("refuses %s with a clear reason naming the file", (file, reason) => {
    expect(first.stderr).toMatch(new RegExp(`refused +${file.replace(".", "\\.")}: .*${reason.replace(/[.()]/g, "\\$&")}`));
  });

  it("refuses a file already imported as a duplicate and stores nothing twice", async () => {
    const again = await runCli(["import", join(dir, "good.txt"), "--workspace", "bad-input"], { DATABASE_URL });
    expect(again.stdout).toMatch(/duplicate good\.txt: already imported/);
    expect(again.stdout).toContain("0 imported, 1 already present, 0 refused");
    expect(again.code).toBe(0);
    expect(await handle.db.article.count()).toBe(1);
  });

  it("reads the metadata of a manifest.json beside the files and names a missing path", async () => {
    const seeds = await runCli(["import", join(repoRoot, "seeds"), "--workspace", "seeded"], { DATABASE_URL });
    expect(seeds.stdout).toContain("5 imported");
    const summit = await handle.db.article.findFirst({
      where: { sourceName: "002_b2eadd2c91b0bb17.txt" },
      select: { title: true, outlet: true, publishedAt: true },
    });
    expect(summit).toEqual({ title: "Key takeaways from Belarus-Iran summit in Minsk", outlet: "BelTA", publishedAt: "2025-08-20T16:28" });
    const missing = await runCli(["import", join(dir, "nope"), "--workspace", "seeded"], { DATABASE_URL });
    expect(missing.stderr).toMatch(/refused +.*nope: no such file or folder/);
  });
});
