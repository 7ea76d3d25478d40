import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, tempSqliteUrl } from "./run-cli.ts";

interface Coverage {
  generatedAt: string;
  workspace: { name: string };
  outlets: {
    name: string;
    stated: number;
    agreeing: number;
    differing: number;
    notStated: number;
    omitted: number;
    unique: number;
    firstReports: number;
  }[];
  facts: { groupId: string; statedBy: number; cells: { state: string }[] }[];
  omissions: { outlet: string; statedBy: number }[];
  uniqueClaims: { outlet: string }[];
}

describe("crosscheck coverage", () => {
  const DATABASE_URL = tempSqliteUrl();
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-coverage-"));
  const run = (args: string[]) => runCli(["coverage", "--workspace", "covered", ...args], { DATABASE_URL });
  let json: Coverage;

  beforeAll(async () => {
    const imported = await runCli(["import", join(repoRoot, "seeds"), "--workspace", "covered", "--name", "Covered seeds"], {
      DATABASE_URL,
    });
    expect(imported.code, imported.stderr).toBe(0);
    const result = await run([]);
    expect(result.code, result.stderr).toBe(0);
    json = JSON.parse(result.stdout) as Coverage;
  });

  it("prints JSON by default: each outlet's figures, facts, omissions and unique claims", () => {
    expect(json.workspace.name).toBe("Covered seeds");
    expect(json.outlets.map((o) => o.name)).toEqual([
      "000_461ea24fbf47d266.txt",
      "001_acb6da21a0999456.txt",
      "004_be3693e29a9c8e21.txt",
      "247 News Reel",
      "BelTA",
    ]);
    for (const o of json.outlets) {
      expect(o.stated).toBe(o.agreeing + o.differing);
      expect(o.stated + o.notStated).toBe(json.facts.length);
      expect(o.omitted).toBe(json.omissions.filter((m) => m.outlet === o.name).length);
      expect(o.unique).toBe(json.uniqueClaims.filter((u) => u.outlet === o.name).length);
    }
    // the two reports of the earlier visit leave out what the three summit reports all state
    expect([...new Set(json.omissions.map((m) => m.outlet))].sort()).toEqual(["000_461ea24fbf47d266.txt", "001_acb6da21a0999456.txt"]);
    expect(json.omissions.every((m) => m.statedBy === 3)).toBe(true);
  });

  it("is the coverage the export carries, and the one `analyze` computes without a database", async () => {
    const report = JSON.parse((await runCli(["export", "--workspace", "covered", "--format", "json"], { DATABASE_URL })).stdout) as {
      coverage: Omit<Coverage, "generatedAt" | "workspace">;
    };
    const { generatedAt: _generatedAt, workspace: _workspace, ...own } = json;
    expect(report.coverage).toEqual(own);
    const analyzed = await runCli(["analyze", join(repoRoot, "seeds")]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const fresh = (JSON.parse(analyzed.stdout) as { coverage: Coverage }).coverage;
    // article ids differ (file names there, database ids here); every figure is the same
    const figures = (c: Coverage) =>
      c.outlets.map(({ articleIds: _ids, ...rest }: Coverage["outlets"][number] & { articleIds?: string[] }) => rest);
    expect(figures(fresh)).toEqual(figures(json));
    expect(fresh.omissions.length).toBe(json.omissions.length);
  });

  it("writes Markdown and CSV, to standard output or a file", async () => {
    const md = await run(["--format", "md"]);
    expect(md.stdout).toMatch(/^# Coverage: Covered seeds$/m);
    expect(md.stdout).toContain("## Coverage by outlet");
    expect(md.stdout).toMatch(/^\| BelTA \| 1 \| \d+ \|/m);
    const out = join(dir, "coverage.csv");
    const written = await run(["--format", "csv", "--out", out]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toContain("wrote");
    const rows = parse(readFileSync(out, "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.facts.length * json.outlets.length + json.uniqueClaims.length);
    expect(rows.filter((r) => r.omission === "yes")).toHaveLength(json.omissions.length);
    expect(rows.filter((r) => r.state === "unique")).toHaveLength(json.uniqueClaims.length);
  });

  it("refuses an unknown format or workspace", async () => {
    expect((await run(["--format", "xlsx"])).stderr).toContain('unknown format "xlsx"');
    const missing = await runCli(["coverage", "--workspace", "no-such-one"], { DATABASE_URL });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('No workspace "no-such-one"');
  });
});
