import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const COPIES = 200;

interface DuplicateReport {
  articles: { id: string }[];
  claimGroups: { claims: { articleId: string }[] }[];
  duplicates?: { articleId: string; duplicateOf: string; identical: boolean }[];
}

/** The case: copies of one article (what a wire service's subscribers republish) beside two other reports. */
function writeCopies(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-copies-"));
  const seeds = readdirSync(join(repoRoot, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const summit = join(repoRoot, "seeds", seeds.find((f) => f.startsWith("002"))!);
  for (let i = 0; i < COPIES; i++) copyFileSync(summit, join(dir, `copy-${String(i).padStart(3, "0")}.txt`));
  for (const other of seeds.filter((f) => f.startsWith("003") || f.startsWith("004")))
    copyFileSync(join(repoRoot, "seeds", other), join(dir, other));
  return dir;
}

describe("crosscheck analyze of a corpus of copies", () => {
  let report: DuplicateReport;
  let stderr = "";

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "crosscheck-analyze-")), "report.json");
    const result = await runCli(["analyze", writeCopies(), "--out", out]);
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    report = JSON.parse(readFileSync(out, "utf8")) as DuplicateReport;
  }, 180_000);

  it("warns that the copies are duplicates and lists them in the report, which stays valid", () => {
    expect(stderr).toContain(`warning: ${COPIES - 1} articles duplicate another`);
    expect(stderr).toContain("copy-001.txt is a copy of copy-000.txt");
    expect(report.duplicates).toHaveLength(COPIES - 1);
    expect(report.duplicates?.every((d) => d.duplicateOf === "copy-000.txt" && d.identical)).toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot, "packages", "report", "report.schema.json"), "utf8")) as object);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it("still groups the claims of the distinct articles", () => {
    expect(report.claimGroups.length).toBeGreaterThan(5);
    const articles = report.claimGroups.map((g) => new Set(g.claims.map((c) => c.articleId)));
    expect(articles.some((a) => a.has("copy-000.txt"))).toBe(true);
    expect(articles.every((a) => [...a].every((id) => !id.startsWith("copy-") || id === "copy-000.txt"))).toBe(true);
  });
});
