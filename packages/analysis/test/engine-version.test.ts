import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.ts";
import { ENGINE_VERSION } from "../src/engine-version.ts";

/**
 * The seed analysis the current ENGINE_VERSION produces. When a change alters the engine's output,
 * this test fails: bump ENGINE_VERSION (src/engine-version.ts), then record the new version and
 * the digest the failure prints. Workspaces analysed by the old version are then offered a re-run.
 */
const RECORDED = { version: "2026.11.30-3", digest: "c4dc1dfc216aa86e" };

function digestSeedAnalysis(): string {
  const seeds = join(import.meta.dirname, "..", "..", "..", "seeds");
  const manifest = JSON.parse(readFileSync(join(seeds, "manifest.json"), "utf8")) as { file: string; publishedAt: string | null; outlet: string | null }[];
  const articles = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((file) => {
    const meta = manifest.find((m) => m.file === file);
    return { id: file, text: readFileSync(join(seeds, file), "utf8"), publishedAt: meta?.publishedAt ?? null, outlet: meta?.outlet ?? null };
  });
  return createHash("sha256").update(JSON.stringify(analyze(articles))).digest("hex").slice(0, 16);
}

describe("ENGINE_VERSION", () => {
  it("changes whenever the engine's output on the seeds changes", () => {
    const current = { version: ENGINE_VERSION, digest: digestSeedAnalysis() };
    const same = current.digest === RECORDED.digest;
    expect(
      same ? current.version : "bump needed",
      same ? "the recorded digest belongs to another version" : `the seed analysis changed (digest ${current.digest}): bump ENGINE_VERSION and record it here`,
    ).toBe(RECORDED.version);
  });
});
