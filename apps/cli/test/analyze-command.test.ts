import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { existsSync, readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

// the contract lives in shared/ beside the repository (as in CI); the repo keeps a copy for fresh clones elsewhere
const sharedSchema = join(repoRoot, "..", "shared", "report.schema.json");
const schemaPath = existsSync(sharedSchema) ? sharedSchema : join(repoRoot, "packages", "report", "report.schema.json");

interface Report {
  articles: { id: string; sourceName: string; publishedAt: string | null }[];
  entities: { canonical: string; mentions: { text: string }[] }[];
  nameVariants: { entityId: string; forms: { text: string }[] }[];
  claimGroups: {
    claims: { text: string; articleId: string }[];
    discrepancies: { kind: string; severity: string; values: { text: string }[] }[];
  }[];
  mentions: { type: string; text: string; normalized: Record<string, unknown> }[];
}

describe("crosscheck analyze", () => {
  const out = join(mkdtempSync(join(tmpdir(), "crosscheck-analyze-")), "report.json");
  let report: Report;
  let stderr = "";

  beforeAll(async () => {
    const result = await runCli(["analyze", join(repoRoot, "seeds"), "--out", out]);
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(readFileSync(out, "utf8")) as Report;
  });

  it("writes a report valid against crosscheck.report.v1", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(stderr).toMatch(/wrote .*report\.json: 5 articles/);
  });

  it("names each article by its file and takes metadata from the manifest", () => {
    expect(report.articles.map((a) => a.sourceName)).toEqual([
      "000_461ea24fbf47d266.txt",
      "001_acb6da21a0999456.txt",
      "002_b2eadd2c91b0bb17.txt",
      "003_6426592a57a81fb1.txt",
      "004_be3693e29a9c8e21.txt",
    ]);
    expect(report.articles[2]?.publishedAt).toBe("2025-08-20T16:28");
  });

  it("lists every date and number with its normalized value", () => {
    const dates = report.mentions.filter((m) => m.type === "date");
    const numbers = report.mentions.filter((m) => m.type === "number");
    expect(dates.find((m) => m.text.includes("2023–2026"))?.normalized).toMatchObject({
      start: "2023-01-01",
      end: "2026-12-31",
      precision: "range",
    });
    expect(numbers.find((m) => /two-day/i.test(m.text))?.normalized).toMatchObject({ value: 2, unit: "day" });
    expect(numbers.find((m) => /fivefold/i.test(m.text))?.normalized).toMatchObject({ value: 5 });
  });

  it("reports the Lukashenko spellings as one entity with its variants", () => {
    const forms = report.nameVariants.flatMap((v) => [v.forms.map((f) => f.text)]).find((f) => f.includes("Lukashenka"));
    expect(forms).toEqual(expect.arrayContaining(["Lukashenka", "Alexander Lukashenko", "Aleksandr Lukashenko"]));
  });

  it("groups the roadmap claims of three articles", () => {
    const articlesPerGroup = report.claimGroups.map(
      (g) => new Set(g.claims.filter((c) => /road ?map|2023–2026/i.test(c.text)).map((c) => c.articleId)).size,
    );
    expect(Math.max(...articlesPerGroup)).toBeGreaterThanOrEqual(3);
  });
});

describe("crosscheck names", () => {
  it("clusters spellings read from standard input and prints JSON lines", async () => {
    const result = await runCli(
      ["names"],
      {},
      "Alexander Lukashenko\nAleksandr Lukashenko\nLUKASHENKA, Alyaksandr\nViktor Lukashenko\nEbrahim Raisi\nEbrahim Raeisi\n",
    );
    expect(result.code, result.stderr).toBe(0);
    const clusters = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { canonical: string; forms: string[] });
    const alexander = clusters.find((c) => c.forms.includes("Alexander Lukashenko"));
    expect(alexander?.forms).toEqual(expect.arrayContaining(["Aleksandr Lukashenko", "LUKASHENKA, Alyaksandr"]));
    expect(alexander?.forms).not.toContain("Viktor Lukashenko");
    expect(clusters.find((c) => c.forms.includes("Ebrahim Raisi"))?.forms).toContain("Ebrahim Raeisi");
  });

  it("says what is wrong when no names are given", async () => {
    const result = await runCli(["names"], {}, "\n\n");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no names given");
  });
});
