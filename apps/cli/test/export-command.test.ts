import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, tempSqliteUrl } from "./run-cli.ts";

const sharedSchema = join(repoRoot, "..", "shared", "report.schema.json");
const schemaPath = existsSync(sharedSchema) ? sharedSchema : join(repoRoot, "packages", "report", "report.schema.json");

describe("crosscheck export", () => {
  const DATABASE_URL = tempSqliteUrl();
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-export-"));
  const run = (args: string[]) => runCli(["export", "--workspace", "exported", ...args], { DATABASE_URL });

  beforeAll(async () => {
    const imported = await runCli(["import", join(repoRoot, "seeds"), "--workspace", "exported"], { DATABASE_URL });
    expect(imported.code, imported.stderr).toBe(0);
  });

  it("writes JSON valid against crosscheck.report.v1 with every group and its discrepancies", async () => {
    const result = await run(["--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { claimGroups: { discrepancies: unknown[] }[]; workspace: { name: string } };
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(JSON.parse(readFileSync(schemaPath, "utf8")) as object, report)).toBe(true);
    expect(report.claimGroups.length).toBeGreaterThan(3);
  });

  it("writes a CSV with one row per discrepancy that parses back", async () => {
    const json = JSON.parse((await run(["--format", "json", "--scope", "discrepancies"])).stdout) as {
      claimGroups: { discrepancies: { explanation: string }[] }[];
    };
    const csv = await run(["--format", "csv", "--scope", "discrepancies"]);
    const rows = parse(csv.stdout.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const explanations = json.claimGroups.flatMap((g) => g.discrepancies.map((d) => d.explanation));
    expect(rows).toHaveLength(explanations.length);
    expect(rows.map((r) => Object.values(r).join(" ")).join("\n")).toContain(explanations[0]!.slice(0, 30));
  });

  it("writes Markdown, HTML and a PDF file, and refuses what it cannot do", async () => {
    expect((await run(["--format", "md"])).stdout).toMatch(/^# /m);
    expect((await run(["--format", "html"])).stdout).toMatch(/^<!doctype html>/i);
    const pdf = join(dir, "report.pdf");
    const written = await run(["--format", "pdf", "--out", pdf]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await run(["--format", "pdf"])).stderr).toContain("--out");
    expect((await run(["--format", "docx"])).stderr).toContain('unknown format "docx"');
    const missing = await runCli(["export", "--workspace", "no-such-one"], { DATABASE_URL });
    expect(missing.stderr).toContain('No workspace "no-such-one"');
  });
});
