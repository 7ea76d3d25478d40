import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.ts";
import { ENGINE_VERSION } from "../src/engine-version.ts";
import { loadSeedArticles } from "./seed-articles.ts";

/**
 * The seed analysis the current ENGINE_VERSION produces. When a change alters the engine's output,
 * this test fails: bump ENGINE_VERSION (src/engine-version.ts), then record the new version and
 * the digest the failure prints. Workspaces analysed by the old version are then offered a re-run.
 */
const RECORDED = { version: "2026.11.30-3", digest: "c4dc1dfc216aa86e" };

function digestSeedAnalysis(): string {
  return createHash("sha256")
    .update(JSON.stringify(analyze(loadSeedArticles("manifest"))))
    .digest("hex")
    .slice(0, 16);
}

describe("ENGINE_VERSION", () => {
  it("changes whenever the engine's output on the seeds changes", () => {
    const current = { version: ENGINE_VERSION, digest: digestSeedAnalysis() };
    const same = current.digest === RECORDED.digest;
    expect(
      same ? current.version : "bump needed",
      same
        ? "the recorded digest belongs to another version"
        : `the seed analysis changed (digest ${current.digest}): bump ENGINE_VERSION and record it here`,
    ).toBe(RECORDED.version);
  });
});
